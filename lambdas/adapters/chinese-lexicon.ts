import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HanLexicon } from '../domain/reading/ocr/han-lexicon';

/**
 * The Chinese words han-lexicon.ts checks PaddleOCR's characters against: jieba's dictionary (349,045 entries, MIT
 * licence, shipped as `dict.txt` in the npm package @node-rs/jieba; one "word frequency tag" a line). Only words of
 * two to four Han characters are kept (about 330,000), loaded once per process on the first Chinese page (about
 * 0.2 s). They are kept as one sorted string per word length and looked up by binary search: about 2 MB, where a
 * Set of the same words keeps 22 MB of heap.
 */
export async function loadChineseLexicon(): Promise<HanLexicon> {
  const require = createRequire(__filename);
  const text = await readFile(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8');
  const byLength = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const word = line.slice(0, line.indexOf(' '));
    // Han characters outside the BMP are rare in goods names; one UTF-16 unit a character keeps entries fixed-width.
    if (word.length < 2 || word.length > 4 || !/^[\u3400-\u9fff\uf900-\ufaff]+$/u.test(word)) continue;
    const words = byLength.get(word.length) ?? [];
    words.push(word);
    byLength.set(word.length, words);
  }
  return new SortedWords(byLength);
}

/** Words of equal length concatenated in sorted order, one string per length. */
class SortedWords implements HanLexicon {
  private readonly tables = new Map<number, string>();

  constructor(byLength: ReadonlyMap<number, string[]>) {
    for (const [length, words] of byLength) this.tables.set(length, [...new Set(words)].sort().join(''));
  }

  has(word: string): boolean {
    const table = this.tables.get(word.length);
    if (!table) return false;
    let low = 0;
    let high = table.length / word.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entry = table.slice(middle * word.length, (middle + 1) * word.length);
      if (entry === word) return true;
      if (entry < word) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
