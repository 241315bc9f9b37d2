import { decodeCtc } from '../../../lambdas/adapters/paddle-han-reader';
import { hanPassRuns, restoreHanRuns, type HanReading } from '../../../lambdas/domain/reading/ocr/han-words';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

/** Words of one Tesseract line, left to right, 40 px apart: [text, confidence 0..1]. */
function line(lineNo: number, ...words: Array<[string, number]>): TsvWord[] {
  return words.map(([text, confidence], i) => ({ block: 1, paragraph: 1, line: lineNo, word: i + 1, left: 300 + i * 40, top: 100 * lineNo, width: 36, height: 40, confidence, text }));
}
const pageOf = (...lines: TsvWord[][]): TsvPage => ({ page: 1, width: 2480, height: 3508, words: lines.flat() });
const reading = (text: string, p = 0.99): HanReading => ({ text, confidences: [...text].map(() => p) });

describe('Han pass (han-words.ts): runs of Han words read again', () => {
  // Recorded on 00007 (page 1, row 3): «无 颖 钢管 159x6, 货号 52319», «颖» at 61 %, «钢管» at 51 %.
  const page = pageOf(line(1, ['无', 0.93], ['颖', 0.61], ['钢管', 0.51], ['159x6,', 0.89], ['货号', 0.93], ['52319', 0.92]), line(2, ['深', 0.93], ['沟', 0.91], ['球', 0.91], ['轴承', 0.94]));
  const texts = (p: TsvPage) => p.words.map((w) => w.text);

  test('a run is the Han words between other words of a line, with the box around them', () => {
    const runs = hanPassRuns(page);
    expect(runs.map((r) => r.words.map((w) => w.text).join(''))).toEqual(['无颖钢管', '货号', '深沟球轴承']);
    expect(runs[0].box).toEqual([300, 100, 116, 40]);
  });

  test('a confident character replaces the one Tesseract read; every word keeps its box; the crop\'s edge digits are ignored', () => {
    const runs = hanPassRuns(page);
    const restored = restoreHanRuns(page, runs, [reading('无缝钢管1'), reading('货号'), reading('深沟球轴承')]);
    expect(texts(restored)).toEqual(['无', '缝', '钢管', '159x6,', '货号', '52319', '深', '沟', '球', '轴承']);
    expect(restored.words[1]).toMatchObject({ left: 340, width: 36, confidence: 0.99 });
  });

  test('a second reading one character short is aligned round the character it skipped, which stays as Tesseract read it', () => {
    // Seed 53's 00251: «冷:90 东:57 羊肉:94 月:52 体:81», PaddleOCR «冷冻羊肉体，» (胴 skipped) at 0.96–1.00.
    const lamb = pageOf(line(1, ['冷', 0.9], ['东', 0.57], ['羊肉', 0.94], ['月', 0.52], ['体', 0.81]));
    const restored = restoreHanRuns(lamb, hanPassRuns(lamb), [reading('冷冻羊肉体，')]);
    expect(texts(restored)).toEqual(['冷', '冻', '羊肉', '月', '体']);
    expect(restored.words[3]).toMatchObject({ text: '月', confidence: 0.52 });
    // Too far apart once any character is taken out: the run keeps Tesseract's reading.
    const other = pageOf(line(1, ['冷', 0.9], ['东', 0.57], ['羊肉', 0.94], ['月', 0.52], ['体', 0.81]));
    expect(texts(restoreHanRuns(other, hanPassRuns(other), [reading('电力电缆')]))).toEqual(['冷', '东', '羊肉', '月', '体']);
  });

  test('a quote mark Tesseract put at a Han word\'s edge does not keep it out of its run, and goes when the second reading vouches for the word', () => {
    // Seed 53's 00360, row 11: «”三:13 级:93 软:93 小:92 麦:91», PaddleOCR «三级软小麦，» at 0.95–1.00.
    const wheat = pageOf(line(1, ['”三', 0.13], ['级', 0.93], ['软', 0.93], ['小', 0.92], ['麦', 0.91]));
    const runs = hanPassRuns(wheat);
    expect(runs.map((r) => r.words.length)).toEqual([5]);
    const restored = restoreHanRuns(wheat, runs, [reading('三级软小麦，')]);
    expect(restored.words[0]).toMatchObject({ text: '三', confidence: 0.99 });
    expect(texts(restored)).toEqual(['三', '级', '软', '小', '麦']);
  });

  test('a character both engines read stands whatever the second is sure of, and their agreement lifts a doubtful word', () => {
    // 00273: «圆锥:15 浪子:95 轴承:96», PaddleOCR «圆锥滚子轴承» with «圆» at 0.63 and «滚» at 0.87.
    const bearing = pageOf(line(1, ['圆锥', 0.15], ['浪子', 0.95], ['轴承', 0.96]));
    const second: HanReading = { text: '圆锥滚子轴承', confidences: [0.63, 0.99, 0.87, 1, 1, 1] };
    expect(restoreHanRuns(bearing, hanPassRuns(bearing), [second]).words).toMatchObject([
      { text: '圆锥', confidence: 0.8 },
      { text: '滚子', confidence: 0.87 },
      { text: '轴承', confidence: 1 },
    ]);
    // 00250: «未:93 锻:16 轧:56 锌:63», PaddleOCR the same: the page model would have dropped «锻» at 16 %.
    const zinc = pageOf(line(1, ['未', 0.93], ['锻', 0.16], ['轧', 0.56], ['锌', 0.63]));
    expect(restoreHanRuns(zinc, hanPassRuns(zinc), [reading('未锻轧锌')]).words.map((w) => w.confidence)).toEqual([0.99, 0.99, 0.99, 0.99]);
  });

  test('one character more is a character Tesseract dropped, given to the word before it («无 钢管» → «无缝 钢管»)', () => {
    const dropped = pageOf(line(1, ['无', 0.93], ['钢管', 0.96]));
    expect(texts(restoreHanRuns(dropped, hanPassRuns(dropped), [reading('无缝钢管')]))).toEqual(['无缝', '钢管']);
    // «冶金级氧化» with «铝» lost at the end (00137).
    const end = pageOf(line(1, ['冶金', 0.9], ['级', 0.9], ['氧化', 0.9]));
    expect(texts(restoreHanRuns(end, hanPassRuns(end), [reading('冶金级氧化铝')]))).toEqual(['冶金', '级', '氧化铝']);
  });

  test('a doubtful character, a count two off, or no reading leave the run as Tesseract read it', () => {
    const [run] = hanPassRuns(page);
    const doubtful: HanReading = { text: '无缝钢管', confidences: [0.99, 0.58, 0.99, 0.99] };
    for (const second of [doubtful, reading('无缝钢管钢管'), reading('钢管'), reading('159x6'), { text: '无缝缝钢管', confidences: [1, 1, 0.7, 1, 1] }, undefined]) {
      expect(restoreHanRuns(page, [run], [second])).toBe(page);
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

describe('decodeCtc alternatives', () => {
  test('keeps, per character, the other classes at least 5 % probable over its steps, best value first, never the blank', () => {
    const characters = ['', '血', '皿', '器', ' '];
    // Steps: 器, 血 (皿 0.2), 血 again (皿 0.3, 器 0.06), blank — «器血», 皿 an alternative of 血 at its best step.
    const steps = [
      [0.02, 0.01, 0.01, 0.96, 0], [0.1, 0.6, 0.2, 0.04, 0.06], [0.06, 0.58, 0.3, 0.06, 0], [0.9, 0.04, 0.06, 0, 0],
    ];
    const decoded = decodeCtc(steps.flat(), steps.length, characters.length, characters);
    expect(decoded.text).toBe('器血');
    expect(decoded.alternatives).toEqual([[], [{ text: '皿', p: 0.3 }, { text: ' ', p: 0.06 }, { text: '器', p: 0.06 }]]);
  });
});
