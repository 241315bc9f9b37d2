import { unionBox, type Box, type TextItem, type TextLine } from '../../document-model';

/** A word as an OCR engine reports it, box already normalised to the upright page. */
export interface OcrWord {
  text: string;
  box: Box;
  confidence?: number;
}

/** A line as the engine segmented it: its words, in reading order. */
export interface EngineLine {
  words: OcrWord[];
}

export interface AssembleOptions {
  /**
   * Split an engine line into separate items where the gap between two words exceeds this many text
   * heights (a table row read as one line). Infinity keeps each engine line as one item (Textract LINEs,
   * which the service already splits at column gaps).
   */
  phraseGap: number;
  /** Page width / height in pixels, to compare horizontal gaps with text heights; 1 when unknown. */
  aspect: number;
  /**
   * Slope of the printed rows on the page (normalised y per normalised x; estimateSkew), 0 when straight. A
   * scan turned by a degree or two makes the boxes of long rows taller than the text, so neighbouring rows
   * would overlap; rows are grouped on boxes with the slope taken out. The boxes reported stay as read.
   */
  skew?: number;
}

/**
 * Engine lines → the model's lines: items that share a baseline, left to right (as the PDF reader produces).
 * OCR engines cut a printed row into several lines at column gaps (Textract) or layout blocks (Tesseract);
 * extraction expects one line per printed row, with one item per cell or phrase.
 */
export function assembleLines(engineLines: readonly EngineLine[], options: AssembleOptions): TextLine[] {
  const segments = engineLines
    .map((line) => line.words.filter((w) => w.text.trim() !== ''))
    .filter((words) => words.length > 0)
    .map((words) => ({ box: unionBox(words.map((w) => w.box)), layout: levelled(words, options.skew ?? 0), items: splitIntoPhrases(words, options) }));
  const rows: Array<typeof segments> = [];
  for (const segment of [...segments].sort((a, b) => centreY(a.layout) - centreY(b.layout))) {
    const row = rows.find((r) => sameRow(r[0].layout, segment.layout));
    if (row) row.push(segment);
    else rows.push([segment]);
  }
  return rows
    .map((row) => {
      const items = row.flatMap((s) => s.items).sort((a, b) => a.box[0] - b.box[0]);
      return { text: items.map((i) => i.text).join(' '), box: unionBox(items.map((i) => i.box)), items };
    })
    .sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

/** The words' union box with the page's slope taken out (each word moved up or down by the slope at its centre). */
function levelled(words: readonly OcrWord[], skew: number): Box {
  if (!skew) return unionBox(words.map((w) => w.box));
  return unionBox(
    words.map((w) => {
      const shift = skew * ((w.box[0] + w.box[2]) / 2);
      return [w.box[0], w.box[1] - shift, w.box[2], w.box[3] - shift] as Box;
    }),
  );
}

/**
 * Slope of the printed rows: for each engine line of three or more words spanning a tenth of the page, the
 * least-squares slope of its word centres; the median over lines. 0 when fewer than three lines tell.
 */
export function estimateSkew(engineLines: readonly EngineLine[]): number {
  const slopes: number[] = [];
  for (const line of engineLines) {
    if (line.words.length < 3) continue;
    const points = line.words.map((w) => [(w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2]);
    const xs = points.map((p) => p[0]);
    if (Math.max(...xs) - Math.min(...xs) < 0.1) continue;
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = points.reduce((s, p) => s + p[1], 0) / points.length;
    const sxx = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    const sxy = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
    if (sxx > 0) slopes.push(sxy / sxx);
  }
  if (slopes.length < 3) return 0;
  const slope = median(slopes);
  // Beyond about 6° the page is not a skewed scan but something else (a rotated stamp, a chart): no correction.
  return Math.abs(slope) > 0.1 ? 0 : slope;
}

/** Two segments are one printed row when they overlap vertically by at least half the shorter one. */
function sameRow(a: Box, b: Box): boolean {
  const overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return overlap >= 0.5 * Math.min(a[3] - a[1], b[3] - b[1]);
}

function splitIntoPhrases(words: OcrWord[], options: AssembleOptions): TextItem[] {
  const ordered = [...words].sort((a, b) => a.box[0] - b.box[0]);
  const height = median(ordered.map((w) => w.box[3] - w.box[1]));
  const phrases: OcrWord[][] = [];
  for (const word of ordered) {
    const current = phrases[phrases.length - 1];
    const previous = current?.[current.length - 1];
    const gapInHeights = previous ? ((word.box[0] - previous.box[2]) * options.aspect) / Math.max(height, 1e-6) : 0;
    if (current && gapInHeights <= options.phraseGap) current.push(word);
    else phrases.push([word]);
  }
  return phrases.map(toItem);
}

function toItem(words: OcrWord[]): TextItem {
  const confidences = words.map((w) => w.confidence).filter((c): c is number => c !== undefined);
  const item: TextItem = { text: joinWords(words.map((w) => w.text)), box: unionBox(words.map((w) => w.box)) };
  // The mean, as Textract computes a LINE's confidence from its words; each word keeps its own.
  if (confidences.length) item.confidence = round(confidences.reduce((s, c) => s + c, 0) / confidences.length);
  if (words.length > 1) item.words = words.map((w) => ({ ...w }));
  return item;
}

/**
 * Chinese is written without spaces, also between an ideograph and a number ("2025年3月20日"); OCR engines
 * report each ideograph or two as a word, and joining them with spaces would break dates and names.
 */
export function joinWords(texts: readonly string[]): string {
  return texts.reduce((text, next, i) => (i === 0 ? next : noSpaceBetween(text, next) ? text + next : `${text} ${next}`), '');
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20';
const ENDS_CJK = new RegExp(`[${CJK}]$`, 'u');
const STARTS_CJK = new RegExp(`^[${CJK}]`, 'u');

function noSpaceBetween(before: string, after: string): boolean {
  return (ENDS_CJK.test(before) && (STARTS_CJK.test(after) || /^\d/.test(after))) || (/\d$/.test(before) && STARTS_CJK.test(after));
}


/** Normalised box from pixel/unit coordinates, clamped to the page and rounded like the PDF reader's. */
export function normaliseBox(x0: number, y0: number, x1: number, y1: number, width: number, height: number): Box {
  const clamp = (v: number) => round(Math.min(1, Math.max(0, v)));
  return [clamp(x0 / width), clamp(y0 / height), clamp(x1 / width), clamp(y1 / height)];
}

export function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function centreY(box: Box): number {
  return (box[1] + box[3]) / 2;
}

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}
