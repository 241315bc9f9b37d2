/**
 * An OCR hook for `run.ts --ocr-module bench/extract/cached-ocr.ts`: reads a scan with the default engine
 * (the TesseractOcr adapter, as `--ocr auto` does) and keeps what it read, keyed by the scan's SHA-256, so
 * an extraction rule can be re-scored on a whole corpus in seconds instead of re-reading every page.
 *
 *   OCR_CACHE_DIR=/tmp/ocr-a[:/tmp/ocr-b…]   directories to look in, in order; new readings go to the first.
 *
 * A cached reading is only valid for the OCR code that wrote it: start a new directory after changing
 * anything under lambdas/domain/reading/ocr or the adapter, or the scores measure stale readings.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadDocument } from '../../lambdas/domain/document-model';
import { resolveOcrHook, type ScanReader } from './reading';

const directories = (process.env.OCR_CACHE_DIR ?? '').split(':').filter(Boolean);
if (directories.length === 0) throw new Error('cached-ocr: set OCR_CACHE_DIR to one or more directories (a:b:c)');

let engine: Promise<ScanReader> | undefined;
const defaultEngine = (): Promise<ScanReader> =>
  (engine ??= resolveOcrHook('auto').then(({ hook, note }) => {
    if (!hook) throw new Error(`cached-ocr: ${note}`);
    return hook.read;
  }));

async function cached(key: string): Promise<ReadDocument | undefined> {
  for (const directory of directories) {
    try {
      return JSON.parse(await readFile(path.join(directory, `${key}.json`), 'utf8')) as ReadDocument;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

export async function readScan(bytes: Uint8Array): Promise<ReadDocument> {
  const key = createHash('sha256').update(bytes).digest('hex');
  const hit = await cached(key);
  if (hit) return hit;
  const document = await (await defaultEngine())(bytes);
  await mkdir(directories[0], { recursive: true });
  // Written whole then renamed, so a run stopped midway never leaves a half file that later runs would trust.
  const file = path.join(directories[0], `${key}.json`);
  await writeFile(`${file}.partial`, JSON.stringify(document));
  await rename(`${file}.partial`, file);
  return document;
}
