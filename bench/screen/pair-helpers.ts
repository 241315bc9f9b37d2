/**
 * What both pair builders (build-pairs.ts, build-pairs-2025.ts) draw on: a seeded random stream, word helpers that are
 * independent of the matcher under test, the label rule for same-named entries, legal-form tables, typos and OCR
 * confusions. Dev tools only; the committed fixtures are what tests and benchmarks read.
 */
import { transliterate } from '../../lambdas/domain/screening/name-matching/transliterate';

/** A deterministic stream (linear congruential): the same seed gives the same pairs. */
export function seededRandom(seed: number): { rand: () => number; pick: <T>(xs: T[]) => T; sample: <T>(xs: T[], n: number) => T[] } {
  let state = seed;
  const rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const sample = <T>(xs: T[], n: number): T[] => {
    const copy = xs.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { rand, pick, sample };
}

// ---------- word helpers (independent of the matcher under test) ----------
export const STOP = new Set(['the', 'of', 'and', 'al', 'el', 'de', 'la', 'co', 'ltd', 'llc', 'inc', 'sa', 'company', 'limited', 'bin', 'ibn', 'abu',
  'joint', 'stock', 'liability', 'trading', 'group', 'international', 'for', 'a', 'k', 'ooo', 'oao', 'zao', 'ao', 'pao', 'too']);
export const plainWords = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
/** A name's words in any script (plainWords keeps Latin letters and digits only). */
export const scriptWords = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export const informative = (s: string) => plainWords(s).filter((w) => w.length >= 3 && !STOP.has(w));
export const shareWord = (a: string, b: string) => {
  const set = new Set(informative(a));
  return informative(b).some((w) => set.has(w));
};
export const sameLetters = (a: string, b: string) => plainWords(a).join('') === plainWords(b).join('');
/**
 * Label rule (added after an audit of the negatives): two different list entries printed with the SAME name
 * are not decidable by name, so they are not a no-match pair. "The same name" means the same letters once
 * punctuation, spacing and case are removed, with legal forms spelt one way ("LIMITED" = "LTD") and a legal
 * form printed on one side only not held against (the scorer's own policy): "HEBEI GUANLANG BIOTECHNOLOGY CO.,
 * LIMITED" and "… CO., LTD." are one name, and so are "ОАО Авангард" and "AVANGARD" (Cyrillic romanised
 * first). Contradicting legal forms (GmbH vs AG), numbers and every other word still count ("… INFRASTRUCTURE" vs "… INFRASTRUCTURE 2" stays a negative).
 * Such pairs are dropped where they would be added, so the seeded sampling of every other pair is unchanged.
 */
export const LEGAL_FORM_WORDS: Record<string, string> = { ltd: 'ltd', limited: 'ltd', llc: 'llc', inc: 'inc', incorporated: 'inc', corp: 'corp',
  corporation: 'corp', co: 'co', company: 'co', plc: 'plc', gmbh: 'gmbh', ag: 'ag', llp: 'llp', ooo: 'llc', oao: 'oao', zao: 'zao', ao: 'ao',
  pao: 'pao', too: 'llp', jsc: 'ao', ojsc: 'oao', cjsc: 'zao', pjsc: 'pao', pte: 'pte', fze: 'fze', fzc: 'fzc', fzco: 'fzco', sal: 'sal' };
/** Order-free key of a name's words, legal forms aside: how a builder keeps names an earlier set printed out. */
export const wordKey = (s: string, words: (s: string) => string[] = plainWords) => words(s).filter((w) => !(w in LEGAL_FORM_WORDS)).sort().join(' ');
export const nameParts = (s: string) => {
  const words = plainWords(/[\u0400-\u04ff]/.test(s) ? transliterate(s) : s);
  return { core: words.filter((w) => !(w in LEGAL_FORM_WORDS)).join(''), forms: words.filter((w) => w in LEGAL_FORM_WORDS).map((w) => LEGAL_FORM_WORDS[w]).join(' ') };
};
/** Same letters outside legal-form words, and the same legal form (canonical spelling) or one printed on one side only. */
export const sameName = (a: string, b: string) => {
  const x = nameParts(a);
  const y = nameParts(b);
  return x.core === y.core && (x.forms === y.forms || !x.forms || !y.forms);
};

// ---------- legal forms ----------
export const RU_FORMS: Array<[RegExp, string, string[]]> = [
  [/^LIMITED LIABILITY COMPANY (.+)$/, 'llc', ['OOO "$"', '$ LLC', 'Obshchestvo s ogranichennoy otvetstvennostyu «$»', '$, OOO']],
  [/^(.+) (?:OOO|LLC)$/, 'llc', ['Limited Liability Company $', 'OOO «$»', 'ООО $']],
  [/^JOINT STOCK COMPANY (.+)$/, 'jsc', ['AO "$"', '$ JSC', 'Aktsionernoe Obshchestvo $', '$ AO']],
  [/^(.+) (?:AO|JSC)$/, 'jsc', ['Joint Stock Company $', 'АО «$»', 'JSC $']],
  [/^PUBLIC JOINT STOCK COMPANY (.+)$/, 'pjsc', ['PAO $', '$ PJSC']],
];
export const CONTRADICTING: Record<string, string[]> = {
  llc: ['$ AG', 'Joint Stock Company $', 'AO $', '$ PLC', 'IP $'],
  jsc: ['$ GmbH', 'Limited Liability Company $', 'OOO $', '$ LLP', '$ Ltd'],
  pjsc: ['$ LLC', 'OOO $', '$ GmbH'],
};

// ---------- typos and OCR ----------
const KEYBOARD: Record<string, string> = {
  a: 'qsz', b: 'vgn', c: 'xdv', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku', k: 'jli', l: 'ko', m: 'n', n: 'bm',
  o: 'ipl', p: 'o', q: 'wa', r: 'et', s: 'adw', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'xa',
};
export function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const ch = word[i].toLowerCase();
  const upper = word[i] !== ch;
  const neighbour = (KEYBOARD[ch] ?? 'e')[Math.floor(rand() * (KEYBOARD[ch]?.length ?? 1))];
  const cased = upper ? neighbour.toUpperCase() : neighbour;
  switch (Math.floor(rand() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + cased + word.slice(i);
    case 2: return word.slice(0, i) + cased + word.slice(i + 1);
    default: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}
export const OCR: Array<[RegExp, string]> = [[/O/, '0'], [/o/, '0'], [/l/, '1'], [/I/, '1'], [/m/, 'rn'], [/M/, 'RN'], [/S/, '5'], [/B/, '8'], [/rn/, 'm']];
export const HOMOGLYPH: Record<string, string> = { A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', X: 'Х', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х' };
