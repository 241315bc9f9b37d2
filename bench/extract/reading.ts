/**
 * How the benchmark reads a document: the pipeline's readDocument first, exactly as production does.
 * A scan that readDocument refuses as `needs-ocr` goes to an OCR hook, so scans are scored as soon as
 * an OCR engine exists, before readDocument itself routes to it:
 *
 *   1. --ocr-module <file>: a module exporting `readScan(bytes): Promise<ReadDocument | DocumentPage[]>`
 *      (any engine: Textract, a new Tesseract wrapper…). This is the hook to plug other engines in.
 *   2. otherwise the Tesseract adapter (lambdas/adapters/tesseract-ocr.ts, class TesseractOcr with
 *      readImage / readPdfPages), when it is present and `tesseract` runs;
 *   3. otherwise scans stay failures, reported per engine as `needs-ocr`.
 *
 * Adapters are loaded by path, not imported statically: the benchmark must keep running while
 * those modules are being written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentPage, ReadDocument } from '../../lambdas/domain/document-model';
import { DocumentRejectedError } from '../../lambdas/domain/errors';
import { detectMediaType } from '../../lambdas/domain/reading/detect-media-type';
import { readDocument } from '../../lambdas/domain/reading/read-document';
import { REPO_ROOT } from './truth-loaders';

const exec = promisify(execFile);
export const MAX_PAGES = 50;

export type ScanReader = (bytes: Uint8Array) => Promise<ReadDocument>;

export interface OcrHook {
  name: string;
  read: ScanReader;
}

interface TesseractLike {
  readImage(bytes: Uint8Array): Promise<DocumentPage[]>;
  readPdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<DocumentPage[]>;
}

async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  // pdfinfo reads only the page tree; pdf.js would parse the whole image-only PDF to count its pages.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-extract-'));
  try {
    const file = path.join(dir, 'scan.pdf');
    await writeFile(file, bytes);
    const { stdout } = await exec('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
    if (!pages) throw new Error('pdfinfo reported no pages');
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function tesseractHook(ocr: TesseractLike): ScanReader {
  return async (bytes) => {
    const mediaType = detectMediaType(bytes.subarray(0, 64));
    if (mediaType === 'application/pdf') {
      const count = Math.min(await pdfPageCount(bytes), MAX_PAGES);
      return { mediaType, pages: await ocr.readPdfPages(bytes, Array.from({ length: count }, (_, i) => i + 1)) };
    }
    return { mediaType, pages: await ocr.readImage(bytes) };
  };
}

async function customHook(modulePath: string): Promise<OcrHook> {
  const mod = (await import(path.resolve(modulePath))) as { readScan?: (bytes: Uint8Array) => Promise<ReadDocument | DocumentPage[]> };
  const readScan = mod.readScan;
  if (typeof readScan !== 'function') throw new Error(`${modulePath} does not export readScan(bytes)`);
  return {
    name: `${path.basename(modulePath)} readScan`,
    read: async (bytes) => {
      const result = await readScan(bytes);
      return Array.isArray(result) ? { mediaType: detectMediaType(bytes.subarray(0, 64)), pages: result } : result;
    },
  };
}

/** The OCR hook to use, and why there is none when there is none. */
export async function resolveOcrHook(mode: 'auto' | 'none', modulePath?: string): Promise<{ hook?: OcrHook; note: string }> {
  if (mode === 'none') return { note: 'OCR disabled (--ocr none)' };
  if (modulePath) {
    const hook = await customHook(modulePath);
    return { hook, note: `scans read by ${hook.name}` };
  }
  try {
    const mod = (await import(path.join(REPO_ROOT, 'lambdas', 'adapters', 'tesseract-ocr'))) as { TesseractOcr?: new () => TesseractLike };
    if (typeof mod.TesseractOcr !== 'function') return { note: 'lambdas/adapters/tesseract-ocr.ts has no TesseractOcr class: scans are not read' };
    const ocr = new mod.TesseractOcr();
    if (typeof ocr.readImage !== 'function' || typeof ocr.readPdfPages !== 'function') {
      return { note: 'TesseractOcr lacks readImage/readPdfPages: scans are not read (pass --ocr-module)' };
    }
    await exec('tesseract', ['--version']);
    return { hook: { name: 'TesseractOcr (lambdas/adapters/tesseract-ocr.ts)', read: tesseractHook(ocr) }, note: 'scans refused by readDocument are read by TesseractOcr' };
  } catch (error) {
    return { note: `no OCR engine available (${(error as Error).message.split('\n')[0]}): scans count as failures` };
  }
}

export interface ReadOutcome {
  document?: ReadDocument;
  /** Engines of the pages read ("pdf-text", "tesseract"), or "failed:<code>". */
  engine: string;
  error?: string;
}

export const enginesOf = (document: ReadDocument): string => [...new Set(document.pages.map((p) => p.engine))].sort().join('+');

/** readDocument, and the OCR hook for what readDocument refuses as needing OCR. */
export async function readForBench(bytes: Uint8Array, hook: OcrHook | undefined): Promise<ReadOutcome> {
  try {
    const document = await readDocument(bytes, { maxPages: MAX_PAGES });
    return { document, engine: enginesOf(document) };
  } catch (error) {
    const code = error instanceof DocumentRejectedError ? error.code : 'error';
    if (code !== 'needs-ocr' || !hook) return { engine: `failed:${code}`, error: (error as Error).message };
    try {
      const document = await hook.read(bytes);
      return { document, engine: enginesOf(document) };
    } catch (ocrError) {
      return { engine: `failed:ocr`, error: (ocrError as Error).message };
    }
  }
}
