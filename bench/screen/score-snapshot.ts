/**
 * Writes tests/fixtures/name-matching/score-snapshot.json: the scores (and explanations) of a fixed
 * sample of labelled pairs, and NameIndex results for a sample of queries over an index built from the
 * pairs' listed names. Taken before a speed-only change to the hot path; the unit test
 * score-snapshot.test.ts checks the scorer still produces exactly these numbers afterwards.
 * Regenerate ONLY when a scoring rule changes on purpose: npx tsx bench/screen/score-snapshot.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ListedEntity } from '../../lambdas/domain/lists/listed-entity';
import { NameIndex } from '../../lambdas/domain/screening/name-matching/name-index';
import { scoreNames } from '../../lambdas/domain/screening/name-matching/score-names';
import { loadPairs, type LabelledPair } from './pairs';
import { REPO } from './load-lists';

/** Explanations are compared by hash, to keep the fixture small. */
export const digest = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16);

export const SNAPSHOT_PATH = join(REPO, 'tests', 'fixtures', 'name-matching', 'score-snapshot.json');

/** Every 4th pair in file order. */
export const samplePairs = (pairs: LabelledPair[]) => pairs.filter((_, i) => i % 4 === 0);
/** Every 12th pair's query side, in file order. */
export const sampleQueries = (pairs: LabelledPair[]) => pairs.filter((_, i) => i % 12 === 5).map((p) => ({ name: p.a, type: p.type }));

/** One listed subject per distinct listed name of the pairs (the type the pair gives), ids in file order. */
export function snapshotEntities(pairs: LabelledPair[]): ListedEntity[] {
  const seen = new Map<string, ListedEntity>();
  for (const p of pairs) {
    if (seen.has(p.b)) continue;
    seen.set(p.b, {
      entryId: `P-${seen.size}`, list: 'PAIRS', type: p.type === 'unknown' ? 'entity' : p.type, programs: [],
      names: [{ value: p.b, strength: seen.size % 7 === 3 ? 'weak' : 'primary', kind: 'primary' }], countries: [], addresses: [], identifiers: [],
    });
  }
  return [...seen.values()];
}

if (require.main === module) {
  const pairs = loadPairs();
  const pairScores = samplePairs(pairs).map((p) => {
    const s = scoreNames(p.a, p.b, { type: p.type });
    return { a: p.a, b: p.b, type: p.type, score: s.score, explanation: digest(s.explanation) };
  });
  const index = new NameIndex(snapshotEntities(pairs));
  const searches = sampleQueries(pairs).map((q) => ({
    query: q.name,
    type: q.type,
    hits: index.search({ name: q.name }, { limit: 5 }).map((h) => ({ entryId: h.entryId, score: h.score, nameScore: h.nameScore, explanation: digest(h.explanation) })),
  }));
  mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
  writeFileSync(SNAPSHOT_PATH, JSON.stringify({ pairScores, searches }, null, 0) + '\n');
  console.log(`${pairScores.length} pair scores, ${searches.length} searches → ${SNAPSHOT_PATH}`);
}
