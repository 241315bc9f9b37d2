import type { Box, DocumentPage } from '../../document-model';
import { assembleLines, estimateSkew, normaliseBox, round, type EngineLine } from './assemble-lines';
import { detectScripts } from './detect-scripts';
import { CYRILLIC_LOOK_ALIKES, LATIN_LOOK_ALIKES, writeIn } from '../../look-alike-letters';

/**
 * Pure parsing of Tesseract's command-line output (`tsv` and `--psm 0` OSD), so the adapter that runs the
 * binary stays thin and the parsing is testable without it.
 */

export interface TsvWord {
  block: number;
  paragraph: number;
  line: number;
  word: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0..1 */
  confidence: number;
  text: string;
}

export interface TsvPage {
  /** 1-based, in the order Tesseract read the pages (multi-page TIFF). */
  page: number;
  /** Pixels of the image as given to Tesseract (not rotated). */
  width: number;
  height: number;
  words: TsvWord[];
}

const WORD_LEVEL = 5;
const PAGE_LEVEL = 1;

/**
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text.
 * Level 1 rows carry the page size, level 5 rows the words; the levels in between are implied by the numbers.
 */
export function parseTesseractTsv(tsv: string): TsvPage[] {
  const pages = new Map<number, TsvPage>();
  for (const row of tsv.split(/\r?\n/)) {
    const fields = row.split('\t');
    if (fields.length < 11) continue;
    const numbers = fields.slice(0, 11).map(Number);
    if (numbers.some((n) => !Number.isFinite(n))) continue; // the header row, or a damaged one
    const [level, pageNum, block, paragraph, line, word, left, top, width, height, conf] = numbers;
    const page = pages.get(pageNum) ?? { page: pageNum, width: 0, height: 0, words: [] };
    pages.set(pageNum, page);
    if (level === PAGE_LEVEL) {
      page.width = width;
      page.height = height;
    } else if (level === WORD_LEVEL) {
      const text = fields.slice(11).join('\t').trim();
      if (text) page.words.push({ block, paragraph, line, word, left, top, width, height, confidence: round(Math.max(0, conf) / 100), text });
    }
  }
  return [...pages.values()].sort((a, b) => a.page - b.page);
}

export interface OsdResult {
  /** 1-based page. */
  page: number;
  /** Clockwise degrees the page is turned from upright, as Tesseract reports "Orientation in degrees". */
  orientation: number;
  orientationConfidence: number;
  /** Tesseract's script name: Latin, Cyrillic, Han… */
  script?: string;
  scriptConfidence?: number;
}

/**
 * `tesseract img stdout --psm 0` prints one block per page ("Page number: 0", "Orientation in degrees: 90",
 * "Rotate: 270", "Script: Cyrillic"…). A page with too little text prints nothing for that page.
 */
export function parseTesseractOsd(output: string): OsdResult[] {
  const results: OsdResult[] = [];
  let current: OsdResult | undefined;
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z ]+):\s*(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, value] = match;
    if (key === 'Page number') {
      current = { page: Number(value) + 1, orientation: 0, orientationConfidence: 0 };
      results.push(current);
      continue;
    }
    if (!current) {
      // Older versions print a single block without "Page number".
      current = { page: 1, orientation: 0, orientationConfidence: 0 };
      results.push(current);
    }
    if (key === 'Orientation in degrees') current.orientation = Number(value);
    else if (key === 'Orientation confidence') current.orientationConfidence = Number(value);
    else if (key === 'Script') current.script = value;
    else if (key === 'Script confidence') current.scriptConfidence = Number(value);
  }
  return results.filter((r) => [0, 90, 180, 270].includes(r.orientation));
}

export type Rotation = 0 | 90 | 180 | 270;

/**
 * How the text runs in the image, from the reading order Tesseract reports: consecutive words of a line
 * advance rightwards on the upright page. With `--psm 1` Tesseract reads a turned page correctly but reports
 * the boxes in the turned image, so the direction the words travel tells how to turn the boxes back, without
 * trusting a separate OSD run. (Line-to-line steps are no help: lines of different lengths shift sideways.)
 * Returns the hint when the page has too few multi-word lines to tell.
 */
export function inferRotation(page: TsvPage, hint: Rotation = 0): Rotation {
  const votes = directionVotes(page);
  const ranked = (Object.entries(votes) as Array<[string, number]>).sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, n]) => s + n, 0);
  if (total < 3 || ranked[0][1] < total * 0.6) return hint;
  return Number(ranked[0][0]) as Rotation;
}

