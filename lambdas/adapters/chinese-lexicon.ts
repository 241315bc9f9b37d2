import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HanLexicon } from '../domain/reading/ocr/han-lexicon';

/**
 * The Chinese words han-lexicon.ts checks PaddleOCR's characters against: jieba's dictionary (349,045 entries, MIT
 * licence, shipped as `dict.txt` in the npm package @node-rs/jieba; one "word frequency tag" a line). Only words of
 * two to four Han characters are kept (330,349), loaded once per process on the first Chinese page (about 0.2 s).
 *
 * They stay in UTF-8, one sorted table of fixed-width entries per word length, and are looked up by binary search:
 * 2.2 MB outside the JavaScript heap. Splitting the file into strings first cost 90 MB of resident memory that the
 * process never gave back (a Set of the words holds 22 MB of heap).
 */
export async function loadChineseLexicon(): Promise<HanLexicon> {
  const require = createRequire(__filename);
  const dict = await readFile(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  const offsets = new Map<number, number[]>();
  for (let start = 0; start < dict.length; ) {
    const newline = dict.indexOf(0x0a, start);
    const end = newline < 0 ? dict.length : newline;
    const space = dict.indexOf(0x20, start);
    const wordEnd = space >= 0 && space < end ? space : end;
    const characters = (wordEnd - start) / 3;
    if (Number.isInteger(characters) && characters >= 2 && characters <= 4 && allHan(dict, start, wordEnd)) {
      const list = offsets.get(characters) ?? [];
      list.push(start);
      offsets.set(characters, list);
    }
    start = end + 1;
  }
  return new Utf8WordTables(dict, offsets);
}

/** Whether bytes [start, end) are three-byte UTF-8 sequences of Han characters (U+3400–U+9FFF, U+F900–U+FAFF). */
function allHan(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at += 3) {
    const [b0, b1, b2] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    if ((b0 & 0xf0) !== 0xe0 || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return false;
    const codePoint = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    if (!((codePoint >= 0x3400 && codePoint <= 0x9fff) || (codePoint >= 0xf900 && codePoint <= 0xfaff))) return false;
  }
  return true;
}

/** UTF-8 byte order is code point order, so the tables sort and search as bytes. */
class Utf8WordTables implements HanLexicon {
  private readonly tables = new Map<number, Buffer>();

  constructor(dict: Buffer, offsets: ReadonlyMap<number, number[]>) {
    for (const [characters, starts] of offsets) {
      const width = 3 * characters;
      starts.sort((a, b) => dict.compare(dict, b, b + width, a, a + width));
      const table = Buffer.alloc(starts.length * width);
      let entries = 0;
      for (const start of starts) {
        // Duplicates (the list repeats a few words) are written once.
        if (entries > 0 && dict.compare(table, (entries - 1) * width, entries * width, start, start + width) === 0) continue;
        dict.copy(table, entries * width, start, start + width);
        entries++;
      }
      this.tables.set(characters, table.subarray(0, entries * width));
    }
  }

  has(word: string): boolean {
    const table = this.tables.get(word.length);
    if (!table) return false;
    const query = Buffer.from(word, 'utf8');
    const width = query.length;
    if (width !== 3 * word.length) return false;
    let low = 0;
    let high = table.length / width - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = table.compare(query, 0, width, middle * width, (middle + 1) * width);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
