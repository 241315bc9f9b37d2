import { classifyGoodsJsonl } from '../../../lambdas/domain/goods/classify-goods-jsonl';
import { goodsData } from './goods-test-data';

describe('classifyGoodsJsonl: the CLI core', () => {
  test('one output line per input line, with hs6, heading, confidence and controls', () => {
    // Prepare
    const input = ['{"text":"Подшипник 6205-2RS","hsCode":"8482101009"}', '', '{"text":"wheat flour"}'];

    // Act
    const out = classifyGoodsJsonl(input, goodsData()).map((l) => JSON.parse(l));

    // Assess
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ hs6: '848210', heading: '8482', source: 'both' });
    expect(out[0].controls[0]).toMatchObject({ list: 'CHPL', tier: '3.B', match: 'exact', entryId: '8482.10' });
    expect(out[0].confidence).toBeGreaterThan(0.9);
    expect(out[1]).toMatchObject({ hs6: '110100', controls: [] });
  });

  test('a line that is not valid input gives an error line, so outputs stay aligned with inputs', () => {
    // Act
    const out = classifyGoodsJsonl(['not json', '{"hsCode":"8482"}'], goodsData()).map((l) => JSON.parse(l));

    // Assess
    expect(out[0].error).toContain('not JSON');
    expect(out[1].error).toContain('expected');
  });
});