/**
 * Whether a reading shows its page upright beyond doubt: at least `minPairs` pairs of confident neighbouring words
 * on a line, nearly all advancing rightwards. A Chinese page read with the Cyrillic and Latin models shows it by its
 * numbers and Latin words; a page turned 90° read as it stands gives next to no confident words. One turned over can
 * show its figures upside down as figures («60» as «09» at 96 %), so the adapter still checks the reading this leads
 * to. Such a page needs no orientation detection (--psm 1 costs about 1 s more than --psm 3 on a Chinese page, and
 * reads an upright one the same).
 */
export function readsUpright(page: TsvPage, minPairs = 8, minConfidence = 0.8): boolean {
  const votes = directionVotes(page, minConfidence);
  const upright = votes[0];
  return upright >= minPairs && upright >= 0.9 * (votes[0] + votes[90] + votes[180] + votes[270]);
}

/**
 * Whether a reading shows two wide blocks of text side by side (a two-column party layout: seller left, buyer right),
 * each of at least `minLines` lines and `minWidthShare` of the page wide, overlapping down the page by half the
 * shorter one. A header table's label column is narrow (a label is a fifth of the page), so it does not count.
 */
export function printsSideBySideColumns(page: TsvPage, minLines = 2, minWidthShare = 0.25): boolean {
  const blocks = new Map<number, { left: number; right: number; top: number; bottom: number; lines: Set<string> }>();
  for (const w of page.words) {
    if (!w.text.trim()) continue;
    const b = blocks.get(w.block) ?? { left: w.left, right: w.left + w.width, top: w.top, bottom: w.top + w.height, lines: new Set<string>() };
    b.left = Math.min(b.left, w.left);
    b.right = Math.max(b.right, w.left + w.width);
    b.top = Math.min(b.top, w.top);
    b.bottom = Math.max(b.bottom, w.top + w.height);
    b.lines.add(`${w.paragraph}.${w.line}`);
    blocks.set(w.block, b);
  }
  const wide = [...blocks.values()].filter((b) => b.lines.size >= minLines && b.right - b.left >= minWidthShare * page.width);
  return wide.some((a) =>
    wide.some((b) => a.right <= b.left && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) >= 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top)),
  );
}

/** Which way each pair of neighbouring words on a line advances, counted over the pairs both at least `minConfidence`. */
function directionVotes(page: TsvPage, minConfidence = 0): Record<Rotation, number> {
  const votes: Record<Rotation, number> = { 0: 0, 90: 0, 180: 0, 270: 0 };
  for (const words of groupWords(page.words).values()) {
    for (let i = 1; i < words.length; i++) {
      if (words[i - 1].confidence < minConfidence || words[i].confidence < minConfidence) continue;
      votes[readingDirection(centre(words[i - 1]), centre(words[i]))]++;
    }
  }
  return votes;
}

/** Words advance +x upright, +y when the page is turned 90° clockwise, −x at 180°, −y at 270°. */
function readingDirection(from: [number, number], to: [number, number]): Rotation {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 180;
  return dy > 0 ? 90 : 270;
}

/**
 * A box in the turned image → the same box on the upright page, for an image that is the upright page
 * turned `rotation` degrees clockwise. Returns pixel coordinates and the upright page size.
 */
export function toUpright(left: number, top: number, width: number, height: number, image: { width: number; height: number }, rotation: Rotation): { box: Box; page: { width: number; height: number } } {
  const [u0, v0, u1, v1] = [left, top, left + width, top + height];
  const W = image.width;
  const H = image.height;
  switch (rotation) {
    case 90:
      return { box: [v0, W - u1, v1, W - u0], page: { width: H, height: W } };
    case 180:
      return { box: [W - u1, H - v1, W - u0, H - v0], page: { width: W, height: H } };
    case 270:
      return { box: [H - v1, u0, H - v0, u1], page: { width: H, height: W } };
    default:
      return { box: [u0, v0, u1, v1], page: { width: W, height: H } };
  }
}

export interface TsvToPageOptions {
  /** Page number in the document (a PDF page OCR'd on its own is page n, not 1). */
  pageNumber: number;
  /** Orientation from OSD, used only when the reading order is inconclusive. */
  rotationHint?: Rotation;
  /** Tesseract `-l` value used, recorded on the page. */
  languages?: string;
  /** Words below this confidence (0..1) are dropped: specks, rules and stamp fragments read as letters… */
  minWordConfidence?: number;
  /** …unless above this floor and shaped like the words of their line (plausibleLowConfidenceWord). */
  lowConfidenceFloor?: number;
  /** Gap, in text heights, that separates two cells of a row (see assembleLines). */
  phraseGap?: number;
}

