import { normalizePrintedCode } from '../../../lambdas/domain/goods/hs-code';
import { goodsData } from './goods-test-data';

const nom = goodsData().nomenclature;

describe('normalizePrintedCode: any printed code → HS 2022 subheading', () => {
  test.each([
    ['8482 10 100 9', '848210'],
    ['8482.10.1009', '848210'],
    ['848210', '848210'],
    ['8482.10', '848210'],
    ['84821010', '848210'],
    ['ТН ВЭД 8542 31 900 0', '854231'],
  ])('reads «%s» as subheading %s', (printed, hs6) => {
    // Act
    const code = normalizePrintedCode(printed, nom);

    // Assess
    expect(code).toMatchObject({ hs6, heading: hs6.slice(0, 4), candidates: [hs6] });
    expect(code.note).toBeUndefined();
  });

  test('a four-digit heading alone leaves every subheading under it as a candidate', () => {
    // Act
    const code = normalizePrintedCode('8482', nom);

    // Assess
    expect(code.hs6).toBeNull();
    expect(code.heading).toBe('8482');
    expect(code.candidates).toEqual(['848210', '848220', '848230', '848240', '848250', '848280', '848291', '848299']);
  });

  test('an HS 2017 code for parts of drones (8803.30) is moved to its HS 2022 subheading 8807.30, with a note', () => {
    // Act
    const code = normalizePrintedCode('8803300000', nom);

    // Assess
    expect(code.hs6).toBe('880730');
    expect(code.note).toContain('HS 2017');
  });

  test('an HS 2017 code that HS 2022 split (8541.40) keeps every new subheading as a candidate', () => {
    expect(normalizePrintedCode('854140', nom)).toMatchObject({ hs6: null, heading: '8541', candidates: ['854141', '854142', '854143', '854149'] });
  });

  test('a code whose leading zero a spreadsheet dropped (207141000 for 0207 14 100 0) is read with the zero, and says so', () => {
    // Act
    const code = normalizePrintedCode('207141000', nom);

    // Assess
    expect(code.hs6).toBe('020714');
    expect(code.note).toContain('leading zero');
  });

  test('a subheading that does not exist in HS 2022 falls back to its heading, with the reason', () => {
    // Act
    const code = normalizePrintedCode('848270', nom);

    // Assess
    expect(code).toMatchObject({ hs6: null, heading: '8482' });
    expect(code.note).toContain('848270 is not an HS 2022 subheading');
  });

  test('digits that are no HS code at all give no candidates', () => {
    expect(normalizePrintedCode('99', nom)).toMatchObject({ hs6: null, heading: null, candidates: [] });
    expect(normalizePrintedCode('0000', nom)).toMatchObject({ hs6: null, heading: null, candidates: [] });
  });
});
