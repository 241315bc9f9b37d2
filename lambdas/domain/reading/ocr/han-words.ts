import { wordsByLine } from './strip-sheet';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * Tesseract's chi_sim model misreads single Han characters on degraded scans, the same way on row after row
 * (00007: «无缝钢管» read «无颖钢管» or «无钢管» on 8 rows of 19; «锻» dropped, «滚子» read «浪子», «氧化» read
 * «氯化»). The PaddleOCR recognition model reads them right. It reads a line image, not a page, and gives no word
 * boxes, so Tesseract keeps the layout: each run of Han words on a line that holds a doubtful word is cut out and
 * read again, and the run takes the second reading's Han characters when they are confident and as many (or one
 * more: a character Tesseract dropped).
 */

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** A Han word Tesseract is less sure of than this makes its run worth reading again. */
export const HAN_DOUBT_BELOW = 0.8;

/** Every character of the second reading must be at least this probable for the run to take it. */
export const HAN_RECOGNITION_MIN_CONFIDENCE = 0.8;

/** Consecutive words of one line made of Han characters only (the run Tesseract split «无 颖 钢管» into). */
export interface HanRun {
  words: TsvWord[];
  /** Pixel box of the run on the page: left, top, width, height. */
  box: [number, number, number, number];
}

const isHanWord = (word: TsvWord) => HAN.test(word.text) && [...word.text].every((ch) => HAN.test(ch));
const hanCount = (text: string) => (text.match(HAN_ALL) ?? []).length;

/** The runs of Han words that hold a word Tesseract doubts, line by line, in reading order. */
export function hanPassRuns(page: TsvPage, doubtBelow = HAN_DOUBT_BELOW): HanRun[] {
  const runs: HanRun[] = [];
  for (const line of wordsByLine(page.words)) {
    const ordered = [...line].sort((a, b) => a.left - b.left);
    let current: TsvWord[] = [];
    const close = () => {
      if (current.some((w) => w.confidence < doubtBelow)) {
        const left = Math.min(...current.map((w) => w.left));
        const top = Math.min(...current.map((w) => w.top));
        const right = Math.max(...current.map((w) => w.left + w.width));
        const bottom = Math.max(...current.map((w) => w.top + w.height));
        runs.push({ words: current, box: [left, top, right - left, bottom - top] });
      }
      current = [];
    };
    for (const word of ordered) {
      if (isHanWord(word)) current.push(word);
      else close();
    }
    close();
  }
  return runs;
}

/** What the recognition model read for a run: its text (one code point per character) and each character's probability. */
export interface HanReading {
  text: string;
  confidences: number[];
}

/**
 * The page with each run that its second reading vouches for written as one word: the reading's Han characters
 * (other characters are the crop's edges), when every one of them is confident and there are as many as Tesseract
 * read, or one more. Words of other runs, and every other word, stay as read.
 */
export function restoreHanRuns(page: TsvPage, runs: readonly HanRun[], readings: readonly (HanReading | undefined)[]): TsvPage {
  const replaced = new Map<TsvWord, TsvWord | null>();
  runs.forEach((run, i) => {
    const reading = readings[i];
    if (!reading) return;
    // Only the Han characters count: a digit or a stroke at the crop's edge is a neighbour's.
    const han = [...reading.text].map((ch, k) => ({ ch, p: reading.confidences[k] ?? 0 })).filter(({ ch }) => HAN.test(ch));
    const confidence = Math.min(...han.map(({ p }) => p));
    if (!han.length || confidence < HAN_RECOGNITION_MIN_CONFIDENCE) return;
    const text = han.map(({ ch }) => ch).join('');
    const before = run.words.reduce((n, w) => n + hanCount(w.text), 0);
    const after = hanCount(text);
    if (after !== before && after !== before + 1) return;
    if (text === run.words.map((w) => w.text).join('')) return;
    const [first, ...rest] = run.words;
    const [left, top, width, height] = run.box;
    replaced.set(first, { ...first, text, left, top, width, height, confidence });
    for (const word of rest) replaced.set(word, null);
  });
  if (!replaced.size) return page;
  const words = page.words.flatMap((w) => {
    const next = replaced.get(w);
    return next === undefined ? [w] : next === null ? [] : [next];
  });
  return { ...page, words };
}