export const DEFAULT_MIN_WORD_CONFIDENCE = 0.3;
/**
 * Degraded scans give real words low confidences too ("BEIJING" at 8.6 %, «фактура» at 17 %), as they give rules
 * and specks read as letters (6–25 %: «ESE», «Ше»). Below DEFAULT_MIN_WORD_CONFIDENCE, down to this floor, a word
 * is kept when its box has the shape of text on its line (plausibleLowConfidenceWord); under the floor, never.
 */
export const DEFAULT_LOW_CONFIDENCE_FLOOR = 0.05;
/** Word spaces are about a third of the text height; the gaps between table cells are several heights. */
export const DEFAULT_PHRASE_GAP = 1.2;

/** Two words of different lines that share this much of the smaller one's width and height are one piece of print. */
const REPEATED_READING_OVERLAP = 0.8;

/**
 * The page without words that are a second reading of print another line already holds. Tesseract (psm 1) sometimes
 * makes a block of its own of a piece of a line: on seed 47's 00060 «站» at 4 % in the very box of the row's «实验» at
 * 93 %, on 00016 «名» at 22 % over the first half of «货号» at 96 %; read again by PaddleOCR, each came back as a
 * confident «实验» or «货», printed twice. Of two words of different lines whose boxes cover each other (in both
 * directions, most of the smaller one's extent), the less confident is dropped, before any pass raises it.
 */
export function withoutRepeatedReadings(page: TsvPage): TsvPage {
  const repeated = new Set<TsvWord>();
  const byLeft = [...page.words].sort((a, b) => a.left - b.left);
  const covers = (start: number, end: number, otherStart: number, otherEnd: number) =>
    Math.min(end, otherEnd) - Math.max(start, otherStart) >= REPEATED_READING_OVERLAP * Math.min(end - start, otherEnd - otherStart);
  for (let i = 0; i < byLeft.length; i++) {
    const a = byLeft[i];
    for (let j = i + 1; j < byLeft.length && byLeft[j].left < a.left + a.width; j++) {
      const b = byLeft[j];
      if (a.block === b.block && a.paragraph === b.paragraph && a.line === b.line) continue;
      if (!covers(a.left, a.left + a.width, b.left, b.left + b.width) || !covers(a.top, a.top + a.height, b.top, b.top + b.height)) continue;
      repeated.add(a.confidence < b.confidence ? a : b);
    }
  }
  return repeated.size ? { ...page, words: page.words.filter((w) => !repeated.has(w)) } : page;
}

export function tsvPageToDocumentPage(tsvPage: TsvPage, options: TsvToPageOptions): DocumentPage {
  const minConfidence = options.minWordConfidence ?? DEFAULT_MIN_WORD_CONFIDENCE;
  const rotation = inferRotation(tsvPage, options.rotationHint ?? 0);
  const image = { width: tsvPage.width, height: tsvPage.height };
  const upright = toUpright(0, 0, 0, 0, image, rotation).page;
  const floor = Math.min(options.lowConfidenceFloor ?? DEFAULT_LOW_CONFIDENCE_FLOOR, minConfidence);
  const thickness = (w: TsvWord) => (rotation === 90 || rotation === 270 ? w.width : w.height);
  const confidentHeights = new Map<string, number[]>();
  for (const word of tsvPage.words) {
    if (word.confidence < minConfidence || !withoutTableRules(word.text)) continue;
    const key = `${word.block}:${word.paragraph}:${word.line}`;
    const heights = confidentHeights.get(key);
    if (heights) heights.push(thickness(word));
    else confidentHeights.set(key, [thickness(word)]);
  }
  const engineLines = new Map<string, EngineLine>();
  for (const word of tsvPage.words) {
    const text = withoutTableRules(word.text);
    // Tesseract's confidence in a Han character says little (a correct 达 at 0 %): its shape decides (below).
    if (!text || (word.confidence < floor && !HAN_WORD.test(text))) continue;
    if (word.confidence < minConfidence && !plausibleLowConfidenceWord(word, text, rotation, confidentHeights.get(`${word.block}:${word.paragraph}:${word.line}`))) continue;
    const { box } = toUpright(word.left, word.top, word.width, word.height, image, rotation);
    const key = `${word.block}:${word.paragraph}:${word.line}`;
    const line = engineLines.get(key) ?? { words: [] };
    engineLines.set(key, line);
    line.words.push({ text, box: normaliseBox(box[0], box[1], box[2], box[3], upright.width, upright.height), confidence: word.confidence });
  }
  for (const line of engineLines.values()) {
    restoreNumeroSign(line);
    restoreLegalFormLetters(line);
    repairScriptConfusions(line);
  }
  const aspect = upright.width / Math.max(upright.height, 1);
  const lines = assembleLines([...engineLines.values()], { phraseGap: options.phraseGap ?? DEFAULT_PHRASE_GAP, aspect, skew: estimateSkew([...engineLines.values()]) });
  const page: DocumentPage = {
    page: options.pageNumber,
    engine: 'tesseract',
    scripts: detectScripts(lines.map((l) => l.text).join('\n')),
    width: upright.width,
    height: upright.height,
    lines,
  };
  if (rotation !== 0) page.rotation = rotation;
  if (options.languages) page.ocrLanguages = options.languages;
  return page;
}

