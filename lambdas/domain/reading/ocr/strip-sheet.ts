import type { GreyImage } from './page-skew';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * A second pass with another model reads only what it may correct: stretches of the page around chosen words,
 * cut out and stacked into one small image (a strip sheet). Recognition costs by the text read, so the rest of
 * the page is not read twice. Used by the Kazakh pass (kazakh-letters.ts) and the Latin pass (latin-words.ts).
 */
export interface Strip {
  /** Where the strip lies on the page image (pixels): left, top, width, height. */
  source: [number, number, number, number];
  /** Its top on the strip sheet; every strip starts at the sheet's left edge. */
  top: number;
}

export interface StripSheet {
  width: number;
  height: number;
  strips: Strip[];
}

/**
 * One strip around each group of words (a group lies on one printed line), padded by `pad` line heights across
 * and along so that no letter is cut; a gap of a line height between strips keeps them separate lines.
 */
export function stripSheetAround(groups: Iterable<readonly TsvWord[]>, page: { width: number; height: number }, pad: { across: number; along: number }): StripSheet {
  const strips: Strip[] = [];
  let top = 0;
  let width = 0;
  for (const words of groups) {
    if (!words.length) continue;
    const height = Math.max(...words.map((w) => w.height));
    const [padX, padY] = [Math.ceil(height * pad.along), Math.ceil(height * pad.across)];
    const left = Math.max(0, Math.min(...words.map((w) => w.left)) - padX);
    const up = Math.max(0, Math.min(...words.map((w) => w.top)) - padY);
    const right = Math.min(page.width, Math.max(...words.map((w) => w.left + w.width)) + padX);
    const down = Math.min(page.height, Math.max(...words.map((w) => w.top + w.height)) + padY);
    if (right <= left || down <= up) continue;
    top += strips.length ? height : 0;
    strips.push({ source: [left, up, right - left, down - up], top });
    top += down - up;
    width = Math.max(width, right - left);
  }
  return { width, height: top, strips };
}

/** Which printed line of a Tesseract reading a word is on. */
export const lineKey = (word: TsvWord) => `${word.block}:${word.paragraph}:${word.line}`;

/** The words of a reading grouped by printed line, in reading order. */
export function wordsByLine(words: readonly TsvWord[]): TsvWord[][] {
  const lines = new Map<string, TsvWord[]>();
  for (const word of words) {
    const key = lineKey(word);
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.values()];
}

/** The strip sheet's pixels, cut out of the page image (paper white between strips). */
export function composeStripSheet(page: GreyImage, sheet: StripSheet): GreyImage {
  const pixels = new Uint8Array(sheet.width * sheet.height).fill(255);
  for (const { source: [left, top, width, height], top: at } of sheet.strips) {
    for (let row = 0; row < height; row++) {
      const from = (top + row) * page.width + left;
      pixels.set(page.pixels.subarray(from, from + width), (at + row) * sheet.width);
    }
  }
  return { width: sheet.width, height: sheet.height, pixels };
}

/** A reading of the strip sheet, with each word put back where its strip lies on the page. */
export function readingOnPage(sheetReading: TsvPage, sheet: StripSheet, page: { width: number; height: number }): TsvPage {
  const words: TsvWord[] = [];
  for (const word of sheetReading.words) {
    const middle = word.top + word.height / 2;
    const strip = sheet.strips.find((s) => middle >= s.top && middle < s.top + s.source[3]);
    if (strip) words.push({ ...word, left: word.left + strip.source[0], top: word.top - strip.top + strip.source[1] });
  }
  return { ...sheetReading, width: page.width, height: page.height, words };
}

/** Overlap of two word boxes as a share of the larger one. */
export function overlapShare(a: TsvWord, b: TsvWord): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(a.width * a.height, b.width * b.height, 1);
}
