import type { GreyImage } from './page-skew';
import type { TsvPage } from './tesseract-tsv';

/**
 * A page cut into horizontal bands at blank rows, so that its first reading runs in several Tesseract processes at
 * once. Tesseract reads one page on one core (its OpenMP threads spin-wait and cost more CPU than they save,
 * ocr/README.md), and that first reading is most of a scanned page's time: on a 2-core machine two halves read side
 * by side take 1.25 s where the whole page takes 2.1–2.4 s.
 *
 * A cut must cross no print: it runs through a gap between text rows at least `minGapShare` of the page high, taken
 * off after the table rules are (table-rules.ts), so a ruled table has gaps between its rows too. Of the gaps near
 * where the strokes divide evenly (the processes then finish together), the tallest is cut, and no band is thinner
 * than `minBandShare`.
 * A page without such gaps (a turned page whose lines run down it, a photo) stays whole.
 */
export interface PageBandOptions {
  darkBelow: number;
  /** A row is blank when at most this share of its pixels is dark (scan specks). */
  maxDarkShare: number;
  minGapShare: number;
  minBandShare: number;
  /** How far from an even share of the strokes a cut may move (0.2: a band of two may hold 30–70 % of them). */
  maxShareShift: number;
}

export const DEFAULT_PAGE_BAND_OPTIONS: PageBandOptions = { darkBelow: 160, maxDarkShare: 0.002, minGapShare: 0.0025, minBandShare: 0.15, maxShareShift: 0.2 };

export interface PageBand {
  top: number;
  bottom: number;
}

export function pageBands(image: GreyImage, count: number, options: PageBandOptions = DEFAULT_PAGE_BAND_OPTIONS): PageBand[] {
  const { width, height, pixels } = image;
  const whole = [{ top: 0, bottom: height }];
  if (count < 2 || height < 2) return whole;
  // Per row: dark pixels (a blank row has next to none) and strokes crossed, the measure of work. Tesseract's time
  // follows the characters it reads, which a bold heading's pixel count overstates and its strokes do not.
  const ink = new Uint32Array(height);
  const strokes = new Uint32Array(height);
  for (let y = 0, i = 0; y < height; y++) {
    let dark = 0;
    let crossed = 0;
    let wasDark = false;
    for (const end = i + width; i < end; i++) {
      const isDark = pixels[i] < options.darkBelow;
      if (isDark) dark++;
      if (isDark && !wasDark) crossed++;
      wasDark = isDark;
    }
    ink[y] = dark;
    strokes[y] = crossed;
  }
  const blankAtMost = Math.max(2, Math.round(width * options.maxDarkShare));
  const minGap = Math.max(4, Math.round(height * options.minGapShare));
  const gaps: number[] = []; // the middle row of each gap
  const gapHeights: number[] = [];
  for (let y = 0, start = -1; y <= height; y++) {
    const blank = y < height && ink[y] <= blankAtMost;
    if (blank && start < 0) start = y;
    if (!blank && start >= 0) {
      if (y - start >= minGap) {
        gaps.push((start + y) >> 1);
        gapHeights.push(y - start);
      }
      start = -1;
    }
  }
  let total = 0;
  for (const crossed of strokes) total += crossed;
  if (!total) return whole;
  const minBand = Math.round(height * options.minBandShare);
  // Strokes above each gap, to place it between the even shares.
  const above: number[] = [];
  for (let y = 0, g = 0, seen = 0; g < gaps.length; y++) {
    if (y === gaps[g]) above[g++] = seen;
    seen += strokes[y];
  }
  const cuts: number[] = [];
  for (let k = 1; k < count; k++) {
    const previous = cuts.at(-1) ?? 0;
    const share = k / count;
    const candidates = gaps
      .map((gap, g) => ({ gap, height: gapHeights[g], off: Math.abs(above[g] / total - share) }))
      .filter(({ gap, off }) => gap - previous >= minBand && height - gap >= minBand && off <= options.maxShareShift);
    // The tallest gap in reach: between sections (header, table, totals) rather than between a table's rows, where
    // Tesseract, shown the rows without the header, finds the columns differently. Nearer the even share on a tie.
    const best = candidates.sort((a, b) => b.height - a.height || a.off - b.off)[0];
    if (best) cuts.push(best.gap);
  }
  const edges = [0, ...cuts, height];
  return edges.slice(1).map((bottom, i) => ({ top: edges[i], bottom }));
}

/** The rows of one band, sharing the page's pixels. */
export function bandImage(image: GreyImage, band: PageBand): GreyImage {
  return { width: image.width, height: band.bottom - band.top, pixels: image.pixels.subarray(band.top * image.width, band.bottom * image.width) };
}

/**
 * The bands' readings as one reading of the page: boxes moved down by their band's top, and blocks numbered on
 * from the band above, so no two bands share a block (the line grouping keys words by block, paragraph and line).
 */
export function mergeBandReadings(readings: ReadonlyArray<{ band: PageBand; page: TsvPage }>, size: { width: number; height: number }): TsvPage {
  const words: TsvPage['words'] = [];
  let blocks = 0;
  for (const { band, page } of readings) {
    let last = 0;
    for (const word of page.words) {
      words.push({ ...word, block: word.block + blocks, top: word.top + band.top });
      last = Math.max(last, word.block);
    }
    blocks += last;
  }
  return { page: readings[0]?.page.page ?? 1, width: size.width, height: size.height, words };
}
