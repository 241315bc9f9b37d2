/**
 * Turns a printed name into the parts the scorer compares: transliterated words with phonetic keys and
 * weights, the legal forms found, and the neighbouring-word joins that cover spacing differences
 * ("AL QAEDA"/"ALQAEDA", "Jin Ping"/"Jinping").
 */
import { detectScript, foldText, HAN, type Script } from './fold-text';
import { hanToPinyin } from './chinese';
import { compareLegalForms, findLegalForms, HAN_LEGAL_FORMS, LEGAL_FORM_BY_CODE } from './legal-forms';
import { alternateKey, phoneticKey, phoneticKeyUncached } from './phonetic-key';
import { keySimilarity } from './token-similarity';
import { GENERIC_WEIGHT, isFunctionWord, isGenericWord, isPersonTitle, tokenWeight, type TokenKind } from './token-weights';
import { memoise } from './memo';
import { meaningsOf, phraseMeaningsOf } from './word-meanings';
import { transliterate } from './transliterate';

const transliterateWord = memoise((word: string) => transliterate(word));

export type NameType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/** A word of a name, or a run of neighbouring words joined (the units the aligner pairs). */
export interface NameUnit {
  /** Transliterated word(s) as shown to an auditor. */
  text: string;
  key: string;
  /** Second key for words whose spelling is ambiguous across schemes ("x"). */
  alt?: string;
  weight: number;
  kind: TokenKind | 'join';
  /** Indices of the words covered (equal for a single word). */
  from: number;
  to: number;
  /** Interned key id, set by the index so per-query caches work; -1 otherwise. */
  id: number;
  /** Sorted hashed character bigrams of the key(s): words sharing none are not compared. */
  grams: string;
  /** Read from Han characters: an exact romanisation, so only a close spelling is the same syllable. */
  pinyin?: boolean;
  /** Rows of WORD_EQUIVALENTS the word belongs to (translations align); never set for persons' names. */
  meanings?: number[];
  /**
   * Key of the place a Russian relational adjective is made from ("uralskiy" → "ural", "cheboksarskiy" →
   * "cheboksar"): «Уральский банк» is listed as "URAL BANK". Never set for persons' names ("Kovalskiy" is not "Koval").
   */
  adj?: string;
}

export type NameToken = NameUnit;

export interface AnalysedName {
  raw: string;
  script: Script;
  /** The words of the name without its legal forms. */
  tokens: NameUnit[];
  /** Joins of neighbouring words; computed on first use (see joinsOf). */
  joins?: NameUnit[];
  legalForms: string[];
  legalFormText: string[];
  /** Han origin: romanised syllables may be glued in threes. */
  han: boolean;
  /** The type the name was read as (a legal form makes an unknown name an entity). */
  type: NameType;
  /** Display form: "krokus nanoelektronika [LLC]". */
  normalized: string;
}

/** Scratch for bigramsOf (single-threaded; grown on demand). */
let bigramScratch = new Uint16Array(256);

function pushBigrams(k: string, n: number): number {
  for (let i = 0; i + 1 < k.length; i++) bigramScratch[n++] = (k.charCodeAt(i) * 131 + k.charCodeAt(i + 1)) & 0xffff;
  return n;
}

function bigramsOf(key: string, alt?: string): string {
  const need = key.length + (alt ? alt.length : 0);
  if (need > bigramScratch.length) bigramScratch = new Uint16Array(need * 2);
  let n = pushBigrams(key, 0);
  if (alt) n = pushBigrams(alt, n);
  const codes = bigramScratch.subarray(0, n);
  codes.sort();
  let out = '';
  for (let i = 0; i < n; i++) if (i === 0 || codes[i] !== codes[i - 1]) out += String.fromCharCode(codes[i]);
  return out;
}

