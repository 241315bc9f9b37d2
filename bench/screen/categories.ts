/**
 * Per-category precision/recall/F1 of the scorer at its match threshold, on the tune and holdout splits,
 * and (with --misses CATEGORY) the misclassified pairs of one category on the TUNE split with their
 * explanations. Run: npx tsx bench/screen/categories.ts [--misses ofac-alias-variant] [--split tune]
 * Holdout columns are printed only with --holdout, so that tuning sessions do not read the holdout by accident.
 */
import { DEFAULT_PARAMS, scoreNames } from '../../lambdas/domain/screening/name-matching/score-names';
import { loadPairs, prfAt } from './pairs';

const pairs = loadPairs();
const scored = pairs.map((p) => ({ p, s: scoreNames(p.a, p.b, { type: p.type }) }));
const t = DEFAULT_PARAMS.matchThreshold;
const row = (xs: typeof scored) => prfAt(xs.map((x) => x.s.score), xs.map((x) => x.p.label === 'match'), t);
const fmt = (x: number) => x.toFixed(3);
const showHoldout = process.argv.includes('--holdout');
for (const split of showHoldout ? (['tune', 'holdout'] as const) : (['tune'] as const)) {
  const xs = scored.filter((x) => x.p.split === split);
  const r = row(xs);
  console.log(`${split.padEnd(8)} P ${fmt(r.precision)} R ${fmt(r.recall)} F1 ${fmt(r.f1)}  tp ${r.tp} fp ${r.fp} fn ${r.fn} tn ${r.tn}`);
}
const cats = [...new Set(pairs.map((p) => p.category))].sort();
console.log(`${'category'.padEnd(32)} ${'tune P/R/F1'.padEnd(20)} ${showHoldout ? 'holdout P/R/F1' : ''}`);
for (const c of cats) {
  const cell = (split: string) => {
    const r = row(scored.filter((x) => x.p.category === c && x.p.split === split));
    return `${fmt(r.precision)} ${fmt(r.recall)} ${fmt(r.f1)}`;
  };
  console.log(`${c.padEnd(32)} ${cell('tune').padEnd(20)} ${showHoldout ? cell('holdout') : ''}  fp/fn tune ${row(scored.filter((x) => x.p.category === c && x.p.split === 'tune')).fp}/${row(scored.filter((x) => x.p.category === c && x.p.split === 'tune')).fn}`);
}
const i = process.argv.indexOf('--misses');
if (i > 0) {
  const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'tune';
  for (const x of scored.filter((y) => y.p.category === process.argv[i + 1] && y.p.split === split)) {
    const wrong = x.s.match !== (x.p.label === 'match');
    if (wrong) console.log(`${x.p.label} ${x.p.type} | ${x.p.a} | ${x.p.b}\n    ${x.s.explanation}`);
  }
}
