import { wordsByLine } from './strip-sheet';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * Tesseract's chi_sim model misreads single Han characters on degraded scans, the same way on row after row
 * (00007: «无缝钢管» read «无颖钢管» or «无钢管» on 8 rows of 19; «锻» dropped, «滚子» read «浪子», «氧化» read
 * «氯化»). The PaddleOCR recognition model reads them right. It reads a line image, not a page, and gives no word
 * boxes, so Tesseract keeps the layout: every run of Han words on a line is cut out and read again, and takes the
 * second reading's Han characters where they are confident and as many (or one more: a character Tesseract
 * dropped). Only runs with a word Tesseract doubted (below 0.8) were read at first: scan lines 0.881; every run:
 * 0.892, at the same median time per page (bench/extract/README.md).
 */

const HAN = /\p{Script=Han}/u;

/** A character of the second reading must be at least this probable to replace or add one. */
export const HAN_RECOGNITION_MIN_CONFIDENCE = 0.8;

/** Consecutive words of one line made of Han characters only (the run Tesseract split «无 颖 钢管» into). */
export interface HanRun {
  words: TsvWord[];
  /** Pixel box of the run on the page: left, top, width, height. */
  box: [number, number, number, number];
}

/**
 * Quote marks Tesseract puts at a Han word's edge for a speck or a stroke of the next character (seed 53's 00360:
 * «”三» at 13 %, the 三 of «三级软小麦», on 10 rows of 30): not part of the word, so the word still joins its run.
 */
const EDGE_SPECKS = /^[“”"'‘’`]+|[“”"'‘’`]+$/gu;
/** The Han characters a word stands for: its text without the specks at its edges. */
const hanCore = (word: TsvWord) => word.text.replace(EDGE_SPECKS, '');
const isHanWord = (word: TsvWord) => {
  const core = hanCore(word);
  return core.length > 0 && [...core].every((ch) => HAN.test(ch));
};

/** The runs of Han words, line by line, in reading order. */
export function hanPassRuns(page: TsvPage): HanRun[] {
  const runs: HanRun[] = [];
  for (const line of wordsByLine(page.words)) {
    const ordered = [...line].sort((a, b) => a.left - b.left);
    let current: TsvWord[] = [];
    const close = () => {
      if (current.length) {
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

/**
 * What the recognition model read for a run: its text (one code point per character), each character's probability
 * and, when the reader gives them, the other characters it found likely there (han-lexicon.ts chooses among them).
 */
export interface HanReading {
  text: string;
  confidences: number[];
  alternatives?: ReadonlyArray<ReadonlyArray<{ text: string; p: number }>>;
}

/** A skipped character may leave this many other characters read differently (each a confident second reading). */
const MAX_SKIPPED_DIFFERENCES = 2;

/** Index of the character of `read` that `second` (one shorter) skipped, or −1 when no removal aligns them closely. */
function skippedCharacter(read: readonly string[], second: readonly string[]): number {
  let best = -1;
  let fewest = MAX_SKIPPED_DIFFERENCES + 1;
  for (let gone = 0; gone < read.length; gone++) {
    let differences = 0;
    for (let k = 0, j = 0; k < read.length && differences < fewest; k++) {
      if (k === gone) continue;
      if (read[k] !== second[j]) differences++;
      j++;
    }
    if (differences < fewest) {
      fewest = differences;
      best = gone;
    }
  }
  return best;
}

/**
 * The page with the runs their second reading vouches for in its Han characters (other characters are the crop's
 * edges): with as many characters, character by character, where every character that differs is confident; with
 * one more (a character Tesseract dropped), when all are, the new one going to the word of the character before it;
 * with one fewer (a character the model skipped), when all are, around the character it skipped.
 * Each word keeps its box, so header cells and table columns stay apart. Everything else stays as read.
 */
export function restoreHanRuns(page: TsvPage, runs: readonly HanRun[], readings: readonly (HanReading | undefined)[]): TsvPage {
  const replaced = new Map<TsvWord, TsvWord>();
  runs.forEach((run, i) => {
    const reading = readings[i];
    if (!reading) return;
    // Only the Han characters count: a digit or a stroke at the crop's edge is a neighbour's.
    const han = [...reading.text].map((ch, k) => ({ ch, p: reading.confidences[k] ?? 0 })).filter(({ ch }) => HAN.test(ch));
    // Which word each character Tesseract read belongs to.
    const owner = run.words.flatMap((w, index) => [...hanCore(w)].map(() => index));
    const read = run.words.flatMap((w) => [...hanCore(w)]);
    let owners: number[];
    let aligned = han;
    if (han.length === read.length) {
      if (han.some(({ ch, p }, k) => ch !== read[k] && p < HAN_RECOGNITION_MIN_CONFIDENCE)) return;
      owners = owner;
    } else if (han.length === read.length + 1 && han.every(({ p }) => p >= HAN_RECOGNITION_MIN_CONFIDENCE)) {
      const at = read.findIndex((ch, k) => ch !== han[k].ch);
      const inserted = at < 0 ? read.length : at;
      owners = [...owner.slice(0, inserted), owner[Math.max(0, inserted - 1)], ...owner.slice(inserted)];
    } else if (han.length === read.length - 1 && han.every(({ p }) => p >= HAN_RECOGNITION_MIN_CONFIDENCE)) {
      // One character fewer (a rare one the model did not read: «冷冻羊肉体» for «冷冻羊肉胴体», where Tesseract read
      // «冷东羊肉月体»): the character it skipped is the one whose removal leaves the fewest differences, at most
      // MAX_SKIPPED_DIFFERENCES; that character stays as Tesseract read it, the others take the confident reading.
      const gone = skippedCharacter(read, han.map(({ ch }) => ch));
      if (gone < 0) return;
      aligned = [...han.slice(0, gone), { ch: read[gone], p: -1 }, ...han.slice(gone)];
      owners = owner;
    } else return;
    run.words.forEach((word, index) => {
      const mine = aligned.filter((_, k) => owners[k] === index);
      const text = mine.map(({ ch }) => ch).join('');
      // Where both engines read the same character, that agreement is evidence enough (a Tesseract «锻» at 16 %
      // the page model would drop otherwise); a word that lost its edge specks («”三» → «三») is the second reading's.
      // p −1 marks Tesseract's own character, kept where the second reading skipped one: nothing vouches for it.
      const confidence = Math.min(...mine.map(({ ch, p }) => (p < 0 ? word.confidence : word.text.includes(ch) ? Math.max(p, HAN_RECOGNITION_MIN_CONFIDENCE) : p)));
      if (text !== word.text || confidence > word.confidence) replaced.set(word, { ...word, text, confidence: text === word.text ? Math.max(confidence, word.confidence) : confidence });
    });
  });
  if (!replaced.size) return page;
  return { ...page, words: page.words.map((w) => replaced.get(w) ?? w) };
}
