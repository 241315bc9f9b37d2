import type { ReadDocument } from '../document-model';
import { extractEmbeddedXml } from '../einvoice/extract-embedded-xml';
import { parseEInvoice } from '../einvoice/parse-einvoice';
import { DocumentRejectedError } from '../errors';
import { detectMediaType, IMAGE_MEDIA_TYPES } from './detect-media-type';
import { readPdfText, type PdfReadLimits } from './pdf-text-reader';

/**
 * Routes a document to the reader that can read it: structured e-invoices (XML, or XML embedded in a PDF)
 * are exact; PDF text layers are read with positions; scans wait for the OCR engines.
 */
export async function readDocument(bytes: Uint8Array, limits: PdfReadLimits): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentRejectedError('read', 'empty', 'the file is empty (0 bytes)');
  const mediaType = detectMediaType(bytes.subarray(0, 64));
  if (mediaType === 'application/xml') return { mediaType, pages: [], eInvoice: readXmlEInvoice(bytes) };
  if (mediaType === 'application/pdf') {
    const embedded = await extractEmbeddedXml(bytes).catch(() => undefined);
    const eInvoice = embedded ? tryParse(embedded.xml, embedded.fileName) : undefined;
    try {
      return { mediaType, pages: await readPdfText(bytes, limits), ...(eInvoice ? { eInvoice } : {}) };
    } catch (error) {
      // A PDF whose visible layer is a scan still has its exact e-invoice.
      if (eInvoice && error instanceof DocumentRejectedError && error.code === 'needs-ocr') return { mediaType, pages: [], eInvoice };
      throw error;
    }
  }
  if (IMAGE_MEDIA_TYPES.has(mediaType)) {
    throw new DocumentRejectedError('read', 'needs-ocr', `the file is an image (${mediaType}); OCR is required`);
  }
  throw new DocumentRejectedError('read', 'unsupported-type', `unsupported file type (${mediaType}); upload a PDF, an image or an e-invoice XML`);
}

function readXmlEInvoice(bytes: Uint8Array): NonNullable<ReadDocument['eInvoice']> {
  const xml = new TextDecoder('utf-8').decode(bytes);
  try {
    const parsed = parseEInvoice(xml);
    return { syntax: parsed.syntax, profile: parsed.profile, model: parsed.model, headerEvidence: parsed.headerEvidence as Record<string, never> };
  } catch (error) {
    throw new DocumentRejectedError('read', 'unsupported-type', `the XML is not a readable e-invoice: ${(error as Error).message}`);
  }
}

function tryParse(xml: string, fileName: string): ReadDocument['eInvoice'] {
  try {
    const parsed = parseEInvoice(xml);
    return { syntax: parsed.syntax, profile: parsed.profile, fileName, model: parsed.model, headerEvidence: parsed.headerEvidence as Record<string, never> };
  } catch {
    return undefined; // an attachment that is not an e-invoice we read: the visible text still counts
  }
}
