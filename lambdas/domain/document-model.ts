/**
 * The normalised "what is printed where" model every reading engine produces (PDF text layer today,
 * Textract and Tesseract later), so extraction has one code path.
 * Boxes are normalised to the page: [x0, y0, x1, y1] in 0..1 with the origin at the top-left, as Textract does.
 */
import type { InvoiceModel } from './invoice-model';

export type Box = [number, number, number, number];

/** The smallest box holding all the given ones. */
export function unionBox(boxes: readonly Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

export type ReadingEngine = 'pdf-text' | 'tesseract' | 'textract' | 'e-invoice';

/** One run of text as the engine reported it (a PDF text item, an OCR word or cell). */
export interface TextItem {
  text: string;
  box: Box;
  /** 0..1; absent for text layers, which are exact. */
  confidence?: number;
  /**
   * OCR only: the words this run was assembled from, each with its own box and confidence. OCR engines emit
   * words; runs of words with no wide gap become one item so that an item means "a cell or a phrase" for
   * every engine, as it does for a PDF text layer. Absent when the item is a single word.
   */
  words?: TextItem[];
}

/** Items that share a baseline, left to right. */
export interface TextLine {
  text: string;
  box: Box;
  items: TextItem[];
}

export interface DocumentPage {
  page: number;
  engine: ReadingEngine;
  /** Scripts seen on the page (latin, cyrillic, han), which decide the OCR engine. */
  scripts?: string[];
  /** Pixels for raster pages, points for PDF text; 1 × 1 when the engine reports only normalised geometry (Textract). */
  width: number;
  height: number;
  lines: TextLine[];
  /** Tables the engine recognised as such (Textract TABLES); the same text also appears in `lines`. */
  tables?: TextTable[];
  /**
   * Clockwise degrees the scanned image was turned from upright (0, 90, 180, 270). Boxes, width and height
   * always describe the upright page, so they do not match the raw image when this is not 0.
   */
  rotation?: number;
  /**
   * Clockwise degrees a scanned sheet lay askew (a turn of a degree or three on the glass), taken out before OCR.
   * Boxes describe the straightened page: turn them by this angle about the page centre to draw them on the raw scan.
   */
  skewDegrees?: number;
  /** OCR language models used for the page (for example "rus+eng"), kept for the audit trail. */
  ocrLanguages?: string;
}

/** A table as a grid; merged cells appear once, at their top-left position, with their spans. */
export interface TextTable {
  box: Box;
  rows: number;
  columns: number;
  cells: TableCell[];
  confidence?: number;
  /** Printed title of the table, when the engine found one. */
  title?: string;
}

export interface TableCell {
  /** 1-based, as Textract numbers them. */
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  text: string;
  box: Box;
  confidence?: number;
  /** The engine marked the cell as a column header. */
  header?: boolean;
}

export interface ReadDocument {
  mediaType: string;
  pages: DocumentPage[];
  /**
   * A structured e-invoice found in the file (an XML upload, or XML embedded in a PDF): exact values that
   * extraction prefers to the visible text, and cross-checks against it.
   */
  /**
   * Scanned pages an asynchronous engine is still reading (a multi-page Textract job): `pages` lacks them
   * until the job's completion merges them in.
   */
  pendingOcr?: { engine: 'textract'; pages: number[] };
  eInvoice?: { syntax: string; profile?: string; fileName?: string; model: InvoiceModel; headerEvidence?: Record<string, Evidence | undefined> };
}

/** Where in the document a value came from: the evidence every extracted field and finding carries. */
export interface Evidence {
  page: number;
  box: Box;
  text: string;
  /** 0..1: the reading engine's confidence, lowered when a value was inferred rather than labelled. */
  confidence?: number;
}
