/**
 * A scheme-insensitive key for one Latin word. Romanisation schemes disagree on the same Cyrillic letters
 * (х → kh/h/x, щ → shch/sch/shh, ю → yu/iu/ju, ц → ts/cz/c, й → y/i/j, е → e/ye, ы → y/i, ә → a/ae/ä …);
 * the key writes each of those sounds with one symbol, so "Yevgeniy", "Evgenii" and "Jevgenij" meet.
 * Upper-case letters in a key are sound classes, not letters: W = ш/щ, J = ж/dzh, C = ч, Z = ц, H = х/h.
 */

import { memoise } from './memo';

const RULES: Array<[RegExp, string]> = [
  [/shch|shh|sch|sh/g, 'W'],
  [/dzh|zh|dj/g, 'J'],
  [/tch|ch/g, 'C'],
  [/ts|tz|cz|tc/g, 'Z'],
  [/kh/g, 'H'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 'Z'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/h/g, 'H'],
  // е written ye/je and ё written yo/jo: the glide is a scheme artefact ("Yelena"/"Elena", "Nazarbayev"/"Nazarbaev").
  [/[yj]e/g, 'e'],
  [/[yj]o/g, 'o'],
  // Between vowels j is й ("Marija"); before a vowel otherwise it is ж in Uzbek/Kazakh spelling ("Jomart");
  // elsewhere й again ("Sergej").
  [/(?<=[aeiouy])j(?=[aeiou])/g, 'i'],
  [/j(?=[aeiou])/g, 'J'],
  [/[jy]/g, 'i'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
  [/ou/g, 'u'],
  // Doubled letters are spelling habit ("Gennadiy"/"Genadi", "Kassym"/"Kasym", "Yurii"/"Yuri").
  [/(.)\1+/g, '$1'],
];

function applyRules(word: string): string {
  let key = word;
  for (const [re, to] of RULES) key = key.replace(re, to);
  return key;
}

/** The key of a lower-case Latin word (digits kept). Pure numbers are returned unchanged. */
export function phoneticKeyUncached(word: string): string {
  return /^\d+$/.test(word) ? word : applyRules(word.replace(/x/g, 'ks'));
}

export const phoneticKey = memoise(phoneticKeyUncached);

/** "x" is кс in English spellings ("Alexander") but х in GOST 7.79 ("Xabarovsk"): a second key covers the latter. */
export function alternateKey(word: string): string | undefined {
  return word.includes('x') && !/^\d+$/.test(word) ? phoneticKey(word.replace(/x/g, 'Ж')).replace(/Ж/g, 'H') : undefined;
}

const VOWEL_RE = /[aeiou]/g;

/** Consonant skeleton, used only to find candidates whose vowels drifted (Kazakh ә/ө/ү, e/i). */
export function skeletonKey(key: string): string {
  return key[0] + key.slice(1).replace(VOWEL_RE, '');
}
