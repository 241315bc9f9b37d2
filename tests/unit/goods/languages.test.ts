import { classifyGoods } from '../../../lambdas/domain/goods/classify-goods';
import { goodsData } from './goods-test-data';

const data = goodsData();
const classify = (text: string, hsCode?: string) => classifyGoods({ text, hsCode }, data);

describe('descriptions in each language are classified, with the words that decided it', () => {
  test.each([
    ['ru', 'Подшипник шариковый радиальный', '848210', 'шариковый'],
    ['kk', 'Шарикті мойынтірек', '848210', 'шарикті'],
    ['en', 'Deep groove ball bearings', '848210', 'ball'],
    ['zh', '深沟球轴承', '848210', '球轴承'],
    ['ru', 'Конденсатор танталовый 10 мкФ', '853221', 'танталовый'],
    ['kk', 'Танталды конденсатор', '853221', 'танталды'],
    ['en', 'Tantalum capacitor 22uF', '853221', 'tantalum'],
    ['zh', '钽电容', '853221', '钽'],
    ['ru', 'Станок токарный с ЧПУ', '845811', 'чпу'],
    ['kk', 'СББ бар токарлық станок', '845811', 'сбб'],
    ['en', 'CNC lathe, horizontal', '845811', 'cnc'],
    ['zh', '数控车床', '845811', '数控'],
    ['ru', 'Приемник навигационный ГЛОНАСС', '852691', 'глонасс'],
    ['kk', 'Навигациялық қабылдағыш', '852691', 'навигациялық қабылдағыш'],
    ['en', 'GNSS receiver module', '852691', 'gnss'],
    ['zh', '北斗导航模块', '852691', '导航'],
  ])('%s: «%s» → %s because of «%s»', (_lang, text, hs6, word) => {
    // Act
    const result = classify(text);

    // Assess
    expect(result).toMatchObject({ hs6, source: 'description' });
    expect(result.description?.matched).toContain(word);
    expect(result.explanation).toContain(`«${word}`);
  });

  test('Russian puts the goods first, Kazakh and Chinese last: the same words give the same goods in each order', () => {
    expect(classify('Мука пшеничная').hs6).toBe('110100');
    expect(classify('Бидай ұны').hs6).toBe('110100');
    expect(classify('小麦粉').hs6).toBe('110100');
    expect(classify('Пшеница').hs6).toBe('100199');
  });

  test('a Russian adjective is not the goods: «антенный штекер» is a plug, «кабельный разъем» a connector', () => {
    expect(classify('Штекер антенный SMA').hs6).toBe('853669');
    expect(classify('Кабельный разъем').hs6).toBe('853669');
  });

  test('"for …" names the use, not the goods: spare parts for CNC machine tools are 8466.93 (CHPL 4.B)', () => {
    // Act
    const result = classify('Запасные части для станков с ЧПУ');

    // Assess
    expect(result.hs6).toBe('846693');
    expect(result.controls.find((c) => c.list === 'CHPL')).toMatchObject({ tier: '4.B', entryId: '8466.93' });
  });

  test('a printed code and a description that agree give source "both" and the highest confidence', () => {
    // Act
    const result = classify('Подшипник шариковый 6205-2RS', '8482 10 100 9');

    // Assess
    expect(result).toMatchObject({ hs6: '848210', source: 'both' });
    expect(result.confidence).toBeGreaterThanOrEqual(0.95);
  });

  test('a description that contradicts the printed code keeps the code but flags what the words say, as possible', () => {
    // Act
    const result = classify('Подшипник шариковый 6205-2RS', '8483300000');

    // Assess
    expect(result).toMatchObject({ hs6: '848330', source: 'printed-code' });
    expect(result.confidence).toBeLessThanOrEqual(0.6);
    expect(result.explanation).toContain('does not match the declared code');
    expect(result.controls.find((c) => c.list === 'CHPL')).toMatchObject({ match: 'possible', tier: '3.B' });
  });

  test('text with no goods word is not classified and fires nothing', () => {
    expect(classify('Assorted goods')).toMatchObject({ hs6: null, heading: null, controls: [] });
  });
});
