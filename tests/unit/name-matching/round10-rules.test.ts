/**
 * Round 10: word equivalences mined from the lists (bench/screen/build-word-equivalences.ts). The table was NOT
 * adopted by the scorer (no setting raised fresh-tune F1 without lowering old-tune F1; bench/screen/README.md,
 * Round 10). These tests pin what the build promises: evaluation subjects never feed the table, one subject counts
 * once, and the scorer does not read the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import {
  distinctSubjects,
  evaluationExclusions,
  exclusionKeys,
  leftoverPairs,
  minableEntities,
  mineWordEquivalences,
  readEvidence,
} from '../../../bench/screen/build-word-equivalences';
import { MINED_MIN_CONTEXTS, MINED_WORD_EQUIVALENCES } from '../../../bench/screen/mined-word-equivalences';
import { FRESH_PAIRS_PATH, loadPairs, type LabelledPair } from '../../../bench/screen/pairs';

const entity = (entryId: string, names: string[], extra: Partial<ListedEntity> = {}): ListedEntity => ({
  entryId,
  list: entryId.split('-')[0],
  type: 'entity',
  programs: [],
  names: names.map((value, i) => ({ value, strength: i ? 'strong' : 'primary', kind: i ? 'aka' : 'primary' })),
  countries: [],
  addresses: [],
  identifiers: [],
  ...extra,
});

const pair = (a: string, b: string, made: string, extra: Partial<LabelledPair> = {}): LabelledPair => ({
  id: made, a, b, type: 'entity', label: 'no-match', category: 'test', made, split: 'tune', ...extra,
});

// Invented words: no hand-written row pairs "krumpli" and "potato", and the anchors are rare (distinctive).
const SUBJECTS = [
  entity('SDN-1', ['ZORBAX KRUMPLI', 'ZORBAX POTATO']),
  entity('SDN-2', ['QUELTO KRUMPLI', 'QUELTO POTATO']),
  entity('SDN-3', ['VARNEX KRUMPLI', 'VARNEX POTATO']),
];
const mined = (xs: ListedEntity[], min = 2) => mineWordEquivalences(xs, min).map((m) => `${m.a}=${m.b}`);

describe('round 10: mining word equivalences from the lists', () => {
  test('the one word left over between two names of one subject is a candidate; the names must share a distinctive word', () => {
    expect(leftoverPairs('ZORBAX KRUMPLI', 'ZORBAX POTATO', 'entity').pairs).toEqual([['krumpl', 'potat']]);
    // No anchor: a rename, not a translation.
    expect(leftoverPairs('ZORBAX KRUMPLI', 'QUELTO POTATO', 'entity').pairs).toEqual([]);
    // Unequal leftovers cannot be paired one to one.
    expect(leftoverPairs('ZORBAX KRUMPLI', 'ZORBAX POTATO FARM', 'entity').pairs).toEqual([]);
  });

  test('a pair is kept only when seen in enough distinct subjects', () => {
    expect(mined(SUBJECTS)).toEqual(['krumpl=potat']);
    expect(mined(SUBJECTS.slice(0, 1))).toEqual([]);
    expect(mineWordEquivalences(SUBJECTS, 2)[0].contexts).toBe(3);
  });

  test('one subject printed on two lists counts once (entries sharing a distinctive anchor)', () => {
    const twice = [SUBJECTS[0], entity('UK-OFSI-1', ['ZORBAX KRUMPLI', 'ZORBAX POTATO'])];
    expect(mined(twice)).toEqual([]);
    expect(distinctSubjects([{ entryId: 'a', anchors: new Set(['zorbaks']) }, { entryId: 'b', anchors: new Set(['zorbaks', 'x']) }, { entryId: 'c', anchors: new Set(['y']) }])).toBe(2);
  });

  test('evaluation subjects are excluded by entry id, by sameAs and by name, so a pair they alone support is not mined', () => {
    const oldPairs = [pair('SOMETHING', 'ELSE', 'OFAC SDN-3 vs SDN-9: different entries sharing a word')];
    const freshPairs = [pair('QUELTO POTATO LLC', 'OTHER', 'OFAC 2025 50001 vs 50002', { ent_num: 50001, split: 'fresh-tune' })];
    const excl = evaluationExclusions(oldPairs, freshPairs);
    expect([...excl.ids]).toEqual(expect.arrayContaining(['SDN-3', 'SDN-9', 'SDN-50001', 'SDN-50002', 'CONS-50001']));
    const linked = entity('UK-OFSI-7', ['PRAXTO KRUMPLI', 'PRAXTO POTATO'], { sameAs: ['SDN-50002'] });
    const { kept, byId, bySameAs, byName } = minableEntities([...SUBJECTS, linked], excl);
    expect(kept.map((e) => e.entryId)).toEqual(['SDN-1']);
    expect([byId, bySameAs, byName]).toEqual([1, 1, 1]); // SDN-3 by id, UK-OFSI-7 by sameAs, SDN-2 by name (legal form aside)
    // With them, krumpl=potat (stems) has 4 subjects; without them only one: not mined.
    expect(mined([...SUBJECTS, linked])).toEqual(['krumpl=potat']);
    expect(mined(kept)).toEqual([]);
  });

  describe('the committed table', () => {
    const evidence = readEvidence();
    const oldPairs = loadPairs();
    const freshPairs = loadPairs(FRESH_PAIRS_PATH);
    const excl = evaluationExclusions(oldPairs, freshPairs);

    test('is the evidence file, row for row, each row with at least the minimum of distinct subjects', () => {
      expect(evidence.minContexts).toBe(MINED_MIN_CONTEXTS);
      expect(MINED_WORD_EQUIVALENCES.map(([a, b, n]) => [a, b, n])).toEqual(evidence.pairs.map((p) => [p.a, p.b, p.contexts]));
      for (const p of evidence.pairs) {
        expect(p.contexts).toBeGreaterThanOrEqual(MINED_MIN_CONTEXTS);
        expect(new Set(p.evidence.map(([id]) => id)).size).toBeGreaterThanOrEqual(p.contexts);
      }
      expect(evidence.pairs.length).toBeGreaterThan(0);
    });

    test('no row rests on a subject of a labelled pair: no supporting entry id is excluded, no supporting name reads as a pair name', () => {
      // Sanity: the exclusion covers the fresh subjects and the old pairs' SDN, UK and UN subjects.
      expect(excl.ids.has(`SDN-${freshPairs[0].ent_num}`)).toBe(true);
      expect([...excl.ids].some((id) => id.startsWith('UK-OFSI-'))).toBe(true);
      expect([...excl.ids].some((id) => id.startsWith('UN-'))).toBe(true);
      const offending: string[] = [];
      for (const p of evidence.pairs) for (const [id, x, y] of p.evidence) {
        if (excl.ids.has(id)) offending.push(`${p.a}=${p.b}: ${id}`);
        for (const name of [x, y]) if (exclusionKeys(name).some((k) => excl.names.has(k))) offending.push(`${p.a}=${p.b}: ${name}`);
      }
      expect(offending).toEqual([]);
    });
  });

  test('not adopted: no scorer module reads the mined table', () => {
    const dir = join(__dirname, '..', '..', '..', 'lambdas', 'domain', 'screening', 'name-matching');
    const readers = readdirSync(dir).filter((f) => f.endsWith('.ts') && readFileSync(join(dir, f), 'utf-8').includes('mined-word-equivalences'));
    expect(readers).toEqual([]);
  });
});
