/**
 * Words that translate each other (WORD_EQUIVALENTS), looked up through an inflection-free stem of their
 * phonetic key. Russian and Kazakh name words are inflected: «Научно-исследовательский институт технического
 * стекла» and «Институт прикладной физики» print "tekhnicheskogo", "prikladnoy", "fiziki"; a translation table
 * of base forms only would miss the case and gender endings. The stem drops one ending (as it looks in a key:
 * y → i, ye → e, kh → H), so "tekhnologiya", "tekhnologii", "tekhnologiy" and "technology"/"technologies"
 * all meet at "teHnolog". Stems keep at least four characters; shorter words are looked up whole.
 */
import { GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS } from './generic-words';
import { memoise } from './memo';
import { phoneticKey } from './phonetic-key';

/** Endings removed to reach a stem, in key spelling (longest alternatives first within the alternation). */
const ENDING = /^(.{4,}?)(?:iaia|iami|iaH|aia|ogo|ego|omu|emu|ami|imi|ies|iH|ia|ie|ii|oi|ai|ei|ui|iu|es|a|e|i|o|u|s)$/;

/** The stem a key is looked up by. */
export function meaningStem(key: string): string {
  const m = ENDING.exec(key);
  return m ? m[1] : key;
}

/** Stem → ids of the rows (meanings) it belongs to. */
const MEANINGS = new Map<string, number[]>();
/**
 * Two-word entries of the table ("zheleznye dorogi" = railways, "self defense" = autodefensas): stem of the
 * first word → stem of the second → row ids. Looked up for neighbour joins of organisations' names (buildJoins).
 */
const PHRASE_MEANINGS = new Map<string, Map<string, number[]>>();
const stemOf = memoise((key: string) => meaningStem(key));
WORD_EQUIVALENTS.forEach((row, id) => {
  for (const word of row) {
    const parts = word.toLowerCase().split(/[\s-]+/);
    if (parts.length === 2) {
      const first = stemOf(phoneticKey(parts[0]));
      const second = stemOf(phoneticKey(parts[1]));
      const seconds = PHRASE_MEANINGS.get(first) ?? new Map<string, number[]>();
      PHRASE_MEANINGS.set(first, seconds);
      const ids = seconds.get(second);
      if (!ids) seconds.set(second, [id]);
      else if (!ids.includes(id)) ids.push(id);
      continue;
    }
    for (const stem of new Set([meaningStem(phoneticKey(word.toLowerCase())), phoneticKey(word.toLowerCase())])) {
      const ids = MEANINGS.get(stem);
      if (!ids) MEANINGS.set(stem, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }
});

/**
 * Round 12: table words misspelt by one letter — dropped, added or replaced ("KONSTUKTORSKOE" for
 * "konstruktorskoe", design; "PREDPRIVATIE" for "predpriyatie"). Long stems only (MIN_MISSPELT key
 * characters), where one letter cannot make another word of the table: a symmetric-deletion index maps each
 * stem with one letter removed to its rows.
 */
const MIN_MISSPELT = 8;
const ONE_DELETED = new Map<string, number[]>();
const addIds = (map: Map<string, number[]>, k: string, ids: number[]) => {
  const have = map.get(k);
  if (!have) map.set(k, [...ids]);
  else for (const id of ids) if (!have.includes(id)) have.push(id);
};
for (const [stem, ids] of MEANINGS) {
  if (stem.length < MIN_MISSPELT) continue;
  for (let i = 0; i < stem.length; i++) addIds(ONE_DELETED, stem.slice(0, i) + stem.slice(i + 1), ids);
}

const misspeltMeanings = memoise((stem: string): number[] | undefined => {
  if (stem.length + 1 < MIN_MISSPELT) return undefined;
  // A letter dropped: the word is a table stem with one letter removed.
  let out: number[] | undefined;
  const dropped = ONE_DELETED.get(stem);
  if (dropped) out = [...dropped];
  if (stem.length > MIN_MISSPELT) for (let i = 0; i < stem.length; i++) {
    const v = stem.slice(0, i) + stem.slice(i + 1);
    // A letter added (the word with one letter removed is a table stem), or one edit more: the word and a table stem
    // each without one letter agree (a replaced letter, two letters swapped, or one dropped and one added elsewhere).
    const added = v.length >= MIN_MISSPELT ? MEANINGS.get(v) : undefined;
    if (added) out = out ? [...new Set([...out, ...added])] : [...added];
    const replaced = ONE_DELETED.get(v);
    if (replaced) out = out ? [...new Set([...out, ...replaced])] : [...replaced];
  }
  return out;
});

/**
 * The meaning ids of a word key, or undefined when the word is not in the table. `misspelt`: also a table word
 * misspelt by one letter (printed words only; not syllables read from Han, whose joins run into the next word).
 */
export function meaningsOf(key: string, misspelt = false): number[] | undefined {
  const stem = meaningStem(key);
  return MEANINGS.get(key) ?? MEANINGS.get(stem) ?? (misspelt ? misspeltMeanings(stem) : undefined);
}

/** The meaning ids of two neighbouring words read as one phrase (their keys), or undefined. */
export function phraseMeaningsOf(first: string, second: string): number[] | undefined {
  const seconds = PHRASE_MEANINGS.get(stemOf(first));
  return seconds && seconds.get(stemOf(second));
}

/** True when two meaning-id lists share an id. */
export function sameMeaning(a: number[] | undefined, b: number[] | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Round 16: only the curated rows spell abbreviations. The general vocabulary gives a word several translations in
 * three languages; as letters of acronyms they spell almost anything («OIL» read as P(UBLIC) E(STABLISHMENT FOR)
 * R(EFINING) through Persian and Arabic initials). Its rows align words with words.
 */
const spellsAbbreviations = (id: number) => id < GENERAL_VOCABULARY_FIRST_ID;

/** First letters of every word of each row: an acronym may spell a name in any language of the table. */
const ROW_INITIALS = WORD_EQUIVALENTS.map((row, id) => (spellsAbbreviations(id) ? [...new Set(row.map((w) => w[0].toLowerCase()))].join('') : ''));

/** True when `ch` begins a translation of the word whose meaning ids are `ids` ("nauchno" for "scientific"). */
export function translationStartsWith(ids: number[] | undefined, ch: string): boolean {
  if (!ids) return false;
  for (const id of ids) if (ROW_INITIALS[id].includes(ch)) return true;
  return false;
}

/** Round 9: the keys of the one-word translations in the rows `ids` ("promyshlennyy", "ind", … for "industrial"). */
const ROW_KEYS = WORD_EQUIVALENTS.map((row, id) => (spellsAbbreviations(id) ? [...new Set(row.filter((w) => !/[\s-]/.test(w)).map((w) => phoneticKey(w.toLowerCase())))] : []));
export function translationKeys(ids: number[]): string[] {
  if (ids.length === 1) return ROW_KEYS[ids[0]];
  const out: string[] = [];
  for (const id of ids) for (const k of ROW_KEYS[id]) if (!out.includes(k)) out.push(k);
  return out;
}
