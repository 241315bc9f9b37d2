import type { DocumentPage, ReadDocument } from '../document-model';
import { extractEmbeddedXml } from '../einvoice/extract-embedded-xml';
import { parseEInvoice } from '../einvoice/parse-einvoice';
import { DocumentRejectedError } from '../errors';
import { detectMediaType, IMAGE_MEDIA_TYPES } from './detect-media-type';
import { assertImageWithinLimits } from './ocr/image-dimensions';
import { defaultRoutingPolicy, pageText, routePage } from './ocr/route-engine';
import { assertNoPdfBomb, DEFAULT_MAX_INFLATED_BYTES } from './pdf-bomb-guard';
import { readPdfText, type PdfReadLimits } from './pdf-text-reader';

/** The OCR engines the runtime provides (Tesseract locally; Tesseract and Textract in the AWS image). */
export interface OcrPort {
  readImage(bytes: Uint8Array): Promise<DocumentPage[]>;
  readPdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<DocumentPage[]>;
  /**
   * Of these scanned pages, the ones an asynchronous engine should read instead (a multi-page Textract job
   * started by the next stage); the others are read now. Absent: every page is read now.
   */
  deferPdfPages?(pdf: Uint8Array, pages: readonly number[]): Promise<{ engine: 'textract'; pages: number[] } | undefined>;
}

export interface ReadOptions extends PdfReadLimits {
  ocr?: OcrPort;
}

/**
 * Routes a document to the reader that can read it: structured e-invoices (XML, or XML embedded in a PDF)
 * are exact; PDF text layers are read with positions; scans wait for the OCR engines.
 */
export async function readDocument(bytes: Uint8Array, limits: ReadOptions): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentRejectedError('read', 'empty', 'the file is empty (0 bytes)');
  const mediaType = detectMediaType(bytes.subarray(0, 64));
  if (mediaType === 'application/xml') return { mediaType, pages: [], eInvoice: readXmlEInvoice(bytes) };
  if (mediaType === 'application/pdf') {
    // Before pdf.js opens the file for anything, its attachments included.
    assertNoPdfBomb(bytes, limits.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES);
    const embedded = await extractEmbeddedXml(bytes).catch(() => undefined);
    const eInvoice = embedded ? tryParse(embedded.xml, embedded.fileName) : undefined;
    try {
      return { mediaType, ...(await readPdfPages(bytes, limits)), ...(eInvoice ? { eInvoice } : {}) };
    } catch (error) {
      // A PDF whose visible layer is a scan still has its exact e-invoice.
      if (eInvoice && error instanceof DocumentRejectedError && error.code === 'needs-ocr') return { mediaType, pages: [], eInvoice };
      throw error;
    }
  }
  if (IMAGE_MEDIA_TYPES.has(mediaType)) {
    assertImageWithinLimits(bytes); // from the header alone, before anything decodes the pixels
    if (!limits.ocr) throw new DocumentRejectedError('read', 'needs-ocr', `the file is an image (${mediaType}) and no OCR engine runs here`);
    return { mediaType, pages: await withOcrFailures(() => limits.ocr!.readImage(bytes)) };
  }
  throw new DocumentRejectedError('read', 'unsupported-type', `unsupported file type (${mediaType}); upload a PDF, an image or an e-invoice XML`);
}

/**
 * Each page is routed on its own: a real text layer is read as is; an empty or garbage one (a scanned page,
 * glyphs without Unicode) goes to OCR. Without an OCR engine, a document with no readable page needs OCR.
 */
async function readPdfPages(bytes: Uint8Array, options: ReadOptions): Promise<Pick<ReadDocument, 'pages' | 'pendingOcr'>> {
  const textPages = await readPdfText(bytes, { ...options, allowEmptyTextLayer: true });
  const policy = defaultRoutingPolicy('local', { textractEnabled: false });
  const routes = textPages.map((page) => routePage({ page: page.page, textLayer: pageText(page) }, policy));
  const toOcr = routes.filter((r) => r.engine !== 'pdf-text').map((r) => r.page);
  // routePage counted the scripts of each text layer it judged usable.
  const readable = textPages.flatMap((p, i) => (toOcr.includes(p.page) ? [] : [{ ...p, scripts: routes[i].scripts }]));
  if (!toOcr.length) return { pages: readable };
  const ocr = options.ocr;
  if (!ocr) {
    if (readable.length) return { pages: readable };
    throw new DocumentRejectedError('read', 'needs-ocr', 'the PDF has no usable text layer (a scan) and no OCR engine runs here');
  }
  const pendingOcr = ocr.deferPdfPages ? await withOcrFailures(() => ocr.deferPdfPages!(bytes, toOcr)) : undefined;
  const now = toOcr.filter((page) => !pendingOcr?.pages.includes(page));
  const ocrPages = now.length ? await withOcrFailures(() => ocr.readPdfPages(bytes, now)) : [];
  return { pages: [...readable, ...ocrPages].sort((a, b) => a.page - b.page), ...(pendingOcr ? { pendingOcr } : {}) };
}

/** An OCR engine that cannot rasterise or read a malformed file ends the document with a clear reason. */
async function withOcrFailures<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DocumentRejectedError) throw error;
    throw new DocumentRejectedError('read', 'ocr-failed', `the OCR engine could not read the scanned pages: ${(error as Error).message}`.slice(0, 500));
  }
}

function readXmlEInvoice(bytes: Uint8Array): NonNullable<ReadDocument['eInvoice']> {
  try {
    return eInvoiceOf(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    throw new DocumentRejectedError('read', 'unsupported-type', `the XML is not a readable e-invoice: ${(error as Error).message}`);
  }
}

function tryParse(xml: string, fileName: string): ReadDocument['eInvoice'] {
  try {
    return { ...eInvoiceOf(xml), fileName };
  } catch {
    return undefined; // an attachment that is not an e-invoice we read: the visible text still counts
  }
}

function eInvoiceOf(xml: string): NonNullable<ReadDocument['eInvoice']> {
  const parsed = parseEInvoice(xml);
  return { syntax: parsed.syntax, profile: parsed.profile, model: parsed.model, headerEvidence: parsed.headerEvidence as Record<string, never> };
}
