/**
 * Round 17: is the fresh set's lower F1 its mix of categories or the subjects? Applies the fresh set's per-category
 * accuracy (each half, and both) to the unseen set's category counts; categories the fresh set lacks keep the unseen
 * set's own accuracy. Prints the F1 the fresh subjects would get in the unseen mix (computed, not a reading).
 * Run: npx tsx bench/screen/mix-reweight.ts
 */
import { scoreNames } from '../../lambdas/domain/screening/name-matching/score-names';
import { FRESH_PAIRS_PATH, loadPairs, UNSEEN_PAIRS_PATH, type LabelledPair } from './pairs';

interface Rate {
  pairs: number;
  right: number;
  match: boolean;
}

function ratesByCategory(pairs: LabelledPair[]): Map<string, Rate> {
  const rates = new Map<string, Rate>();
  for (const p of pairs) {
    const rate = rates.get(p.category) ?? { pairs: 0, right: 0, match: p.label === 'match' };
    rate.pairs++;
    if (scoreNames(p.a, p.b, { type: p.type }).match === (p.label === 'match')) rate.right++;
    rates.set(p.category, rate);
  }
  return rates;
}

const unseen = ratesByCategory(loadPairs(UNSEEN_PAIRS_PATH));
const fresh = loadPairs(FRESH_PAIRS_PATH);
for (const [part, pairs] of [
  ['fresh-holdout', fresh.filter((p) => p.split === 'fresh-holdout')],
  ['fresh-tune', fresh.filter((p) => p.split === 'fresh-tune')],
  ['fresh, both halves', fresh],
] as const) {
  const rates = ratesByCategory(pairs);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [category, mix] of unseen) {
    const rate = rates.get(category) ?? mix;
    const accuracy = rate.right / rate.pairs;
    if (mix.match) (tp += mix.pairs * accuracy), (fn += mix.pairs * (1 - accuracy));
    else fp += mix.pairs * (1 - accuracy);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(`${part.padEnd(20)} in the unseen mix: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`);
}
