/** The labelled pair set and the precision/recall/F1 arithmetic shared by the tuner, the benchmark and the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledPair {
  id: string;
  a: string;
  b: string;
  type: 'individual' | 'entity' | 'unknown';
  label: 'match' | 'no-match';
  category: string;
  made: string;
  split: 'tune' | 'holdout' | 'fresh-tune' | 'fresh-holdout' | 'unseen';
  /** Fresh set only: the OFAC ent_num of the pair's subject (for a different-entry negative, the lower one). */
  ent_num?: number;
}

/** The fresh set's two halves (round 8), split by subject: rules may be learnt from fresh-tune only. */
export const FRESH_SPLITS = ['fresh-tune', 'fresh-holdout'] as const;

export const PAIRS_PATH = join(__dirname, '..', '..', 'tests', 'fixtures', 'name-matching', 'pairs.jsonl');

/** The fresh set (bench/screen/build-pairs-2025.ts): OFAC subjects designated after May 2024, never used for tuning. */
export const FRESH_PAIRS_PATH = join(__dirname, '..', '..', 'tests', 'fixtures', 'name-matching', 'pairs-2025.jsonl');

/**
 * The unseen set (round 17, `build-pairs.ts --unseen`): pairs.jsonl's recipe over the subjects it never names, read
 * once, in place of its holdout worn by fourteen readings.
 */
export const UNSEEN_PAIRS_PATH = join(__dirname, '..', '..', 'tests', 'fixtures', 'name-matching', 'pairs-unseen.jsonl');

const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf-8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

export function loadPairs(path = PAIRS_PATH): LabelledPair[] {
  return readJsonl<LabelledPair>(path);
}

/**
 * Which alias pairs a name can link at all, judged by two labellers working apart from the strings alone: the
 * ofac-alias-rename pairs of both sets (aliases of one subject sharing no word; round 11,
 * bench/screen/alias-relations-instructions.md) and the ofac-alias-variant pairs of the fresh set (aliases that
 * share a word; round 13, bench/screen/alias-variant-relations-instructions.md). A pair is `unrelated` only when
 * both said so: a renamed vessel, a front name, a pseudonym, persons who share only given names, organisations that
 * share only generic words. No string scorer should match those; screening finds such subjects because every alias
 * is indexed.
 */
export const ALIAS_RELATIONS_PATH = join(__dirname, '..', '..', 'tests', 'fixtures', 'name-matching', 'alias-relations.jsonl');

export interface AliasRelation {
  id: string;
  a: string;
  b: string;
  relation: 'linked' | 'unrelated';
  labellers: Array<{ relation: 'linked' | 'unrelated'; kind: 'spelling' | 'translation' | 'abbreviation' | 'partial' | null; why: string }>;
}

export function loadAliasRelations(path = ALIAS_RELATIONS_PATH): Map<string, AliasRelation> {
  return new Map(readJsonl<AliasRelation>(path).map((r) => [r.id, r]));
}

/** The pairs a name matcher can be asked to decide: all but the aliases both labellers found unrelated. */
export function nameable(relations: Map<string, AliasRelation>): (p: LabelledPair) => boolean {
  return (p) => relations.get(p.id)?.relation !== 'unrelated';
}

export interface Prf {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function prfAt(scores: number[], labels: boolean[], threshold: number): Prf {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i] >= threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1, tp, fp, fn, tn };
}

/** Best F1 over thresholds 0.30..1.00 in steps of 0.01; ties go to the higher (stricter) threshold. */
export function bestThreshold(scores: number[], labels: boolean[]): Prf {
  let best = prfAt(scores, labels, 1);
  for (let t = 100; t >= 30; t--) {
    const r = prfAt(scores, labels, t / 100);
    if (r.f1 > best.f1 + 1e-12) best = r;
  }
  return best;
}
