import { inflateSync } from 'node:zlib';
import { DocumentRejectedError } from '../errors';

/** Default cap on the decompressed size of all Flate streams of one PDF. */
export const DEFAULT_MAX_INFLATED_BYTES = 512 * 1024 * 1024;

const STREAM_START = /stream\r?\n/g;
const ENDSTREAM = Buffer.from('endstream');

/**
 * A few kilobytes of Flate data can expand to gigabytes (a "PDF bomb"), and pdf.js would try to hold the
 * expansion in memory. Before pdf.js sees the file, every Flate stream is inflated with a cap on the total
 * output; exceeding it rejects the document. Streams we cannot inflate are left to pdf.js to judge.
 */
export function assertNoPdfBomb(bytes: Uint8Array, maxInflatedBytes: number): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let budget = maxInflatedBytes;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index! + match[0].length;
    const dictionary = text.slice(Math.max(0, match.index! - 512), match.index!);
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    const end = buffer.indexOf(ENDSTREAM, start);
    if (end < 0) break;
    try {
      budget -= inflateSync(buffer.subarray(start, end), { maxOutputLength: Math.max(1, budget), finishFlush: 2 /* Z_SYNC_FLUSH: tolerate truncated streams */ }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new DocumentRejectedError('read', 'pdf-bomb', `compressed streams expand beyond ${Math.round(maxInflatedBytes / 1024 / 1024)} MB; the file is not processed`);
      }
      continue; // not inflatable here (other filters, damage): pdf.js decides
    }
    if (budget <= 0) {
      throw new DocumentRejectedError('read', 'pdf-bomb', `compressed streams expand beyond ${Math.round(maxInflatedBytes / 1024 / 1024)} MB; the file is not processed`);
    }
  }
}
