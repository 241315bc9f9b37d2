import { expandCodes } from '../../../lambdas/domain/goods/hs-code';
import { CONCEPTS, PARTS_OF } from '../../../lambdas/domain/goods/vocabulary';
import { goodsData } from './goods-test-data';

const data = goodsData();
const nom = data.nomenclature;
const codesOf = (code: string | string[]) => (Array.isArray(code) ? code : [code]);

describe('the shipped goods data', () => {
  test('HS 2022 has 5,613 subheadings and 1,229 headings, and the TN VED file decodes from CP866 to Russian', () => {
    expect(nom.subheadings.size).toBe(5613);
    expect(nom.headings.size).toBe(1229);
    expect(nom.headingsRu.get('8482')).toBe('ПОДШИПНИКИ ШАРИКОВЫЕ ИЛИ РОЛИКОВЫЕ');
  });

  test('the CHPL has its 50 codes in the six tiers, each an HS 2022 subheading', () => {
    // Prepare
    const chpl = data.controls.lists.find((l) => l.id === 'CHPL')!;
    const count = (tier: string) => chpl.entries.filter((e) => e.tier === tier).length;

    // Assess
    expect(chpl.entries).toHaveLength(50);
    expect([count('1'), count('2'), count('3.A'), count('3.B'), count('4.A'), count('4.B')]).toEqual([4, 5, 16, 9, 11, 5]);
    expect(chpl.entries.every((e) => nom.subheadings.has(e.codes[0]))).toBe(true);
  });

  test('EU Annex XL carries the same 50 codes as the CHPL, each entry with annex and citation', () => {
    // Prepare
    const codes = (id: string) => data.controls.lists.find((l) => l.id === id)!.entries.flatMap((e) => e.codes).sort();
    const eu = data.controls.lists.find((l) => l.id === 'EU-833-2014-ANNEX-XL')!;

    // Assess
    expect(codes('EU-833-2014-ANNEX-XL')).toEqual(codes('CHPL'));
    expect(eu.entries.every((e) => e.annex === 'XL' && e.citation.includes('833/2014'))).toBe(true);
  });

  test('every code in the vocabulary is an HS 2022 chapter, heading or subheading', () => {
    // Prepare
    const codes = [
      ...CONCEPTS.flatMap((c) => [...codesOf(c.code), ...(c.defaultCode ? codesOf(c.defaultCode) : []), ...(c.refine ?? []).flatMap((r) => codesOf(r.code))]),
      ...PARTS_OF.flatMap((p) => codesOf(p.code)),
    ];

    // Act
    const unknown = codes.filter((code) => expandCodes(code, nom).length === 0);

    // Assess
    expect(unknown).toEqual([]);
  });

  test('list versions are stamped as publication date and content hash', () => {
    expect(data.listVersions).toEqual({
      CHPL: expect.stringMatching(/^2024-02-23#[0-9a-f]{12}$/),
      'EU-833-2014-ANNEX-XL': expect.stringMatching(/^2024-02-23#[0-9a-f]{12}$/),
      'US-EAR-746-SUPP4': expect.stringMatching(/^2024-06-18#[0-9a-f]{12}$/),
    });
  });
});