/** True when two sorted bigram strings share a character. */
export function shareBigram(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

const PATRONYMIC = /(ovich|evich|avich|ovych|evych|ovna|evna|ivna|ichna|ogli|ogly|ugli|uli|uly|kizi|kyzy|qizi)$/;
/** Kazakh and Uzbek patronymics written as a separate word after the father's name. */
const PATRONYMIC_WORD = new Set(['uli', 'kizi', 'ogli', 'ugli']);

/** Roman numerals and words with digits ("XIV", "72nd", "A320") identify as numbers do: they must agree exactly. */
const ROMAN = /^(?=[ivxlc]{2,})(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Words that spell a Roman numeral but are common name syllables ("Li", "Xi"): in a person's name, or read from Han, they are syllables. */
const NAME_NOT_NUMERAL = new Set(['li', 'xi', 'ci']);

function kindOf(text: string, key: string, type: NameType, han = false): TokenKind {
  // Syllables read from Han characters are never Roman numerals either ("动力" dong li, power; "国际" guo ji).
  if (/\d/.test(text) || (ROMAN.test(text) && !((type !== 'entity' || han) && NAME_NOT_NUMERAL.has(text)))) return 'number';
  if (text.length === 1 && /[a-z]/.test(text) && type !== 'entity') return 'initial';
  // A pinyin syllable of a person's name is a name, whatever it spells in English or Russian ("Guo Na").
  if (han && type !== 'entity') return 'word';
  if (isFunctionWord(key)) return 'function';
  if (type !== 'entity' && isPersonTitle(key)) return 'function';
  if (type !== 'entity' && (PATRONYMIC.test(text) || PATRONYMIC_WORD.has(key))) return 'patronymic';
  return 'word';
}

/**
 * Russian (and Ukrainian, Belarusian) relational adjectives of place: the place name plus -sk- and a case or
 * gender ending, in key spelling ("uralskii", "volJskoe", "otradnenskaia", "kurCaloevski"). The stem keeps
 * at least four characters, so short words ending in "-sky"/"-ska" ("brisk") are left alone.
 */
const PLACE_ADJECTIVE = /^(.{4,}?)sk(?:ii|i|aia|aa|oe|ogo|oi|ie|iH|a|o)$/;

export function placeAdjectiveStem(key: string): string | undefined {
  const m = PLACE_ADJECTIVE.exec(key);
  return m ? m[1] : undefined;
}

function makeToken(text: string, type: NameType, index: number, han = false): NameUnit {
  const key = phoneticKey(text);
  const kind = kindOf(text, key, type, han);
  const alt = alternateKey(text);
  const meanings = type !== 'individual' && (kind === 'word' || kind === 'function') ? meaningsOf(key, !han) : undefined;
  const adj = type !== 'individual' && kind === 'word' && !han ? placeAdjectiveStem(key) : undefined;
  return {
    text,
    key,
    ...(alt ? { alt } : {}),
    ...(han ? { pinyin: true } : {}),
    ...(meanings ? { meanings } : {}),
    ...(adj ? { adj } : {}),
    weight: tokenWeight(key, kind),
    kind,
    from: index,
    to: index,
    id: -1,
    grams: bigramsOf(key, alt),
  };
}

/**
 * Joins of 2 (and for Han-origin names 3) neighbouring words, bridging spacing differences. With `phrases`
 * (organisations' names), a two-word join also carries the meanings of a two-word translation ("zheleznye
 * dorogi" = railways, see WORD_EQUIVALENTS).
 */
export function buildJoins(tokens: NameUnit[], han: boolean, phrases = false): NameUnit[] {
  const units: NameUnit[] = [];
  const maxJoin = han ? 3 : 2;
  for (let size = 2; size <= maxJoin; size++) {
    next: for (let i = 0; i + size <= tokens.length; i++) {
      let text = '';
      let weight = -Infinity;
      for (let j = i; j < i + size; j++) {
        const t = tokens[j];
        if (t.kind === 'number' || t.kind === 'initial') continue next;
        text += t.text;
        if (t.weight > weight) weight = t.weight;
      }
      // Joined texts rarely repeat: computing them directly keeps them out of the word memo.
      const key = phoneticKeyUncached(text);
      // Pinyin syllables joined make the words a translation table knows ("ke"+"ji" = keji, technology).
      const meanings = han ? meaningsOf(key) : undefined;
      const unit: NameUnit = han
        ? meanings
          ? { text, key, pinyin: true, meanings, weight, kind: 'join', from: i, to: i + size - 1, id: -1, grams: bigramsOf(key) }
          : { text, key, pinyin: true, weight, kind: 'join', from: i, to: i + size - 1, id: -1, grams: bigramsOf(key) }
        : { text, key, weight, kind: 'join', from: i, to: i + size - 1, id: -1, grams: bigramsOf(key) };
      if (phrases && !han && size === 2 && tokens[i].kind === 'word' && tokens[i + 1].kind === 'word') {
        const phrase = phraseMeaningsOf(tokens[i].key, tokens[i + 1].key);
        if (phrase) unit.meanings = phrase;
      }
      units.push(unit);
    }
  }
  return units;
}

/** The joins of a name, computed once and kept on it. */
export function joinsOf(name: AnalysedName): NameUnit[] {
  return (name.joins ??= buildJoins(name.tokens, name.han, name.type !== 'individual'));
}

/**
 * List artefacts that are not part of a name: notes such as "(previously listed as)", "(formerly …)" and
 * alias markers ("a.k.a.", "f.k.a.", "n.k.a."). They are removed before reading.
 */
const LIST_NOTE = /\(\s*(?:previously|formerly|earlier|also|originally|prior|listed|as of|until|since)\b[^)]*\)?/gi;
const ALIAS_MARKER = /(?:^|[\s,;(])(?:a\.\s?k\.\s?a\.?|f\.\s?k\.\s?a\.?|n\.\s?k\.\s?a\.?|aka|fka|nka)(?=[\s,;:)]|$)/gi;

export function stripListNotes(raw: string): string {
  if (!/[(.]|aka|fka|nka/i.test(raw)) return raw;
  const out = raw.replace(LIST_NOTE, ' ').replace(ALIAS_MARKER, ' ');
  return /[\p{L}\p{N}]/u.test(out) ? out : raw;
}

/** A parenthesised part of a name: "(GZO)", "(LEBANON BRANCH)", "(HK)", "（深圳）". */
const PARENTHESISED = /\s*[(（][^()（）]*[)）]/g;
const ONE_WORD = /^[(（]\s*([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)?)\s*[)）]$/u;

/**
 * The readings of one printed name field, each scored on its own (the best decides):
 * - a field holding several names separated by ";" (UN alias fields: "Qasim Soleimani; Qasem Sulaimani") is those names;
 * - a name with parenthesised parts is also read without them; lists append acronyms, branches and places
 *   in brackets ("… (BRANCH LOCATED IN ALBU KAMAL …)", "(HK)") and an invoice prints the name without them;
 * - on the listed side (`listed`), a parenthesised single word, the subject's acronym ("STATE GRAIN
 *   OPERATOR (GZO)", "(ISIL-K)"), is also read alone: an invoice may print just the acronym.
 * List notes ("(previously listed as)") are removed before this.
 */
export function nameReadings(raw: string, listed = false): string[] {
  const parts = raw.includes(';') ? raw.split(';').map((x) => x.trim()).filter(Boolean) : [raw];
  if (!/[(（]/.test(raw)) return parts.length ? parts : [raw];
  const out: string[] = [];
  for (const part of parts.length ? parts : [raw]) {
    out.push(part);
    const cleaned = stripListNotes(part);
    const bracketed = cleaned.match(PARENTHESISED);
    if (!bracketed) continue;
    const bare = cleaned.replace(PARENTHESISED, ' ').replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(bare) && bare !== part) out.push(bare);
    // Only a list's brackets hold the subject's own acronym; an invoice's hold places ("(HK)", "(Shenzhen)").
    if (listed) for (const b of bracketed) {
      const m = ONE_WORD.exec(b.trim());
      if (m && m[1].length >= 2) out.push(m[1]);
    }
  }
  return [...new Set(out)];
}

/**
 * A generic word of a Chinese company name is two Han characters, read as two syllables ("国际" guo ji,
 * international; "科技" ke ji, technology; "贸易" mao yi, trading). Each syllable alone would weigh as a rare
 * word, so a name that drops "international" in English ("興華國際股份有限公司" / "XINGHUA CO., LIMITED") would
 * pay for two distinctive words. The two syllables share the generic word's weight.
 */
function weighHanGenericWords(tokens: NameUnit[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.kind !== 'word' || b.kind !== 'word' || !a.pinyin || !b.pinyin) continue;
    if (!isGenericWord(phoneticKeyUncached(a.text + b.text))) continue;
    a.weight = b.weight = GENERIC_WEIGHT / 2;
    i++;
  }
}

/**
 * Round 12: "N A" before a name in an organisation's name is "named after" abbreviated, as OFAC prints «имени»
 * ("JSC NNRPA N A MV FRUNZE" for "… IMENI M V FRUNZE"): the two letters are read as those function words, so
 * they neither align by their initials nor count as words of their own. Only when a word follows, never at the
 * start of the name, and never after a bank's name ("CITIBANK N A", National Association).
 */
function readNamedAfter(tokens: NameUnit[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== 'n' || tokens[i + 1].text !== 'a') continue;
    // A US bank's "N.A." (National Association): "CITIBANK N A LONDON BRANCH".
    if (/bank$/.test(tokens[i - 1].text)) continue;
    tokens[i] = makeToken('named', 'entity', i);
    tokens[i + 1] = makeToken('after', 'entity', i + 1);
  }
}

