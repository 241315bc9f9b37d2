import { mergedLineWords, mergedLinesStrips, restoreMergedLines } from '../../../lambdas/domain/reading/ocr/merged-lines';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

const word = (text: string, left: number, top: number, width: number, height: number, confidence = 0.95, line = 1): TsvWord => ({ block: 1, paragraph: 1, line, word: 1, left, top, width, height, confidence, text });
const page = (words: TsvWord[]): TsvPage => ({ page: 1, width: 2481, height: 3508, words });

// Recorded on 00323 (seed 7), page 2, row 17: the two-line description cell read as one line of double height.
const row17 = [
  word('17', 220, 640, 40, 28),
  word('Sonat', 345, 610, 300, 91, 0.4),
  word('ace', 660, 617, 200, 77, 0.49),
  word('ch/', 965, 617, 70, 28, 0.92),
  word('9030200000', 1130, 640, 250, 28, 0.89),
  word('44', 1490, 640, 50, 28, 0.94),
  word('339,573.08', 2085, 640, 200, 28, 0.93),
];

describe('words read across two printed lines (merged-lines.ts)', () => {
  test('doubted words far taller than the numbers on their line are merged lines; a title, sure tall print, a stamp and a lone word are not', () => {
    const reading = page([
      ...row17,
      // A title: every word of its line as tall.
      word('ИНВОЙС', 150, 100, 400, 90, 0.96, 2), word('INVOICE', 600, 100, 400, 90, 0.96, 2),
      // Tall print read surely (a bold heading in a table row) is not read again.
      word('ИТОГО', 150, 2000, 300, 70, 0.95, 7), word('12', 500, 2020, 40, 28, 0.95, 7), word('450,00', 600, 2020, 150, 28, 0.95, 7),
      // A code as tall as capitals beside x-height words (1.6×) is one line.
      word('8413702100', 150, 1500, 250, 45, 0.7, 6), word('pump', 450, 1510, 100, 28, 0.95, 6), word('kW', 600, 1505, 50, 28, 0.95, 6),
      // A stamp beside a signature line: six times the height of its neighbour.
      word('ПЕЧАТЬ', 300, 3000, 500, 180, 0.3, 3), word('Подпись', 900, 3120, 150, 30, 0.9, 3),
      word('Итого', 150, 2800, 200, 70, 0.5, 4),
    ]);
    expect(mergedLineWords(reading).map((group) => group.map((w) => w.text))).toEqual([['Sonat', 'ace']]);
    const sheet = mergedLinesStrips(reading);
    expect(sheet.strips).toHaveLength(1);
    expect(sheet.strips[0].source[1]).toBeLessThan(610);
    expect(sheet.strips[0].source[1] + sheet.strips[0].source[3]).toBeGreaterThan(701);
  });

  test('the block reading of the region takes the merged words\' place, as lines of their own', () => {
    const first = page(row17);
    const block = page([
      word('Осциллограф', 345, 612, 230, 32, 0.93, 1), word('цифровой', 590, 612, 170, 32, 0.96, 1), word('200', 775, 612, 60, 30, 0.97, 1),
      word('Digital', 345, 662, 130, 32, 0.97, 2), word('oscilloscope,', 490, 662, 230, 32, 0.96, 2), word('арт.', 735, 665, 70, 28, 0.96, 2),
    ]);
    const restored = restoreMergedLines(first, block);
    expect(restored.words.map((w) => w.text).sort()).toEqual(['17', '200', '339,573.08', '44', '9030200000', 'Digital', 'ch/', 'oscilloscope,', 'Осциллограф', 'арт.', 'цифровой'].sort());
    const lineOf = (text: string) => restored.words.find((w) => w.text === text)!.line;
    expect(lineOf('Осциллограф')).toBe(lineOf('200'));
    expect(lineOf('Digital')).toBe(lineOf('арт.'));
    expect(new Set([lineOf('17'), lineOf('Осциллограф'), lineOf('Digital')]).size).toBe(3);
  });

  test('a block reading no surer, still of merged height, with a speck for a line, or of one line leaves the first reading as it was', () => {
    const first = page(row17);
    const unsure = page([word('Оспиллогряф', 345, 612, 230, 32, 0.45, 1), word('Dgtal', 345, 662, 130, 32, 0.42, 2)]);
    expect(restoreMergedLines(first, unsure)).toBe(first);
    const stillMerged = page([word('Осциллограф', 345, 612, 400, 88, 0.9, 1), word('Digital', 345, 662, 130, 32, 0.97, 2)]);
    expect(restoreMergedLines(first, stillMerged)).toBe(first);
    // A speck above the word is no line (recorded on 00248, seed 2026: «AED» of a two-line header cell read «И» / «AED»).
    const speck = page([word('И', 400, 600, 20, 25, 0.6, 1), word('Digital', 345, 662, 130, 32, 0.97, 2), word('oscilloscope,', 490, 662, 230, 32, 0.96, 2)]);
    expect(restoreMergedLines(first, speck)).toBe(first);
    // One line found where the word stood: it was one tall line, not two merged ones.
    const oneLine = page([word('Осциллограф', 345, 640, 230, 32, 0.96, 1), word('цифровой', 590, 640, 170, 32, 0.96, 1)]);
    expect(restoreMergedLines(first, oneLine)).toBe(first);
  });

  test('letters of a neighbouring line that the strip cut through stay that line\'s', () => {
    const upper = word('Осциллограф', 345, 560, 230, 60, 0.92, 5);
    const first = page([upper, ...row17]);
    const block = page([word('ограф', 420, 608, 120, 14, 0.7, 1), word('200', 600, 622, 60, 30, 0.97, 2), word('Digital', 345, 662, 130, 32, 0.97, 3), word('oscilloscope,', 490, 662, 230, 32, 0.96, 3)]);
    const texts = restoreMergedLines(first, block).words.map((w) => w.text);
    expect(texts).toContain('Осциллограф');
    expect(texts).not.toContain('ограф');
    expect(texts).toContain('Digital');
  });
});
