import { writeIn } from '../../look-alike-letters';
import type { GreyImage } from './page-skew';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * Tesseract reads each word with its first language's model and turns to the others only when that model reads
 * it badly. With rus first (best for Russian words and for the Latin codes invoices print), a Kazakh word the
 * Russian model can spell without Kazakh letters comes back Russian: «ұны» → «уны», «Сандық» → «Сандык», «еті» →
 * «ет!». With kaz first those letters come back, but Latin codes suffer ("INV" → "IMY", "AST" → "A5T"). So a
 * Kazakh page is read again with the kaz model alone (a third cheaper than kaz+rus+eng, and on the Kazakh scans
 * better), and a Cyrillic word of the rus-first reading takes the kaz spelling of the same place only when that
 * spelling holds Kazakh letters and differs from it in nothing else.
 */

/** Letters Kazakh adds to the Russian alphabet. */
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** What a model without Kazakh letters reads in their place (lower case; Latin look-alikes included). */
const READ_WITHOUT_KAZAKH: Record<string, string> = {
  ә: 'аэеae',
  ғ: 'гfr',
  қ: 'кk',
  ң: 'нh',
  ө: 'оеoe0',
  ұ: 'уy',
  ү: 'уyv',
  һ: 'hпн',
  і: 'il1!|ї',
};

export function hasKazakhLetter(text: string): boolean {
  return KAZAKH_LETTER.test(text);
}

/** Words with a Kazakh letter: enough of them say a page is (partly) Kazakh. */
export function kazakhWordCount(page: TsvPage, minConfidence = 0): number {
  return page.words.filter((w) => w.confidence >= minConfidence && hasKazakhLetter(w.text)).length;
}

/** Whether `kazakh` is `other` with Kazakh letters where `other` has what a model without them reads there. */
export function sameWordWithKazakhLetters(kazakh: string, other: string): boolean {
  // A Latin word ("ch") or a lone stroke («|») is no Kazakh word the Russian model misspelt.
  if (!hasKazakhLetter(kazakh) || hasKazakhLetter(other) || !/\p{Script=Cyrillic}/u.test(other) || (kazakh.match(/\p{L}/gu) ?? []).length < 2) return false;
  const a = [...kazakh.toLowerCase()];
  // Latin letters the rus-first reading gave for Cyrillic ones that look the same («Kазакстан») count as those.
  const b = [...writeIn(other, 'cyrillic').toLowerCase()];
  if (a.length !== b.length) return false;
  return a.every((letter, i) => letter === b[i] || (READ_WITHOUT_KAZAKH[letter]?.includes(b[i]) ?? false));
}

/** Overlap of two word boxes as a share of the larger one. */
function overlapShare(a: TsvWord, b: TsvWord): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(a.width * a.height, b.width * b.height, 1);
}

/**
 * The rus-first reading with the Kazakh letters the kaz reading of the same image found: every other word, its
 * boxes and its line structure stay as the rus-first reading has them.
 */
export function restoreKazakhLetters(rusFirst: TsvPage, kazFirst: TsvPage): TsvPage {
  if (rusFirst.width !== kazFirst.width || rusFirst.height !== kazFirst.height) return rusFirst;
  // Words sorted by top edge, so each word looks only at the kaz-first words of its own band.
  const candidates = kazFirst.words.filter((w) => hasKazakhLetter(w.text)).sort((a, b) => a.top - b.top);
  const words = rusFirst.words.map((word) => {
    // Codes and numbers keep the rus-first reading: no Kazakh letter belongs in «SHY20251536».
    if (hasKazakhLetter(word.text) || /\d/.test(word.text)) return word;
    let found: TsvWord | undefined;
    let bestShare = 0.5;
    for (const candidate of candidates) {
      if (candidate.top > word.top + word.height) break;
      const share = overlapShare(word, candidate);
      if (share >= bestShare && sameWordWithKazakhLetters(candidate.text, word.text)) [found, bestShare] = [candidate, share];
    }
    return found ? { ...word, text: found.text, confidence: Math.max(word.confidence, found.confidence) } : word;
  });
  return { ...rusFirst, words };
}

/**
 * The Kazakh pass reads only what it may correct: the stretches of each line that hold Cyrillic words without
 * Kazakh letters, cut out and stacked into one small image (a strip sheet). Recognition costs by the text read,
 * so numbers, Latin codes and words already spelt with Kazakh letters are not read twice.
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

/** Whether the Kazakh pass could change this word (sameWordWithKazakhLetters needs a Cyrillic word of two letters or more). */
const mayTakeKazakhLetters = (text: string) => /\p{Script=Cyrillic}/u.test(text) && !/\d/.test(text) && !hasKazakhLetter(text) && (text.match(/\p{L}/gu) ?? []).length >= 2;

/** Strips around the words the Kazakh pass could change, line by line, padded so that no letter is cut. */
export function kazakhPassStrips(reading: TsvPage): StripSheet {
  const lines = new Map<string, TsvWord[]>();
  for (const word of reading.words) {
    if (!mayTakeKazakhLetters(word.text)) continue;
    const key = `${word.block}:${word.paragraph}:${word.line}`;
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  const strips: Strip[] = [];
  let top = 0;
  let width = 0;
  for (const words of lines.values()) {
    const height = Math.max(...words.map((w) => w.height));
    const [padX, padY] = [Math.ceil(height * 0.6), Math.ceil(height * 0.4)];
    const left = Math.max(0, Math.min(...words.map((w) => w.left)) - padX);
    const up = Math.max(0, Math.min(...words.map((w) => w.top)) - padY);
    const right = Math.min(reading.width, Math.max(...words.map((w) => w.left + w.width)) + padX);
    const down = Math.min(reading.height, Math.max(...words.map((w) => w.top + w.height)) + padY);
    if (right <= left || down <= up) continue;
    // A gap of a line height between strips keeps them separate lines.
    top += strips.length ? height : 0;
    strips.push({ source: [left, up, right - left, down - up], top });
    top += down - up;
    width = Math.max(width, right - left);
  }
  return { width, height: top, strips };
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
