/**
 * The rule-development loop of rounds 8–9, reading ONLY the tune halves: scores the fresh-tune pairs of
 * pairs-2025.jsonl and the old tune split of pairs.jsonl at the match threshold and prints tp/fp/fn/F1 for both.
 * Neither holdout is scored.
 *
 *   npx tsx bench/screen/tune-crossings.ts --save          # keep these scores as the baseline (/tmp by default)
 *   npx tsx bench/screen/tune-crossings.ts                 # counts, and every pair that crossed the threshold since the baseline
 *   npx tsx bench/screen/tune-crossings.ts --moved -v      # every pair whose score moved at all, with explanations
 *   npx tsx bench/screen/tune-crossings.ts --misses        # the fresh-tune nameable misses and false positives, with explanations
 *                                                          # (round 12: alias-rename pairs show the labellers' kinds)
 *
 * Round 12: each set also prints its figures on the nameable pairs (pairs.ts `nameable`).
 *
 * --baseline FILE picks the baseline file (default: $TMPDIR/tune-crossings-baseline.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PARAMS, scoreNames } from '../../lambdas/domain/screening/name-matching/score-names';
import { FRESH_PAIRS_PATH, loadAliasRelations, loadPairs, nameable, prfAt, type LabelledPair } from './pairs';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const baselinePath = flag('--baseline') ? args[args.indexOf('--baseline') + 1] : join(tmpdir(), 'tune-crossings-baseline.json');
const threshold = DEFAULT_PARAMS.matchThreshold;

const sets: Array<[string, LabelledPair[]]> = [
  ['fresh-tune', loadPairs(FRESH_PAIRS_PATH).filter((p) => p.split === 'fresh-tune')],
  ['old-tune', loadPairs().filter((p) => p.split === 'tune')],
];

const relations = loadAliasRelations();
const isNameable = nameable(relations);

const scores: Record<string, number> = {};
const results = sets.map(([name, pairs]) => {
  const scored = pairs.map((p) => scoreNames(p.a, p.b, { type: p.type }));
  scored.forEach((s, i) => (scores[`${name}:${pairs[i].id}`] = s.score));
  const r = prfAt(scored.map((s) => s.score), pairs.map((p) => p.label === 'match'), threshold);
  console.log(`${name.padEnd(19)} tp ${r.tp} fp ${r.fp} fn ${r.fn}  P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}`);
  // Round 12: the same figures on the nameable pairs (all but the alias pairs both labellers found unrelated).
  const keep = pairs.map(isNameable);
  const n = prfAt(scored.map((s) => s.score).filter((_, i) => keep[i]), pairs.filter((_, i) => keep[i]).map((p) => p.label === 'match'), threshold);
  console.log(`${(name + ' nameable').padEnd(19)} tp ${n.tp} fp ${n.fp} fn ${n.fn}  P ${n.precision.toFixed(4)} R ${n.recall.toFixed(4)} F1 ${n.f1.toFixed(4)}`);
  return { name, pairs, scored };
});

if (flag('--save')) {
  writeFileSync(baselinePath, JSON.stringify(scores));
  console.log(`baseline → ${baselinePath}`);
} else if (existsSync(baselinePath)) {
  const base = JSON.parse(readFileSync(baselinePath, 'utf-8')) as Record<string, number>;
  for (const { name, pairs, scored } of results) {
    pairs.forEach((p, i) => {
      const before = base[`${name}:${p.id}`];
      const after = scored[i].score;
      if (before === undefined) return;
      const show = flag('--moved') ? Math.abs(after - before) > 1e-9 : before >= threshold !== after >= threshold;
      if (!show) return;
      console.log(`${name} ${p.label} ${before.toFixed(3)}→${after.toFixed(3)} | ${p.a} | ${p.b}`);
      if (flag('-v')) console.log(`    ${scored[i].explanation}`);
    });
  }
}

if (flag('--misses')) {
  const fresh = results[0];
  fresh.pairs.forEach((p, i) => {
    const s = fresh.scored[i];
    if (s.match === (p.label === 'match')) return;
    if (!isNameable(p)) return;
    const kinds = relations.get(p.id)?.labellers.map((l) => l.kind ?? '-').join('/') ?? '';
    console.log(`${p.label === 'match' ? 'FN' : 'FP'} ${p.category}${kinds ? ` [${kinds}]` : ''} ${p.type} ${s.score.toFixed(3)} | ${p.a} | ${p.b}\n    ${s.explanation}`);
  });
}
