import { median } from './assemble-lines';
import { lineKey, stripSheetAround, wordsByLine, type StripSheet } from './strip-sheet';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * The merged-lines pass: Tesseract's line finder sometimes takes a table cell printed in two lines, or two rows of a
 * blurred table, for one text line of double height, and reads it as noise («Sonat ace» for «Осциллограф цифровой
 * 200 MHz 2 ch / Digital oscilloscope, арт. 35229»; «全天司机» for a whole Chinese row). Such words are far taller
 * than the row number and the numbers beside them on the same line. Only they are read again, from a strip sheet,
 * as a block of lines, and their place takes that reading when it is surer and of lines of a normal height.
 */

/**
 * A word this much taller than the other words of its line holds more than one printed line. Words of one line differ
 * by up to about 1.6× (capitals and digits against x-height words, descenders): a code «8413702100» 45 px high beside
 * 28 px words is one line, and its re-reading split it («8413 70 210»).
 */
const MERGED_HEIGHT = 2;
/** Taller than this, against the line's other words, it is a stamp, a logo or a signature, not text lines. */
const MAX_MERGED_HEIGHT = 4;
/** Merged words are read again only when Tesseract doubted them: below this mean confidence. */
const MERGED_DOUBT = 0.7;
/** A re-read word this much taller than a normal one still spans lines: the reading is no better. */
const NORMAL_HEIGHT = 1.35;
/** Each line the block reading finds must hold this many letters and digits, read at least this surely. */
const MIN_LINE_TEXT = 3;
const MIN_LINE_CONFIDENCE = 0.7;
/** A re-read of the region must be at least this much surer, on average, than the words it replaces. */
const CONFIDENCE_GAIN = 0.05;

const HAS_TEXT = /[\p{L}\p{N}]/u;


/** The words of each line that span several printed lines, grouped by line; lines without a normal word beside them are left alone. */
export function mergedLineWords(reading: TsvPage): TsvWord[][] {
  const groups: TsvWord[][] = [];
  for (const words of wordsByLine(reading.words.filter((w) => HAS_TEXT.test(w.text)))) {
    if (words.length < 2) continue;
    const normal = median(words.map((w) => w.height));
    // The line's own height is its lower half: the row number and the numbers, when the description merged.
    const reference = median(words.filter((w) => w.height <= normal).map((w) => w.height));
    const merged = words.filter((w) => w.height >= MERGED_HEIGHT * reference && w.height <= MAX_MERGED_HEIGHT * reference);
    // Two lines read as one come out as noise («Sonat» 0.40, «ace» 0.49); tall words read surely are tall print, and
    // reading them again cost a Tesseract run on most pages for nothing (0.27 s a page on seed 17).
    const doubt = merged.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, merged.length);
    if (merged.length && merged.length < words.length && doubt < MERGED_DOUBT) groups.push(merged);
  }
  return groups;
}

/** One strip around each line's merged words, padded a little so that no letter is cut. */
export function mergedLinesStrips(reading: TsvPage, groups = mergedLineWords(reading)): StripSheet {
  return stripSheetAround(groups, reading, { across: 0.1, along: 0.15 });
}

/**
 * The first reading with each group of merged words replaced by the words the block reading found in their place,
 * when that reading is surer and its words are of a normal height; the new words form lines of their own (numbered
 * after the page's), which assemble-lines places in their printed rows.
 */
export function restoreMergedLines(first: TsvPage, block: TsvPage, groups = mergedLineWords(first)): TsvPage {
  if (first.width !== block.width || first.height !== block.height || !groups.length) return first;
  const replaced = new Set<TsvWord>();
  const added: TsvWord[] = [];
  let nextLine = Math.max(0, ...first.words.map((w) => w.line)) + 1;
  for (const words of groups) {
    const [left, top] = [Math.min(...words.map((w) => w.left)), Math.min(...words.map((w) => w.top))];
    const [right, bottom] = [Math.max(...words.map((w) => w.left + w.width)), Math.max(...words.map((w) => w.top + w.height))];
    const within = (w: TsvWord, l: number, t: number, r: number, b: number) => {
      const [x, y] = [w.left + w.width / 2, w.top + w.height / 2];
      return x >= l && x <= r && y >= t && y <= b;
    };
    // The first reading's words of the region that are not merged («ill» between two merged words) go with them; a word
    // the strip cut through at its edge (the letters of a neighbouring line that reach into it) is that word's, which stays.
    const region = first.words.filter((w) => words.includes(w) || within(w, left, top, right, bottom));
    const kept = first.words.filter((w) => !region.includes(w));
    const inside = block.words.filter((w) => HAS_TEXT.test(w.text) && within(w, left, top, right, bottom) && !kept.some((k) => within(w, k.left, k.top, k.left + k.width, k.top + k.height)));
    if (!inside.length) continue;
    const others = first.words.filter((w) => lineKey(w) === lineKey(words[0]) && !region.includes(w) && HAS_TEXT.test(w.text));
    const normal = others.length ? median(others.map((w) => w.height)) : median(inside.map((w) => w.height));
    const mean = (ws: TsvWord[]) => ws.reduce((sum, w) => sum + w.confidence, 0) / ws.length;
    // The block must find the lines the merged words stood for, each of a normal height and each a line of text (not a
    // speck: «И» over «AED» is a two-line header cell's edge, not two lines), and read them surer.
    const lines = [...new Set(inside.map(lineKey))].map((key) => inside.filter((w) => lineKey(w) === key));
    const textLine = (ws: TsvWord[]) => ws.map((w) => w.text).join('').replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_LINE_TEXT && mean(ws) >= MIN_LINE_CONFIDENCE;
    if (lines.length < 2 || !lines.every(textLine) || inside.some((w) => w.height > NORMAL_HEIGHT * normal) || mean(inside) < mean(words) + CONFIDENCE_GAIN) continue;
    for (const word of region) replaced.add(word);
    // The block reading numbers its lines per strip: each of its lines becomes a line of the page.
    const lineOf = new Map<string, number>();
    for (const word of inside) {
      const key = lineKey(word);
      if (!lineOf.has(key)) lineOf.set(key, nextLine++);
      added.push({ ...word, block: words[0].block, paragraph: words[0].paragraph, line: lineOf.get(key)! });
    }
  }
  if (!replaced.size) return first;
  return { ...first, words: [...first.words.filter((w) => !replaced.has(w)), ...added] };
}
