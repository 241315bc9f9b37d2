/**
 * Similarity of two phonetic keys: a weighted Damerau-Levenshtein distance in which the substitutions that
 * transliteration, typing and OCR produce are cheap, turned into 0..1 relative to the longer key.
 */

const CHEAP_SUBSTITUTIONS: Array<[string, string, number]> = [
  // Vowel drift between schemes and languages (Kazakh ә/ө/ү/і, ё written e, и/ы).
  ['e', 'i', 0.4], ['o', 'u', 0.4], ['a', 'e', 0.5], ['e', 'o', 0.5], ['a', 'o', 0.6], ['i', 'u', 0.7], ['a', 'i', 0.7],
  // Sound classes that neighbouring schemes or languages blur.
  ['J', 'i', 0.3], ['J', 'z', 0.6], ['J', 'W', 0.6], ['W', 's', 0.5], ['W', 'C', 0.5], ['C', 'Z', 0.5],
  ['Z', 's', 0.4], ['Z', 'z', 0.5], ['Z', 'k', 0.6], ['s', 'z', 0.4],
  ['f', 'v', 0.4], ['b', 'p', 0.6], ['d', 't', 0.6], ['g', 'k', 0.6], ['g', 'H', 0.4], ['k', 'H', 0.5],
  // OCR and keyboard look-alikes.
  ['l', 'i', 0.4], ['n', 'm', 0.6], ['b', 'v', 0.7], ['u', 'v', 0.7],
];

const ALPHABET = 128;
const SUBSTITUTION = new Float32Array(ALPHABET * ALPHABET).fill(1);
for (const [a, b, cost] of CHEAP_SUBSTITUTIONS) {
  SUBSTITUTION[a.charCodeAt(0) * ALPHABET + b.charCodeAt(0)] = cost;
  SUBSTITUTION[b.charCodeAt(0) * ALPHABET + a.charCodeAt(0)] = cost;
}
const INDEL = new Float32Array(ALPHABET).fill(1);
// Glides and the h of kh/h drop in and out between schemes ("Mariya"/"Maria", "Mikhail"/"Mikail").
for (const [ch, cost] of [['i', 0.5], ['H', 0.5], ['a', 0.8], ['e', 0.7], ['o', 0.8], ['u', 0.8]] as const) INDEL[ch.charCodeAt(0)] = cost;
const TRANSPOSITION = 0.6;
/** "rn" read as "m" is the commonest OCR merge. */
const RN_AS_M = 0.3;

const substitution = (a: number, b: number) => (a === b ? 0 : a < ALPHABET && b < ALPHABET ? SUBSTITUTION[a * ALPHABET + b] : 1);
const indel = (c: number) => (c < ALPHABET ? INDEL[c] : 1);

const MAX = 64;
const rows = [new Float32Array(MAX + 1), new Float32Array(MAX + 1), new Float32Array(MAX + 1)];
const M = 'm'.charCodeAt(0);
const R = 'r'.charCodeAt(0);
const N = 'n'.charCodeAt(0);

/** Weighted edit distance (optimal string alignment) between two keys of at most 64 characters. */
export function weightedDistance(a: string, b: string): number {
  const n = Math.min(a.length, MAX);
  const m = Math.min(b.length, MAX);
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(b.charCodeAt(j - 1));
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = prev[0] + indel(ca);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let best = prev[j - 1] + substitution(ca, cb);
      const del = prev[j] + indel(ca);
      if (del < best) best = del;
      const ins = cur[j - 1] + indel(cb);
      if (ins < best) best = ins;
      const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
      const pb = j > 1 ? b.charCodeAt(j - 2) : -1;
      if (ca === pb && pa === cb && ca !== cb) best = Math.min(best, prev2[j - 2] + TRANSPOSITION);
      // "rn" ↔ "m": a two-to-one step spanning two characters on one side.
      if (pa === R && ca === N && cb === M) best = Math.min(best, prev2[j - 1] + RN_AS_M);
      if (pb === R && cb === N && ca === M) best = Math.min(best, prev[j - 2] + RN_AS_M);
      cur[j] = best;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * 0..1 similarity of two keys. Short keys get no fuzz beyond one cheap change: "ali"/"ale" may be a
 * transliteration, "ali"/"abu" is another word.
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const shorter = Math.min(a.length, b.length);
  if (longer === 0) return 0;
  // A length gap larger than any cheap path can cover: skip the dynamic programme.
  if (longer - shorter > Math.max(2, longer * 0.4)) return 0;
  const cost = weightedDistance(a, b);
  if (longer <= 3) return cost <= 0.5 ? 0.7 : 0;
  return Math.max(0, 1 - cost / longer);
}
