import { hanPageNumberWords, restoreHanNumbers } from '../../../lambdas/domain/reading/ocr/han-numbers';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

const word = (text: string, confidence: number, left = 100): TsvWord => ({ block: 1, paragraph: 1, line: 1, word: 1, left, top: 500, width: 150, height: 30, confidence, text });
const page = (words: TsvWord[]): TsvPage => ({ page: 1, width: 2481, height: 3508, words });
const read = (text: string, p = 0.97) => ({ text, confidences: [...text].map(() => p) });

// Recorded on 00192 (seed 7): chi_sim's readings of a degraded Chinese table, and PaddleOCR's of the same boxes.
describe('numbers of a Chinese page read again (han-numbers.ts)', () => {
  test('malformed, specked, doubted or markless long numbers are read again; sure well-formed ones, row numbers and words are not', () => {
    const words = [word('19602614', 0.9), word('1.504.12', 0.39), word('23o927|', 0.33), word('T405,', 0), word('11736', 0.68), word('1101.00', 0.87), word('202308974', 0.9), word('1,832.02', 0.95), word('12', 0.4), word('小麦粉', 0.5)];
    expect(hanPageNumberWords(page(words)).map((w) => w.text)).toEqual(['19602614', '1.504.12', '23o927|', 'T405,', '11736', '202308974']);
  });

  test('a reading with the same digits and letters takes their place when it adds marks or puts a number right', () => {
    const words = [word('19602614', 0.9), word('1.504.12', 0.39), word('23o927|', 0.33), word('T405,', 0), word('16924|', 0.53), word('11736', 0.68)];
    const restored = restoreHanNumbers(page(words), words, [read('196,026.14'), read('1,504.12'), read('2,309.27'), read('T-405,'), read('169.24吨'), read('117.36')]);
    expect(restored.words.map((w) => w.text)).toEqual(['196,026.14', '1,504.12', '2,309.27', 'T-405,', '169.24', '117.36']);
  });

  test('digits are never changed, marks never lost, and an unsure reading is not taken', () => {
    const words = [word('2.20600|', 0), word('1001.99', 0.47), word('75854', 0.52), word('3.771715.20', 0.6), word('97.897.00', 0.53), word('1.876.75', 0.74)];
    const readings = [read('2,206.0'), read('100199'), read('78854', 0.999), read('3,771,'), read('97'), read('1,876.75', 0.3)];
    const first = page(words);
    expect(restoreHanNumbers(first, words, readings)).toBe(first);
  });

  test('Latin designations of a Chinese page are read again and take the hyphen chi_sim dropped («RISCV» → RISC-V)', () => {
    // Recorded on 00193 (seed 31): «集成电路（微控制器） RISC-V QFN48» read «RISCV» on twenty rows.
    const words = [word('RISCV', 0.9), word('CortexM4', 0.9), word('QFN48', 0.95), word('Integrated', 0.95), word('USD', 0.9), word('RISCYV', 0.9)];
    expect(hanPageNumberWords(page(words)).map((w) => w.text)).toEqual(['RISCV', 'CortexM4', 'QFN48', 'RISCYV']);
    const readings = [read('RISC-V'), read('Cortex-M4'), read('QFN48'), undefined, undefined, read('RISC-V')];
    // «RISCYV» read the hyphen as a letter: its letters differ from the second reading's, so it stays.
    expect(restoreHanNumbers(page(words), words, readings).words.map((w) => w.text)).toEqual(['RISC-V', 'Cortex-M4', 'QFN48', 'Integrated', 'USD', 'RISCYV']);
  });

  test('a Latin word chi_sim doubted down to nothing for a speck beside it is read again, and kept when the letters agree', () => {
    // Recorded on seed 43's 00284 (table rules taken off the scan): «GNSS导航接收机» read «”GNSS» or «GNSS» at 0–32 %
    // on every row, so the page model dropped it; PaddleOCR reads «GNSS» there. «GNS5» at 20 % is its capital read as
    // a digit, which a sure second reading puts back; a sure «GNS5», or a digit among digits («QFN48»), stays.
    const words = [word('”GNSS', 0), word('GNSS', 0), word('GNS5', 0.2), word('导', 0.9), word('”G', 0)];
    expect(hanPageNumberWords(page(words)).map((w) => w.text)).toEqual(['”GNSS', 'GNSS', 'GNS5']);
    // Tesseract's box of the word runs over the Han characters after it: they are the neighbours', and so are their
    // probabilities (the crop cuts the last one in half).
    const overRun = { text: 'GNSS导航接收', confidences: [0.99, 0.98, 0.99, 0.97, 0.9, 0.6, 0.4, 0.1] };
    const restored = restoreHanNumbers(page(words), words.slice(0, 3), [read('”GNSS导'), overRun, read('GNSS')]);
    expect(restored.words.map((w) => [w.text, w.confidence])).toEqual([['GNSS', 0.97], ['GNSS', 0.97], ['GNSS', 0.97], ['导', 0.9], ['”G', 0]]);
    const sure = [word('GNS5', 0.8), word('QFN48', 0.2)];
    expect(restoreHanNumbers(page(sure), sure, [read('GNSS'), read('QFN4B')]).words.map((w) => w.text)).toEqual(['GNS5', 'QFN48']);
  });
});
