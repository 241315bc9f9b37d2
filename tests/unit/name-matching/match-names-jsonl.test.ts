import { matchNamesJsonl } from '../../../lambdas/domain/screening/name-matching/match-names-jsonl';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';

describe('matchNamesJsonl (core of `doc-audit match-names --jsonl`)', () => {
  test('each input line yields the score, decision and explanation scoreNames gives', () => {
    // Prepare
    const lines = [
      JSON.stringify({ a: 'ООО «Крокус Наноэлектроника»', b: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA' }),
      JSON.stringify({ a: 'Vladimir Putin', b: 'PUTIN, Vladimir Vladimirovich', type: 'individual' }),
    ];

    // Act
    const out = matchNamesJsonl(lines).map((l) => JSON.parse(l));

    // Assess
    const expected = scoreNames('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', { type: 'individual' });
    expect(out[0]).toEqual({ score: 1, match: true, explanation: expect.stringContaining('krokus↔krokus 1.00') });
    expect(out[1]).toEqual({ score: Math.round(expected.score * 10000) / 10000, match: expected.match, explanation: expected.explanation });
    expect(Object.keys(out[1])).toEqual(['score', 'match', 'explanation']);
  });

  test('a bad line yields an error in its place and blank lines are skipped', () => {
    // Act
    const out = matchNamesJsonl(['{"a": "x"}', '', 'not json', JSON.stringify({ a: 'A', b: 'B', type: 'robot' })]).map((l) => JSON.parse(l));

    // Assess
    expect(out).toHaveLength(3);
    expect(out[0].error).toContain('"a" and "b"');
    expect(out[1].error).toBeDefined();
    expect(out[2].error).toContain('unknown type');
  });
});
