import { parseBearingDesignation } from '../../../lambdas/domain/goods/bearing-designations';
import { classifyGoods } from '../../../lambdas/domain/goods/classify-goods';
import { goodsData } from './goods-test-data';

const data = goodsData();
const classify = (text: string) => classifyGoods({ text }, data);

describe('bearing catalogue designations decide the subheading', () => {
  test.each([
    ['Подшипник 6205-2RS', '848210', 'ISO deep-groove ball, sealed'],
    ['Подшипник 6306-2Z', '848210', 'ISO deep-groove ball, shielded'],
    ['Bearing 32210', '848220', 'ISO tapered roller'],
    ['Bearing NU 205 ECP', '848250', 'ISO cylindrical roller'],
    ['Bearing 22310 CC/W33', '848230', 'ISO spherical roller'],
    ['Bearing LM11949/LM11910', '848220', 'inch tapered cone and cup'],
    ['Подшипник 180205', '848210', 'GOST = 6205-2RS'],
    ['Подшипник 80205', '848210', 'GOST = 6205-2Z'],
    ['Подшипник 3610', '848230', 'GOST spherical roller = 22310'],
    ['Подшипник 7205 ГОСТ 27365-87', '848220', 'GOST tapered, by the standard'],
    ['Bearing HK2016', '848240', 'drawn-cup needle'],
  ])('«%s» → %s (%s)', (text, hs6) => {
    expect(classify(text).hs6).toBe(hs6);
  });

  test('a designation only bearings carry classifies a line that never says "bearing"', () => {
    // Act
    const result = classify('6204-2RS SKF');

    // Assess
    expect(result.hs6).toBe('848210');
    expect(result.explanation).toContain('6204-2RS');
  });

  test('7205 without ГОСТ reads two ways (GOST tapered / ISO angular-contact ball): both are CHPL, so the flag is certain though the subheading is not', () => {
    // Act
    const result = classify('Подшипник 7205');

    // Assess
    expect(result.hs6).toBeNull();
    expect(result.candidates).toEqual(['848220', '848210']);
    expect(result.controls.find((c) => c.list === 'CHPL')).toMatchObject({ match: 'exact', entryId: '8482', tier: '3.B' });
  });

  test('with ГОСТ printed, 32205 is read in GOST as a cylindrical roller bearing (ISO would say tapered)', () => {
    expect(parseBearingDesignation('подшипник 32205 гост 8328-75', true)?.candidates).toEqual(['848250']);
    expect(parseBearingDesignation('bearing 32205', false)?.candidates).toEqual(['848220']);
  });

  test('a quantity later in the line does not override the designation', () => {
    expect(classify('Подшипник 6205, 2400 шт').hs6).toBe('848210');
  });

  test('a housed unit number (UCP205) makes the line a housed bearing (8483.20), an insert number (UC205) a ball bearing', () => {
    expect(classify('Подшипник UCP205').hs6).toBe('848320');
    expect(classify('Подшипник UC205').hs6).toBe('848210');
  });

  test('words printed beat a designation that disagrees, and the explanation says so', () => {
    // Act
    const result = classify('Подшипник роликовый конический 6205');

    // Assess
    expect(result.hs6).toBe('848220');
    expect(result.explanation).toContain('the words printed decide');
  });

  test('integrated-circuit part numbers name the kind of chip', () => {
    expect(classify('STM32F103C8T6').hs6).toBe('854231');
    expect(classify('W25Q128JVSIQ').hs6).toBe('854232');
    expect(classify('LM358DR').hs6).toBe('854233');
  });
});
