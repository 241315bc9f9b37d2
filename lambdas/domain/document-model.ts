/**
 * The normalised "what is printed where" model every reading engine produces (PDF text layer today,
 * Textract and Tesseract later), so extraction has one code path.
 * Boxes are normalised to the page: [x0, y0, x1, y1] in 0..1 with the origin at the top-left, as Textract does.
 */
export type Box = [number, number, number, number];

export type ReadingEngine = 'pdf-text' | 'tesseract' | 'textract' | 'e-invoice';

/** One run of text as the engine reported it (a PDF text item, an OCR word or cell). */
export interface TextItem {
  text: string;
  box: Box;
  /** 0..1; absent for text layers, which are exact. */
  confidence?: number;
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
  width: number;
  height: number;
  lines: TextLine[];
}

export interface ReadDocument {
  mediaType: string;
  pages: DocumentPage[];
}

/** Where in the document a value came from: the evidence every extracted field and finding carries. */
export interface Evidence {
  page: number;
  box: Box;
  text: string;
  /** 0..1: the reading engine's confidence, lowered when a value was inferred rather than labelled. */
  confidence?: number;
}
