/**
 * The comparison baseline: a whole-list Jaro-Winkler scan scored the way OFAC's Sanctions List Search
 * does (FAQ 249, as reverse-engineered in nomenklatura's name_based/ofac.py): the whole-string score
 * counts only when the first letters agree, each query word of 3+ letters takes its best Jaro-Winkler
 * against the listed words (pairs under 0.5 count 0), and the higher of the two is the score.
 * Jaro-Winkler is SimMetrics-style (prefix bonus applied without the 0.7 boost threshold). Written here.
 */

export function jaro(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const aHit = new Uint8Array(la);
  const bHit = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bHit[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aHit[i] = bHit[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  return (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** What OFAC's tool compares: upper/lower case and punctuation ignored, diacritics folded, no transliteration. */
export function ofacNormalise(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export interface PreparedName {
  text: string;
  words: string[];
}

export function prepare(name: string): PreparedName {
  const text = ofacNormalise(name);
  return { text, words: text.split(' ').filter(Boolean) };
}

export function ofacStyleScore(q: PreparedName, l: PreparedName): number {
  const whole = q.text && l.text && q.text[0] === l.text[0] ? jaroWinkler(q.text, l.text) : 0;
  const words = q.words.filter((w) => w.length > 2);
  if (!words.length) return whole;
  let sum = 0;
  for (const w of words) {
    let best = 0;
    for (const lw of l.words) best = Math.max(best, jaroWinkler(w, lw));
    sum += best >= 0.5 ? best : 0;
  }
  return Math.max(whole, sum / words.length);
}
