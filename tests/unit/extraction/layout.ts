import type { Box, DocumentPage, ReadDocument, TextItem, TextLine } from '../../../lambdas/domain/document-model';

/** One printed run: its text, where it starts (x, y as fractions of the page) and, optionally, its width. */
export type Run = [text: string, x: number, y: number, width?: number];

const HEIGHT = 0.012;
/** Width of a run from its length, about as a 10 pt font prints on A4. */
const widthOf = (text: string) => text.length * 0.0065;

/** A one-page (or more) text-layer document from runs; runs on the same y make one line, left to right. */
export function layout(...pages: Run[][]): ReadDocument {
  return {
    mediaType: 'application/pdf',
    pages: pages.map((runs, index): DocumentPage => {
      const byY = new Map<number, TextItem[]>();
      for (const [text, x, y, width] of runs) {
        const item: TextItem = { text, box: [x, y, x + (width ?? widthOf(text)), y + HEIGHT] };
        byY.set(y, [...(byY.get(y) ?? []), item]);
      }
      const lines: TextLine[] = [...byY.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, items]) => {
          items.sort((a, b) => a.box[0] - b.box[0]);
          const box: Box = [items[0].box[0], items[0].box[1], Math.max(...items.map((i) => i.box[2])), items[0].box[3]];
          return { text: items.map((i) => i.text).join(' '), box, items };
        });
      return { page: index + 1, engine: 'pdf-text', width: 595, height: 842, lines };
    }),
  };
}

/**
 * The same layout as OCR reports it: a Tesseract page whose items have a confidence, and words spread over each
 * item's width by length, each read at 0.95 unless `confidences` gives its own.
 */
export function scannedLayout(runs: Run[], confidences: Record<string, number> = {}): ReadDocument {
  return scannedPages([runs], confidences);
}

/** scannedLayout of several pages. */
export function scannedPages(pages: Run[][], confidences: Record<string, number> = {}): ReadDocument {
  const document = layout(...pages);
  for (const page of document.pages) {
    page.engine = 'tesseract';
    for (const item of page.lines.flatMap((l) => l.items)) {
      item.confidence = 0.95;
      const texts = item.text.split(' ');
      const perChar = (item.box[2] - item.box[0]) / item.text.length;
      let x = item.box[0];
      item.words = texts.map((text) => {
        const box: Box = [x, item.box[1], x + text.length * perChar, item.box[3]];
        x = box[2] + perChar;
        return { text, confidence: confidences[text] ?? 0.95, box };
      });
    }
  }
  return document;
}
