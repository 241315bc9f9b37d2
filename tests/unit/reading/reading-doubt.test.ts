import { isDoubtfulReading, readingConfidence } from '../../../lambdas/domain/reading/ocr/reading-doubt';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

const word = (text: string, confidence: number, i: number): TsvWord => ({ block: 1, paragraph: 1, line: i, word: 1, left: 10, top: 40 * i, width: 100, height: 30, confidence, text });
const page = (words: Array<[string, number]>): TsvPage => ({ page: 1, width: 2480, height: 3508, words: words.map(([t, c], i) => word(t, c, i)) });

describe('whether a pass read the page with the wrong models (reading-doubt.ts)', () => {
  test('a table of well-read numbers does not hide descriptions read with the wrong models', () => {
    // Recorded on a fresh Chinese scan read rus+eng+kaz: 276 numbers at 0.86, 108 words with letters at 0.48, 0.756 overall.
    const numbers = Array.from({ length: 276 }, (_, i): [string, number] => [`${1000 + i},00`, 0.862]);
    const garbled = Array.from({ length: 108 }, (): [string, number] => ['WRF', 0.484]);
    const reading = readingConfidence(page([...numbers, ...garbled]));
    expect(reading.confidence).toBeGreaterThan(0.75);
    expect(reading).toMatchObject({ words: 384, letteredWords: 108 });
    expect(isDoubtfulReading(reading, 0.75)).toBe(true);
  });

  test('a page read well, a blank page, or a few doubtful words among numbers are not doubtful', () => {
    const cyrillic = Array.from({ length: 60 }, (): [string, number] => ['Подшипник', 0.8]);
    expect(isDoubtfulReading(readingConfidence(page(cyrillic)), 0.75)).toBe(false);
    expect(isDoubtfulReading(readingConfidence(page([['—', 0.1], ['.', 0.2]])), 0.75)).toBe(false);
    const fewWords = [...Array.from({ length: 40 }, (): [string, number] => ['1 234,00', 0.9]), ...Array.from({ length: 10 }, (): [string, number] => ['шт', 0.5])];
    expect(isDoubtfulReading(readingConfidence(page(fewWords)), 0.75)).toBe(false);
    // A low mean confidence over all words is doubtful as before.
    expect(isDoubtfulReading(readingConfidence(page(Array.from({ length: 30 }, (): [string, number] => ['ой', 0.6]))), 0.75)).toBe(true);
  });
});
