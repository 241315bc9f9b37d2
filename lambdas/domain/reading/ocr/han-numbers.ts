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
const SPECK_CLASS = String.raw`[|\][”“"'’]`;
const SPECKS = new RegExp(SPECK_CLASS, 'g');
const SPECK = new RegExp(SPECK_CLASS, 'u');
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
 * drops the hyphen inside such a code («RISC-V», «Cortex-M4»: seed 31's 00193, twenty rows), which PaddleOCR reads;
 * and reads a speck beside such a word and doubts the whole («”GNSS» at 0–30 %), where PaddleOCR reads the word alone.
 */
const LATIN_DESIGNATION = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]{4,}$/;

/** The words of a Chinese page whose numbers are worth reading again: malformed, specked or doubted ones, and Latin designations. */
export function hanPageNumberWords(page: TsvPage): TsvWord[] {
  return page.words.filter((word) => {
    if (LATIN_DESIGNATION.test(word.text)) return true;
    // A Latin word chi_sim read with a speck and doubted down to nothing («”GNSS» at 0 % before «导航接收机», table rules
    // taken off the scan): the page model would drop it, unless the second model reads its letters again.
    if (word.confidence < SURE_NUMBER && LATIN_DESIGNATION.test(cleaned(word.text).trim())) return true;
    if ((word.text.match(DIGITS) ?? []).length < MIN_DIGITS) return false;
    // An amount of six digits or more printed without a mark lost its marks (an invoice number or a tax id reads the same again).
    return word.confidence < SURE_NUMBER || cleaned(word.text) !== word.text || !NUMBER.test(word.text) || /^\d{6,}$/.test(word.text);
  });
}

/**
 * The part of a second reading that stands for the word, with its characters' probabilities: the reading without its
 * blank edges and, for a word without Han characters, without the Han characters and specks at its edges, which are
 * the neighbours' («169.24吨» for the quantity beside its unit; «GNSS导航接收» for a word box Tesseract drew over the
 * Han characters after it). Only the characters kept are judged.
 */
function wordPart(reading: HanReading, han: boolean): HanReading {
  const characters = [...reading.text];
  const edge = (ch: string) => /\s/u.test(ch) || (!han && (HAN.test(ch) || SPECK.test(ch)));
  let [start, end] = [0, characters.length];
  while (start < end && edge(characters[start])) start++;
  while (end > start && edge(characters[end - 1])) end--;
  return { text: characters.slice(start, end).join(''), confidences: reading.confidences.slice(start, end) };
}

/** Digits chi_sim makes of capitals it doubts («GNS5» for GNSS at 2–22 %, on the rows it did not drop the word). */
const DIGIT_FOR_LETTER: Record<string, string> = { '5': 'S', '0': 'O', '1': 'I', '8': 'B', '2': 'Z' };

/** How sure the second model must be of a word's letters to take them for digits chi_sim doubted. */
const SURE_LETTERS = 0.9;

/**
 * Whether `second` is `first` with one or more of its digits read back as the capitals they look like, each such digit
 * standing among letters (after «GNS», not in «QFN48»), and nothing else changed.
 */
function letterReadAsDigit(first: string, second: string): boolean {
  if (first.length !== second.length || first === second) return false;
  return [...first].every((ch, i) => {
    if (ch === second[i]) return true;
    const beside = [first[i - 1], first[i + 1]].filter((n) => n !== undefined);
    return DIGIT_FOR_LETTER[ch] === second[i] && beside.length > 0 && beside.every((n) => /[A-Z]/.test(n));
  });
}

/** The page with each number the second reading vouches for put right; every other word as read. */
export function restoreHanNumbers(page: TsvPage, words: readonly TsvWord[], readings: readonly (HanReading | undefined)[]): TsvPage {
  const replaced = new Map<TsvWord, TsvWord>();
  words.forEach((word, i) => {
    const reading = readings[i] && wordPart(readings[i]!, HAN.test(word.text));
    if (!reading || !reading.text) return;
    const { text } = reading;
    const sure = Math.min(...reading.confidences);
    if (sure < MIN_CHARACTER_CONFIDENCE) return;
    // Both models read the same: the word stands, as sure as the second is (a «GNSS» chi_sim doubted to 0 % is kept).
    if (text === word.text) {
      if (sure > word.confidence) replaced.set(word, { ...word, confidence: sure });
      return;
    }
    const first = cleaned(word.text);
    const lettersForDigits = word.confidence < MIN_CHARACTER_CONFIDENCE && sure >= SURE_LETTERS && letterReadAsDigit(skeleton(word.text), skeleton(text));
    if ((skeleton(text) !== skeleton(word.text) && !lettersForDigits) || marks(text) < marks(first)) return;
    // A well-formed number is not traded for a malformed one («1001.99» is no better read «100199»).
    if (NUMBER.test(first) && !NUMBER.test(text)) return;
    replaced.set(word, { ...word, text, confidence: Math.max(word.confidence, sure) });
  });
  if (!replaced.size) return page;
  return { ...page, words: page.words.map((w) => replaced.get(w) ?? w) };
}
