import { repairWithLexicon, type HanLexicon } from '../../../lambdas/domain/reading/ocr/han-lexicon';
import type { HanReading } from '../../../lambdas/domain/reading/ocr/han-words';

// Words from jieba's dictionary (the adapter loads it whole).
const lexicon: HanLexicon = new Set(['实验', '实验室', '玻璃', '器皿', '冶金', '氧化', '氧化铝', '货号', '肌体', '胴体']);

/** A reading whose characters are all certain but those given as [character, p, alternatives]. */
function reading(text: string, doubted: Record<number, [number, Array<[string, number]>]> = {}): HanReading {
  const characters = [...text];
  return {
    text,
    confidences: characters.map((_, k) => doubted[k]?.[0] ?? 0.99),
    alternatives: characters.map((_, k) => (doubted[k]?.[1] ?? []).map(([ch, p]) => ({ text: ch, p }))),
  };
}

/** One run's reading repaired alone. */
const repaired = (r: HanReading) => repairWithLexicon([r], lexicon)[0]!;

describe('repairWithLexicon', () => {
  test('a doubted character that makes no word takes the alternative that does (seed 37: 器血 → 器皿, 治金 → 冶金)', () => {
    // Recorded from PaddleOCR on seed 37's 00182 and 00386.
    const vessels = repaired(reading('实验室玻璃器血2', { 6: [0.61, [['皿', 0.27], ['m', 0.05], ['Ⅲ', 0.05]]] }));
    expect(vessels.text).toBe('实验室玻璃器皿2');
    expect(vessels.confidences[6]).toBe(0.8);
    expect(repaired(reading('治金级氧化铝，', { 0: [0.65, [['冶', 0.34]]] })).text).toBe('冶金级氧化铝，');
  });

  test('a doubted character that makes a word with sure neighbours, where no alternative would, is vouched for (seed 59: 器皿 at 0.35)', () => {
    // Recorded from PaddleOCR on seed 59's 00014: 皿 0.35 against 血 0.29; Tesseract had read «器血», which is no word.
    const vessels = repaired(reading('实验室玻璃器皿2', { 6: [0.35, [['血', 0.29], ['m', 0.23], ['Ⅲ', 0.11]]] }));
    expect(vessels.text).toBe('实验室玻璃器皿2');
    expect(vessels.confidences[6]).toBe(0.8);
    // A neighbour the model doubted too vouches for nothing.
    expect(repaired(reading('器皿', { 0: [0.5, []], 1: [0.35, [['血', 0.29]]] })).confidences).toEqual([0.5, 0.35]);
  });

  test('an alternative must be Han, at least 10 % probable and make a word; the likeliest such one wins', () => {
    expect(repaired(reading('器血', { 1: [0.61, [['皿', 0.08]]] })).text).toBe('器血');
    expect(repaired(reading('器血', { 1: [0.61, [['四', 0.3]]] })).text).toBe('器血');
    expect(repaired(reading('器血', { 1: [0.61, [['Ⅲ', 0.3], ['皿', 0.2]]] })).text).toBe('器皿');
  });

  test('a character that already makes a word, or one the model was sure of, stays', () => {
    // 肌体 and 胴体 are both words: the lexicon cannot choose, so the model's reading stands.
    const sinew = reading('羊肉肌体', { 2: [0.55, [['胴', 0.4]]] });
    expect(repaired(sinew)).toBe(sinew);
    const sure = reading('治金', { 0: [0.95, [['冶', 0.05]]] });
    expect(repaired(sure)).toBe(sure);
    const plain: HanReading = { text: '器血', confidences: [0.99, 0.6] };
    expect(repaired(plain)).toBe(plain);
  });

  test('a repair made on one run of the page is made on the others where the model was sure of the same misreading (00386)', () => {
    const doubted = reading('治金级氧化铝', { 0: [0.55, [['冶', 0.45]]] });
    const sure: HanReading = { text: '4治金级氧化铝', confidences: [0.9, 1, 1, 1, 1, 1, 0.95] };
    const cured: HanReading = { text: '治疗', confidences: [1, 1] };
    const [first, second, third, none] = repairWithLexicon([doubted, sure, cured, undefined], lexicon);
    expect(first!.text).toBe('冶金级氧化铝');
    expect(second!.text).toBe('4冶金级氧化铝');
    expect(second!.confidences[1]).toBe(1);
    // 治 elsewhere, not in the misread non-word, is not touched.
    expect(third).toBe(cured);
    expect(none).toBeUndefined();
    // Without the doubted run, nothing was learnt.
    expect(repairWithLexicon([sure], lexicon)[0]).toBe(sure);
  });
});
