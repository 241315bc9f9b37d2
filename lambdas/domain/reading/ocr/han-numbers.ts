import type { HanReading } from './han-words';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * The numbers of a Chinese page. Read with chi_sim, a degraded table loses the marks of its numbers or gets them
 * wrong: «19602614» for 196,026.14, «1.504.12» for 1,504.12, «23o927|» for 2,309.27, «T405,» for T-405 (00192,
 * seed 7). PaddleOCR's recognition model, which already reads the page's Han runs again (han-words.ts), reads them
 * with their marks. A number takes that reading only when it keeps the same digits and letters in the same order and
 * adds marks (or puts a malformed number right): the second model is trusted with punctuation, not with digits.
 */

/** A word needs this many digits to be read again (a row number or a unit count is left alone). */
const MIN_DIGITS = 3;
/**
 * Below this Tesseract confidence a number is read again even when it looks well formed («11736» at 0.68 is 117.36).
 * At 0.9, 14 more of a dense page's 104 numbers went to the second model (each 10–15 ms of CPU) for their confidence alone.
 */
const SURE_NUMBER = 0.75;
/** Every character of the second reading must be at least this probable. */
const MIN_CHARACTER_CONFIDENCE = 0.5;

/** Bars and quotes a rule or a speck adds at a number's edge. */
const SPECKS = /[|\][”“"'’]/g;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS = /\d/g;
const HAN = /\p{Script=Han}/u;
const MARKS = /[.,，。·\-]/g;

/** Tesseract's text without its specks, with the letter o it reads for a blurred 0 put back. */
const cleaned = (text: string) => text.replace(SPECKS, '').replace(/(?<=\d)[oO]|[oO](?=\d)/g, '0');
/** The digits and letters in order: what the second reading may not change. */
const skeleton = (text: string) => cleaned(text).replace(MARKS, '').replace(/\s+/g, '');
const marks = (text: string) => (text.match(MARKS) ?? []).length;

/**
 * A Latin designation of four characters or more with two capitals or more and no mark («RISCV», «CortexM4»): chi_sim
 * drops the hyphen inside such a code («RISC-V», «Cortex-M4»: seed 31's 00193, twenty rows), which PaddleOCR reads.
 */
const LATIN_DESIGNATION = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]{4,}$/;

/** The words of a Chinese page whose numbers are worth reading again: malformed, specked or doubted ones, and Latin designations. */
export function hanPageNumberWords(page: TsvPage): TsvWord[] {
  return page.words.filter((word) => {
    if (LATIN_DESIGNATION.test(word.text)) return true;
    if ((word.text.match(DIGITS) ?? []).length < MIN_DIGITS) return false;
    // An amount of six digits or more printed without a mark lost its marks (an invoice number or a tax id reads the same again).
    return word.confidence < SURE_NUMBER || cleaned(word.text) !== word.text || !NUMBER.test(word.text) || /^\d{6,}$/.test(word.text);
  });
}

/** The page with each number the second reading vouches for put right; every other word as read. */
export function restoreHanNumbers(page: TsvPage, words: readonly TsvWord[], readings: readonly (HanReading | undefined)[]): TsvPage {
  const replaced = new Map<TsvWord, TsvWord>();
  words.forEach((word, i) => {
    const reading = readings[i];
    // A Han character at the crop's edge is a neighbour's («169.24吨» for the quantity beside its unit).
    const text = HAN.test(word.text) ? reading?.text.trim() : reading?.text.trim().replace(/^\p{Script=Han}+|\p{Script=Han}+$/gu, '');
    if (!reading || !text || text === word.text || Math.min(...reading.confidences) < MIN_CHARACTER_CONFIDENCE) return;
    const first = cleaned(word.text);
    if (skeleton(text) !== skeleton(word.text) || marks(text) < marks(first)) return;
    // A well-formed number is not traded for a malformed one («1001.99» is no better read «100199»).
    if (NUMBER.test(first) && !NUMBER.test(text)) return;
    replaced.set(word, { ...word, text, confidence: Math.max(word.confidence, Math.min(...reading.confidences)) });
  });
  if (!replaced.size) return page;
  return { ...page, words: page.words.map((w) => replaced.get(w) ?? w) };
}
