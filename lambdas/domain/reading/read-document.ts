import type { ReadDocument } from '../document-model';
import { DocumentRejectedError } from '../errors';
import { detectMediaType, IMAGE_MEDIA_TYPES } from './detect-media-type';
import { readPdfText, type PdfReadLimits } from './pdf-text-reader';

/** Routes a document to the engine that can read it. Scans wait for the OCR engines (Tesseract/Textract). */
export async function readDocument(bytes: Uint8Array, limits: PdfReadLimits): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentRejectedError('read', 'empty', 'the file is empty (0 bytes)');
  const mediaType = detectMediaType(bytes.subarray(0, 64));
  if (mediaType === 'application/pdf') return { mediaType, pages: await readPdfText(bytes, limits) };
  if (IMAGE_MEDIA_TYPES.has(mediaType)) {
    throw new DocumentRejectedError('read', 'needs-ocr', `the file is an image (${mediaType}); OCR is required`);
  }
  throw new DocumentRejectedError('read', 'unsupported-type', `unsupported file type (${mediaType}); upload a PDF or an image`);
}