/** Reads a printed name. `type` enables person handling (initials, patronymics); legal forms imply an entity. */
export function analyseName(raw: string, type: NameType = 'unknown'): AnalysedName {
  const legalForms: string[] = [];
  const legalFormText: string[] = [];
  let text = stripListNotes(raw);
  const han = HAN.test(raw);
  if (han) {
    for (const [re, code] of HAN_LEGAL_FORMS) {
      text = text.replace(re, (m) => {
        legalForms.push(code);
        legalFormText.push(m);
        return ' ';
      });
    }
    text = hanToPinyin(text, type !== 'entity' && legalForms.length === 0);
  }
  const words = foldText(text).split(' ').filter(Boolean).map(transliterateWord);
  const keys = words.map(phoneticKey);
  const hits = findLegalForms(words, keys, keySimilarity);
  const inForm = new Set<number>();
  for (const hit of hits) {
    if (!legalForms.includes(hit.code)) legalForms.push(hit.code);
    legalFormText.push(hit.text);
    for (let i = hit.start; i < hit.end; i++) inForm.add(i);
  }
  const effectiveType: NameType = type === 'unknown' && legalForms.length > 0 ? 'entity' : type;
  let kept = words.filter((_, i) => !inForm.has(i));
  // A name that is only a legal form ("AO", "LLP") is compared as written.
  if (kept.length === 0) kept = words;
  const tokens = kept.map((w, i) => makeToken(w, effectiveType, i, han));
  if (effectiveType === 'entity') readNamedAfter(tokens);
  if (han && effectiveType === 'entity') weighHanGenericWords(tokens);
  const formLabels = legalForms.map((c) => LEGAL_FORM_BY_CODE.get(c)?.label ?? c);
  return {
    raw,
    script: detectScript(raw),
    tokens,
    legalForms,
    legalFormText,
    han,
    type: effectiveType,
    normalized: tokens.map((t) => t.text).join(' ') + (formLabels.length ? ` [${formLabels.join(', ')}]` : ''),
  };
}

export { compareLegalForms };