/**
 * A low-confidence word that looks like a word of its line: at least three letters or digits, as thick as the
 * line's confident words (0.7–1.5×), and as long as its characters need (0.3–1.3 thicknesses each). Rules read as
 * letters are far too long or too thin for their text («ESE» over 800 px, «Ше» 5 px high); a word alone on its
 * line, with no confident word to compare with, is not kept.
 */
export function plausibleLowConfidenceWord(word: TsvWord, text: string, rotation: Rotation, confidentThicknesses: readonly number[] | undefined): boolean {
  if (!confidentThicknesses?.length) return false;
  const core = text.replace(/[^\p{L}\p{N}]/gu, '');
  const characters = [...core].length;
  // Chinese is read a character or two per word: a doubtful 鑫 or 兹 dropped leaves a hole in a company's name
  // («西安 粮油有限公司»). A Han character is square, so its shape is checked more tightly; lone strokes (一 丨)
  // are what rules and specks are read as.
  const han = HAN_WORD.test(core) && !HAN_STROKES.test(core);
  if (characters < (han ? 1 : 3)) return false;
  const [thick, long] = rotation === 90 || rotation === 270 ? [word.width, word.height] : [word.height, word.width];
  const sorted = [...confidentThicknesses].sort((a, b) => a - b);
  const lineThickness = sorted[Math.floor(sorted.length / 2)];
  const perCharacter = long / (characters * Math.max(thick, 1));
  const [low, high] = han ? [0.6, 1.4] : [0.3, 1.3];
  return thick >= 0.7 * lineThickness && thick <= 1.5 * lineThickness && perCharacter >= low && perCharacter <= high;
}

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Han characters of one or two strokes, which a table rule or a speck is read as. */
const HAN_STROKES = /^[一丨丶丿乙亅二十]+$/u;

/**
 * Table rules next to a cell are read as "|" (or ¦ ‖): alone as a word, or glued to the cell's first or last
 * character ("|3150,00"). The bottom rule of a cell, or a fill-in line, is read as "_" («№: _ SHY20251536»). They
 * are never content on an invoice, so they go. A code read with "$" for its first "S" («$HY20251536»: capitals,
 * then digits; an amount has a digit after its "$") gets its letter back.
 */
export function withoutTableRules(text: string): string {
  return text.replace(/^[|¦‖_]+|[|¦‖_]+$/gu, '').trim().replace(/^\$(?=\p{Lu}+[-/]?\d)/u, 'S');
}

/**
 * The rus model reads "№" as "Ne" (or N°/Nº, or «Ме» on noisy scans) — on the sample scan every time. On a Cyrillic line, before a
 * word with a digit ("Ne KZ-2025-0117"), it can only be the numero sign, which extraction looks for. A label
 * cell ends in a colon («Шот-фактура № / Счёт-фактура №: SHY20251536» read as «… Ne: SHY20251536»): kept.
 */
export function restoreNumeroSign(line: EngineLine): void {
  if (!line.words.some((w) => /\p{Script=Cyrillic}/u.test(w.text))) return;
  line.words.forEach((word, i) => {
    const next = line.words[i + 1];
    const sign = /^(?:N[eе°º]|[MМ][eе])([:：]?)$/u.exec(word.text);
    if (sign && next && /\d/.test(next.text)) word.text = `№${sign[1]}`;
  });
}

