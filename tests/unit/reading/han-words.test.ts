import { decodeCtc } from '../../../lambdas/adapters/paddle-han-reader';
import { hanPassRuns, restoreHanRuns, type HanReading } from '../../../lambdas/domain/reading/ocr/han-words';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

/** Words of one Tesseract line, left to right, 40 px apart: [text, confidence 0..1]. */
function line(lineNo: number, ...words: Array<[string, number]>): TsvWord[] {
  return words.map(([text, confidence], i) => ({ block: 1, paragraph: 1, line: lineNo, word: i + 1, left: 300 + i * 40, top: 100 * lineNo, width: 36, height: 40, confidence, text }));
}
const pageOf = (...lines: TsvWord[][]): TsvPage => ({ page: 1, width: 2480, height: 3508, words: lines.flat() });
const reading = (text: string, p = 0.99): HanReading => ({ text, confidences: [...text].map(() => p) });

describe('Han pass (han-words.ts): runs of Han words Tesseract doubts, read again', () => {
  // Recorded on 00007 (page 1, row 3): «无 颖 钢管 159x6, 货号 52319», «颖» at 61 %, «钢管» at 51 %.
  const page = pageOf(line(1, ['无', 0.93], ['颖', 0.61], ['钢管', 0.51], ['159x6,', 0.89], ['货号', 0.93], ['52319', 0.92]), line(2, ['深', 0.93], ['沟', 0.91], ['球', 0.91], ['轴承', 0.94]));

  test('a run is the Han words between other words, kept only when one of them is doubtful', () => {
    const runs = hanPassRuns(page);
    expect(runs.map((r) => r.words.map((w) => w.text).join(''))).toEqual(['无颖钢管']);
    expect(runs[0].box).toEqual([300, 100, 116, 40]);
  });

  test('a confident reading with as many Han characters becomes the run, as one word; the crop\'s edge digits are ignored', () => {
    const runs = hanPassRuns(page);
    const restored = restoreHanRuns(page, runs, [reading('无缝钢管1')]);
    expect(restored.words.filter((w) => w.line === 1).map((w) => w.text)).toEqual(['无缝钢管', '159x6,', '货号', '52319']);
    expect(restored.words.find((w) => w.text === '无缝钢管')).toMatchObject({ left: 300, width: 116, confidence: 0.99 });
  });

  test('one character more is a character Tesseract dropped («无钢管» → «无缝钢管»)', () => {
    const dropped = pageOf(line(1, ['无', 0.93], ['钢管', 0.5]));
    expect(restoreHanRuns(dropped, hanPassRuns(dropped), [reading('无缝钢管')]).words.map((w) => w.text)).toEqual(['无缝钢管']);
  });

  test('a doubtful character, a count two off, or no reading leave the run as Tesseract read it', () => {
    const runs = hanPassRuns(page);
    const doubtful: HanReading = { text: '无缝钢管', confidences: [0.99, 0.58, 0.99, 0.99] };
    for (const second of [doubtful, reading('无缝钢管钢管'), reading('钢管'), reading('159x6'), undefined]) {
      expect(restoreHanRuns(page, runs, [second])).toBe(page);
    }
  });
});

describe('decodeCtc (paddle-han-reader.ts)', () => {
  test('takes the best class per step, drops blanks and repeats, and keeps each character\'s probability', () => {
    const characters = ['', '无', '缝', ' '];
    // Steps: 无 无 blank 缝 缝 blank 无 — «无缝无».
    const steps = [
      [0.1, 0.8, 0.05, 0.05], [0.1, 0.7, 0.1, 0.1], [0.9, 0.05, 0.03, 0.02], [0.1, 0.1, 0.75, 0.05],
      [0.2, 0.1, 0.6, 0.1], [0.8, 0.1, 0.05, 0.05], [0.1, 0.85, 0.03, 0.02],
    ];
    const decoded = decodeCtc(steps.flat(), steps.length, characters.length, characters);
    expect(decoded.text).toBe('无缝无');
    expect(decoded.confidences).toEqual([0.8, 0.75, 0.85]);
  });
});
