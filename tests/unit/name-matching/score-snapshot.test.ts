/**
 * Speed work on the hot path (candidate generation, alignment, scoring) must not change a single score.
 * The fixture was written by bench/screen/score-snapshot.ts before that work: scores and explanations of
 * every 4th labelled pair, and NameIndex results for every 12th query over an index of the pairs' listed names.
 */
import { readFileSync } from 'node:fs';
import { NameIndex } from '../../../lambdas/domain/screening/name-matching/name-index';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { loadPairs } from '../../../bench/screen/pairs';
import { digest, SNAPSHOT_PATH, snapshotEntities } from '../../../bench/screen/score-snapshot';

interface Snapshot {
  pairScores: Array<{ a: string; b: string; type: 'individual' | 'entity' | 'unknown'; score: number; explanation: string }>;
  searches: Array<{ query: string; type: string; hits: Array<{ entryId: string; score: number; nameScore: number; explanation: string }> }>;
}

const snapshot = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf-8')) as Snapshot;

describe('scores are unchanged by speed work (snapshot)', () => {
  test('pair scores and explanations are identical', () => {
    // Act
    const changed = snapshot.pairScores.filter((p) => {
      const s = scoreNames(p.a, p.b, { type: p.type });
      return s.score !== p.score || digest(s.explanation) !== p.explanation;
    });

    // Assert
    expect(snapshot.pairScores.length).toBeGreaterThan(1500);
    expect(changed.map((p) => `${p.a} | ${p.b}`)).toEqual([]);
  });

  test('index hits, scores and explanations are identical', () => {
    // Arrange
    const index = new NameIndex(snapshotEntities(loadPairs()));

    // Act
    const changed = snapshot.searches.filter((s) => {
      const hits = index.search({ name: s.query }, { limit: 5 }).map((h) => ({ entryId: h.entryId, score: h.score, nameScore: h.nameScore, explanation: digest(h.explanation) }));
      return JSON.stringify(hits) !== JSON.stringify(s.hits);
    });

    // Assert
    expect(snapshot.searches.length).toBeGreaterThan(500);
    expect(changed.map((s) => s.query)).toEqual([]);
  });
});
