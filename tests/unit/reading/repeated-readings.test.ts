import { withoutRepeatedReadings, type TsvPage, type TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

// Words as chi_sim (--psm 1) reported them on two scans of seed 47: [block, paragraph, line, left, top, width, height, confidence %, text].
type Row = [number, number, number, number, number, number, number, number, string];
const words = (rows: Row[]): TsvWord[] =>
  rows.map(([block, paragraph, line, left, top, width, height, confidence, text], i) => ({ block, paragraph, line, word: i + 1, left, top, width, height, confidence: confidence / 100, text }));
const page = (rows: Row[]): TsvPage => ({ page: 1, width: 2480, height: 3508, words: words(rows) });
const texts = (p: TsvPage) => p.words.map((w) => w.text);

describe('withoutRepeatedReadings', () => {
  it('drops a one-word block read in the very box of a word of the row (00060: «站» at 4 % over «实验» at 93 %)', () => {
    const read = page([
      [12, 1, 1, 310, 1549, 63, 30, 4.49, '站'],
      [13, 1, 1, 310, 1550, 63, 29, 93.28, '实验'],
      [13, 1, 1, 387, 1549, 19, 30, 92.86, '室'],
      [13, 1, 1, 410, 1549, 130, 30, 94.18, '玻璃'],
      [13, 1, 1, 551, 1552, 53, 25, 92.94, '250'],
    ]);
    expect(texts(withoutRepeatedReadings(read))).toEqual(['实验', '室', '玻璃', '250']);
  });

  it('drops a sliver of a word read into the line before it (00016: «名» at 23 % over the first half of «货号» at 96 %)', () => {
    const read = page([
      [7, 1, 1, 442, 1022, 27, 48, 0, '烯'],
      [7, 1, 1, 469, 1026, 190, 31, 83.13, '10803-020,'],
      [7, 1, 1, 646, 1022, 15, 48, 22.84, '名'],
      [17, 1, 1, 646, 1027, 60, 29, 96.48, '货号'],
      [17, 1, 1, 719, 1028, 87, 25, 91.2, '17089'],
    ]);
    expect(texts(withoutRepeatedReadings(read))).toEqual(['烯', '10803-020,', '货号', '17089']);
  });

  it('keeps neighbours of one line, and words of two lines that only touch (a row and the row under it)', () => {
    const read = page([
      [13, 1, 1, 387, 1549, 19, 30, 92.86, '室'],
      [13, 1, 1, 400, 1549, 130, 30, 94.18, '玻璃'],
      [13, 1, 2, 400, 1572, 130, 30, 90.1, '器皿'],
    ]);
    expect(withoutRepeatedReadings(read)).toBe(read);
  });
});
