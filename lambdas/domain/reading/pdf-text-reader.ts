import type { Box, DocumentPage, TextItem, TextLine } from '../document-model';
import { DocumentRejectedError } from '../errors';
import { loadPdfJs, type PdfJs } from './load-pdfjs';

export interface PdfReadLimits {
  maxPages: number;
  /** Cap on the decompressed size of all Flate streams (PDF bomb guard); default 512 MB. */
  maxInflatedBytes?: number;
  /** Return pages without usable text instead of failing: an OCR engine will read them. */
  allowEmptyTextLayer?: boolean;
}

/** Fewer printable characters than this on every page means the text layer is absent or useless. */
const MIN_TEXT_CHARS = 20;

interface PositionedItem extends TextItem {
  baseline: number;
  height: number;
}

/**
 * Reads the text layer of a PDF with the position of every text run, page by page. The caller (readDocument)
 * has already refused PDF bombs, before anything opened the file.
 */
export async function readPdfText(bytes: Uint8Array, limits: PdfReadLimits): Promise<DocumentPage[]> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(), // pdf.js takes ownership of (and detaches) the buffer it is given
      isEvalSupported: false, // never compile font programs to JS: the input is untrusted
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw classifyPdfError(error);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new DocumentRejectedError('read', 'too-many-pages', `the PDF has ${doc.numPages} pages; the limit is ${limits.maxPages}`);
    }
    const pages: DocumentPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const text = raw.str.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const [, , , scaleY, x, y] = raw.transform as number[];
        const height = raw.height || Math.abs(scaleY) || 1;
        items.push({ text, baseline: y, height, box: toBox(x, y, raw.width, height, viewport.width, viewport.height) });
      }
      pages.push({ page: n, engine: 'pdf-text', width: viewport.width, height: viewport.height, lines: groupIntoLines(items) });
      page.cleanup();
    }
    const chars = pages.reduce((sum, p) => sum + p.lines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0), 0);
    if (!limits.allowEmptyTextLayer && chars < MIN_TEXT_CHARS * pages.length) {
      throw new DocumentRejectedError('read', 'needs-ocr', 'the PDF has no usable text layer (a scan); OCR is required');
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function toBox(x: number, y: number, width: number, height: number, pageWidth: number, pageHeight: number): Box {
  const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000;
  return [round(x / pageWidth), round((pageHeight - y - height) / pageHeight), round((x + width) / pageWidth), round((pageHeight - y) / pageHeight)];
}

/** Items whose baselines lie within half a text height of each other form one printed line. */
function groupIntoLines(items: PositionedItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => b.baseline - a.baseline || a.box[0] - b.box[0]);
  const groups: PositionedItem[][] = [];
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(current[0].baseline - item.baseline) <= Math.max(current[0].height, item.height) * 0.5) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.box[0] - b.box[0]);
    const lineItems: TextItem[] = ordered.map(({ text, box }) => ({ text, box }));
    return {
      text: lineItems.map((i) => i.text).join(' '),
      box: [
        Math.min(...lineItems.map((i) => i.box[0])),
        Math.min(...lineItems.map((i) => i.box[1])),
        Math.max(...lineItems.map((i) => i.box[2])),
        Math.max(...lineItems.map((i) => i.box[3])),
      ] as Box,
      items: lineItems,
    };
  });
}

function classifyPdfError(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new DocumentRejectedError('read', 'encrypted', 'the PDF is password-protected');
  if (name === 'InvalidPDFException') return new DocumentRejectedError('read', 'corrupt', `the file is not a readable PDF (${message})`);
  return new DocumentRejectedError('read', 'corrupt', `the PDF could not be parsed (${message})`);
}
