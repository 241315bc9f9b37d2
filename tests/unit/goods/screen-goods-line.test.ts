import type { GoodsLine } from '../../../lambdas/domain/invoice-model';
import { screenGoodsLine } from '../../../lambdas/domain/goods/screen-goods-line';
import { goodsData } from './goods-test-data';

const data = goodsData();
const evidence = { page: 1, box: [0.1, 0.4, 0.9, 0.42] as [number, number, number, number], text: 'Подшипник шариковый 6205-2RS 8482101009' };
const line = (description: string, hsCode?: string): GoodsLine => ({ description, hsCode, evidence });

describe('screenGoodsLine: findings in the audit-record shape', () => {
  test('ball bearings under a printed TN VED code are CHPL tier 3.B: code → hs6 → list entry, with version and evidence', () => {
    // Act
    const findings = screenGoodsLine(line('Подшипник шариковый 6205-2RS', '8482101009'), data, { lists: ['CHPL'] });

    // Assess
    expect(findings).toEqual([expect.objectContaining({
      kind: 'goods', list: 'CHPL', entryId: '8482.10', hs6: '8482.10', tier: '3.B', severity: 'medium', evidence,
    })]);
    const [f] = findings;
    expect(f.listVersion).toMatch(/^2024-02-23#[0-9a-f]{12}$/);
    expect(f.reason).toContain('printed code «8482101009» → HS 2022 8482.10');
    expect(f.reason).toContain('Tier 3.B');
    expect(f.summary).toContain('on the CHPL, tier 3.B');
  });

  test('processors are tier 1 and high severity, found from the description alone', () => {
    // Act
    const [f] = screenGoodsLine(line('Микроконтроллер STM32F407VGT6'), data, { lists: ['CHPL'] });

    // Assess
    expect(f).toMatchObject({ entryId: '8542.31', tier: '1', severity: 'high' });
    expect(f.reason).toContain('«микроконтроллер»');
  });

  test('a four-digit heading alone is a possible hit: low severity, entry = the heading, tier of the listed subheadings', () => {
    // Act
    const [f] = screenGoodsLine(line('Подшипники', '8482'), data, { lists: ['CHPL'] });

    // Assess
    expect(f).toMatchObject({ severity: 'low', entryId: '8482', tier: '3.B', hs6: undefined });
    expect(f.summary).toContain('needs review');
  });

  test('a heading whose every subheading is listed (8542) is not merely possible: it is listed, at its tier', () => {
    expect(screenGoodsLine(line('Микросхемы', '8542'), data, { lists: ['CHPL'] })[0]).toMatchObject({ severity: 'high', entryId: '8542', tier: '1' });
  });

  test('a heading with no listed subheading (8483) gives no CHPL finding', () => {
    expect(screenGoodsLine(line('Корпуса подшипников', '8483'), data, { lists: ['CHPL'] })).toEqual([]);
  });

  test('each loaded list gives its own finding with its own citation; the US list is low severity (items subject to the EAR only)', () => {
    // Act
    const findings = screenGoodsLine(line('Ball bearings 6205-2RS'), data);

    // Assess
    expect(findings.map((f) => [f.list, f.severity])).toEqual([
      ['CHPL', 'medium'], ['EU-833-2014-ANNEX-XL', 'medium'], ['US-EAR-746-SUPP4', 'low'],
    ]);
    expect(findings[1].reason).toContain('Annex XL');
    expect(findings[2].reason).toContain('Supplement No. 4');
  });

  test('wheat flour gives no finding on any list', () => {
    expect(screenGoodsLine(line('Мука пшеничная высшего сорта', '1101001500'), data)).toEqual([]);
  });
});
