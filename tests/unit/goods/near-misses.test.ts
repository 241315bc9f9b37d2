import { classifyGoods } from '../../../lambdas/domain/goods/classify-goods';
import { goodsData } from './goods-test-data';

const data = goodsData();
const classify = (text: string, hsCode?: string) => classifyGoods({ text, hsCode }, data);
const chpl = (text: string, hsCode?: string) => classify(text, hsCode).controls.filter((c) => c.list === 'CHPL');

describe('near misses of bearings do not fire on the CHPL', () => {
  test.each([
    ['Смазка пластичная Литол-24 для подшипников', '3403'],
    ['Bearing grease, lithium complex', '3403'],
    ['轴承润滑脂', '3403'],
    ['Мойынтіректерге арналған жағармай', '3403'],
  ])('bearing grease «%s» is lubricating preparation %s, not a bearing', (text, heading) => {
    // Act
    const result = classify(text);

    // Assess
    expect(result.heading).toBe(heading);
    expect(result.controls.filter((c) => c.list === 'CHPL')).toEqual([]);
  });

  test.each([
    ['Подшипниковый узел UCP 208 в сборе', '848320'],
    ['Pillow block bearing UCP205', '848320'],
    ['带座轴承 UCP205', '848320'],
    ['Корпус подшипника SNL 510', '848330'],
    ['Подшипник скольжения бронзовый', '848330'],
    ['Plain bearing bushing, bronze', '848330'],
    ['滑动轴承', '848330'],
  ])('«%s» is %s (heading 8483), which the CHPL does not list', (text, hs6) => {
    // Act
    const result = classify(text);

    // Assess
    expect(result.hs6).toBe(hs6);
    expect(result.controls.filter((c) => c.list === 'CHPL')).toEqual([]);
  });

  test('bearing balls alone are 8482.91, and 8482.91 is not on the CHPL (only 8482.10/.20/.30/.50 are)', () => {
    // Prepare
    const listed = data.controls.lists.find((l) => l.id === 'CHPL')!.entries.flatMap((e) => e.codes).filter((c) => c.startsWith('8482'));

    // Act
    const result = classify('Шарики стальные для подшипников, диаметр 12,7 мм');

    // Assess
    expect(listed.sort()).toEqual(['848210', '848220', '848230', '848250']);
    expect(result.hs6).toBe('848291');
    expect(chpl('Bearing balls, chrome steel G10')).toEqual([]);
  });

  test('needle roller bearings (8482.40) are bearings but not on the CHPL', () => {
    expect(classify('Подшипник игольчатый HK2016').hs6).toBe('848240');
    expect(chpl('Needle roller bearing HK2520')).toEqual([]);
  });

  test('a sealed bearing "with grease" is still a bearing: the grease is what it has, not what it is', () => {
    expect(classify('Подшипник 6205-2RS со смазкой').hs6).toBe('848210');
  });
});

describe('clean goods stay clean', () => {
  test.each(['wheat flour', 'Мука пшеничная высшего сорта', 'Бидай ұны', '小麦粉', 'Flour wheat first grade'])('«%s» is wheat flour 1101.00 and on no list at all', (text) => {
    // Act
    const result = classify(text);

    // Assess
    expect(result.hs6).toBe('110100');
    expect(result.controls).toEqual([]);
  });

  test('iron-ore pellets are 2601.12 and on no goods list (a counterparty question, not a goods one)', () => {
    expect(classify('Окатыши железорудные')).toMatchObject({ hs6: '260112', controls: [] });
  });

  test('ordinary crisps, wood chips and chocolate chips are not integrated circuits', () => {
    expect(chpl('Chocolate chips')).toEqual([]);
    expect(chpl('Чипсы картофельные')).toEqual([]);
    expect(chpl('Wood chips for fuel')).toEqual([]);
  });

  test('a drone itself (8806) is not on the CHPL, while drone parts (8807.30) are', () => {
    expect(chpl('Квадрокоптер DJI Mavic 3')).toEqual([]);
    expect(chpl('Комплектующие для БПЛА')).toEqual([expect.objectContaining({ match: 'exact', entryId: '8807.30', tier: '3.B' })]);
  });

  test('a plain multimeter (9030.31) is not listed; one with a recording device (9030.32) is', () => {
    expect(chpl('Digital multimeter')).toEqual([]);
    expect(chpl('Multimeter with data logging')).toEqual([expect.objectContaining({ entryId: '9030.32', tier: '4.A' })]);
  });

  test('a manual lathe (8458.19) is not listed; a CNC lathe (8458.11) is', () => {
    expect(chpl('Токарно-винторезный станок 16К20')).toEqual([]);
    expect(chpl('Станок токарный 16К20Ф3')).toEqual([expect.objectContaining({ entryId: '8458.11', tier: '4.B' })]);
  });
});

describe('lines that name no goods', () => {
  test.each(['Транспортные услуги', 'Delivery charges', 'Итого к оплате', 'Оборудование', 'Образцы продукции', '运费'])('«%s» is not classified and fires nothing', (text) => {
    expect(classify(text)).toMatchObject({ hs6: null, heading: null, controls: [] });
  });

  test('goods named only by what they are for are read as parts of it, at low confidence and only "possibly" listed', () => {
    // Act
    const result = classify('Полетный контроллер для БПЛА');

    // Assess
    expect(result.hs6).toBe('880730');
    expect(result.confidence).toBeLessThan(0.5);
    expect(result.controls.find((c) => c.list === 'CHPL')).toMatchObject({ match: 'possible', tier: '3.B' });
  });

  test('用 inside 万用表 (multimeter) is part of the word, not "for"', () => {
    expect(classify('万用表').hs6).toBe('903031');
  });
});
