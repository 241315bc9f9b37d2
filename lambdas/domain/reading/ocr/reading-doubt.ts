import type { TsvPage } from './tesseract-tsv';

/** What a Tesseract pass is judged by before the page is read again with other models. */
export interface ReadingConfidence {
  /** Mean confidence and number of every word Tesseract reported (the page model drops the least confident ones). */
  confidence: number;
  words: number;
  /** Mean confidence and number of the words with a letter, of any script. */
  letteredConfidence: number;
  letteredWords: number;
}

const LETTER = /\p{L}/u;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function readingConfidence(page: TsvPage): ReadingConfidence {
  const lettered = page.words.filter((w) => LETTER.test(w.text));
  return {
    confidence: mean(page.words.map((w) => w.confidence)),
    words: page.words.length,
    letteredConfidence: mean(lettered.map((w) => w.confidence)),
    letteredWords: lettered.length,
  };
}

/** Fewer words than this are not judged: a blank page is not doubtful, only empty. */
const MIN_WORDS = 5;

/** Words with letters a page needs before they are judged on their own. */
const MIN_LETTERED_WORDS = 20;

/**
 * Mean confidence of a page's words with letters below which the page is doubtful whatever its numbers scored. Read
 * rus+eng+kaz, page 1 of 85 Chinese scans (old and fresh corpus) scored 0.38–0.64, of 154 Cyrillic and English
 * scans 0.67–0.95 (0.73 and up on the 151 pages not doubtful already; their second pages 0.66 and 0.80 up).
 */
const LETTERED_DOUBT = 0.68;

/**
 * Whether a pass read the page with the wrong models: a low mean confidence, or, on a page of table rows that are
 * mostly numbers (which every model reads well), a low confidence of its words with letters. Read rus-first, the
 * Chinese descriptions of a 27-row table scored 0.48 while its numbers lifted the page to 0.76.
 */
export function isDoubtfulReading(reading: ReadingConfidence, rereadBelowConfidence: number): boolean {
  if (reading.words < MIN_WORDS) return false;
  return reading.confidence < rereadBelowConfidence || (reading.letteredWords >= MIN_LETTERED_WORDS && reading.letteredConfidence < LETTERED_DOUBT);
}
