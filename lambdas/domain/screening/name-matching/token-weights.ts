/**
 * How informative a word of a name is, 0..1. Three sources, strongest first: function words, a curated
 * list of generic business words, and word frequency in the consolidated list (generated, see
 * token-frequencies.ts). Short words and numbers are adjusted by kind.
 */
import { FUNCTION_WORDS, GENERIC_WORDS, ORGANISATION_TYPE_WORDS, PERSON_TITLES, WORD_EQUIVALENTS } from './generic-words';
import { phoneticKey } from './phonetic-key';
import { TOKEN_FREQUENCIES, TOKEN_FREQUENCY_CORPUS } from './token-frequencies';

export type TokenKind = 'word' | 'number' | 'initial' | 'patronymic' | 'function';

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(phoneticKey));
const GENERIC_KEYS = new Set(GENERIC_WORDS.map(phoneticKey));

/** True when `short` is written with letters of `word` in order, starting with its first letter ("mfg" of "manufacturing"). */
function abbreviates(short: string, word: string): boolean {
  if (short.length >= word.length || short[0] !== word[0]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < word.length && word[j] !== short[i]) j++;
    if (j++ >= word.length) return false;
  }
  return true;
}

/**
 * Round 8: an abbreviation of a generic word is generic too ("MFG", "INTL", "SVCS", "HLDGS", "TRDG" as
 * "manufacturing", "international", …): the equivalence rows give the abbreviation, the generic list the word.
 */
for (const row of WORD_EQUIVALENTS) {
  const full = row[0].toLowerCase();
  if (!GENERIC_KEYS.has(phoneticKey(full))) continue;
  for (const w of row.slice(1)) {
    const word = w.toLowerCase();
    if (word.length <= 5 && /^[a-z]+$/.test(word) && abbreviates(word, full)) GENERIC_KEYS.add(phoneticKey(word));
  }
}
const TITLE_KEYS = new Set(PERSON_TITLES.map(phoneticKey));
const ORGANISATION_TYPE_KEYS = new Set(ORGANISATION_TYPE_WORDS.map(phoneticKey));

/** Round 9: a word that names only the kind of body an organisation is ("company", "foundation", "NPO"). */
export function isOrganisationType(key: string): boolean {
  return ORGANISATION_TYPE_KEYS.has(key);
}

/** A title or honorific in front of a person's name ("Sheikh", "Mullah", "Dr", "Colonel"). */
export function isPersonTitle(key: string): boolean {
  return TITLE_KEYS.has(key);
}

/** Frequent in the list ⇒ weak evidence. Words seen fewer than 8 times weigh 1. */
const MIN_WEIGHT = 0.25;
const RARE_DF = 8;
function frequencyWeight(key: string): number {
  const df = TOKEN_FREQUENCIES.get(key);
  if (df === undefined || df < RARE_DF) return 1;
  const idf = Math.log(TOKEN_FREQUENCY_CORPUS / df) / Math.log(TOKEN_FREQUENCY_CORPUS / RARE_DF);
  return MIN_WEIGHT + (1 - MIN_WEIGHT) * Math.max(0, Math.min(1, idf));
}

export const GENERIC_WEIGHT = 0.3;
export const FUNCTION_WEIGHT = 0.1;

export function isFunctionWord(key: string): boolean {
  return FUNCTION_KEYS.has(key);
}

export function isGenericWord(key: string): boolean {
  return GENERIC_KEYS.has(key);
}

export function tokenWeight(key: string, kind: TokenKind): number {
  switch (kind) {
    case 'number':
      return 1.2;
    case 'initial':
      return 0.4;
    case 'function':
      return FUNCTION_WEIGHT;
    default: {
      const base = GENERIC_KEYS.has(key) ? GENERIC_WEIGHT : frequencyWeight(key);
      const lengthFactor = key.length <= 2 ? 0.6 : key.length === 3 ? 0.85 : 1;
      return base * lengthFactor * (kind === 'patronymic' ? 0.6 : 1);
    }
  }
}