/**
 * «ООО «Амур Электрон»» is read «000 «Амур Электрон»»: zeros for the round letters of a legal form («ОсОО» as
 * «Oc00»). A word of two to four 0/O/О before the opening quote of a name, not after a number (so «1 000 "…"» stays), is letters;
 * repairScriptConfusions then gives them the script of the line.
 */
export function restoreLegalFormLetters(line: EngineLine): void {
  line.words.forEach((word, i) => {
    const next = line.words[i + 1];
    const previous = line.words[i - 1];
    if (!next || !/^[«"“„]/u.test(next.text) || (previous && /\d$/.test(previous.text))) return;
    if (/^[0OО]{2,4}$/u.test(word.text) && word.text.includes('0')) word.text = word.text.replace(/0/g, 'О');
    // The Kyrgyz «ОсОО» (LLC) as «Oc00»/«Ос00».
    else if (/^[OО][cс][0OО]{2}$/u.test(word.text) && word.text.includes('0')) word.text = 'ОсОО';
  });
}

type WordScript = 'latin' | 'cyrillic' | 'either' | 'none';

/** Which script a word's letters decide on: letters with a look-alike in the other script decide nothing. */
export function wordScript(text: string): WordScript {
  let latin = false;
  let cyrillic = false;
  let lookalike = false;
  for (const ch of text) {
    if (LATIN_LOOK_ALIKES.includes(ch) || CYRILLIC_LOOK_ALIKES.includes(ch)) lookalike = true;
    else if (/\p{Script=Latin}/u.test(ch)) latin = true;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic = true;
  }
  if (latin && cyrillic) return 'none';
  return latin ? 'latin' : cyrillic ? 'cyrillic' : lookalike ? 'either' : 'none';
}

/**
 * Tesseract with rus+eng models picks Latin or Cyrillic for letters that look the same: «TOO «Жетысу…»»,
 * "ALITE TECHNOLOGIES СО., LTD.", «TH ВЭД», «Кол-вo». A word's look-alike letters take the script of its
 * other letters; a word made only of look-alikes («ТОО», "CO", «АО») takes the script of the nearest
 * deciding words on the line, when both sides agree (or punctuation says which side it belongs to). A code or model with digits whose letters all have
 * Latin look-alikes is written in Latin («АКТ-2025-0117», «Т-550», «5х35»): its neighbours say nothing about it.
 * One with a deciding letter follows that letter, as any word does («SНУ20251536» → "SHY20251536").
 */
export function repairScriptConfusions(line: EngineLine): void {
  const scripts = line.words.map((w) => {
    const script = wordScript(w.text);
    return /\d/.test(w.text) && script === 'either' ? 'latin' : script;
  });
  const nearest = (from: number, step: number) => {
    for (let i = from + step; i >= 0 && i < scripts.length; i += step) if (scripts[i] === 'latin' || scripts[i] === 'cyrillic') return scripts[i];
    return undefined;
  };
  line.words.forEach((word, i) => {
    let script = scripts[i];
    if (script === 'either') {
      const [left, right] = [nearest(i, -1), nearest(i, 1)];
      script = left && right && left !== right ? sideOfPunctuation(line.words, i, left, right) : (left ?? right ?? 'none');
    }
    if (script === 'latin' || script === 'cyrillic') word.text = writeIn(word.text, script);
  });
}

/**
 * Neighbours of two scripts: punctuation tells which phrase a look-alike word belongs to. «grade А, арт. 74746»: the
 * comma after «А» closes the Latin phrase before it; «Покупатель: TAMAX Trading»: the colon before it opens the one
 * after. Without punctuation the word is left as read.
 */
function sideOfPunctuation(words: readonly { text: string }[], i: number, left: WordScript, right: WordScript): WordScript {
  const closesPhrase = (text: string | undefined) => text !== undefined && /[,;:]$/u.test(text);
  if (closesPhrase(words[i].text) && !closesPhrase(words[i - 1]?.text)) return left;
  if (closesPhrase(words[i - 1]?.text) && !closesPhrase(words[i].text)) return right;
  return 'none';
}

function groupWords(words: readonly TsvWord[]): Map<string, TsvWord[]> {
  const lines = new Map<string, TsvWord[]>();
  for (const word of words) {
    const key = `${word.block}:${word.paragraph}:${word.line}`;
    const line = lines.get(key) ?? [];
    lines.set(key, line);
    line.push(word);
  }
  for (const line of lines.values()) line.sort((a, b) => a.word - b.word);
  return lines;
}

function centre(word: TsvWord): [number, number] {
  return [word.left + word.width / 2, word.top + word.height / 2];
}
