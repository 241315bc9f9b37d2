import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, parseLabelled, score } from '../../../bench/goods/goods-metrics';
import { goodsData } from './goods-test-data';

// Targets from the goods-screening brief: CHPL recall ≥ 0.95 at precision ≥ 0.9.
const RECALL_TARGET = 0.95;
const PRECISION_TARGET = 0.9;

const labelled = parseLabelled(readFileSync(join(__dirname, '..', '..', 'fixtures', 'goods', 'labelled-goods.jsonl'), 'utf-8'));

describe('accuracy guard on the held-out labelled goods (splits holdout and blind)', () => {
  // Prepare
  const heldOut = labelled.filter((i) => i.split !== 'dev');
  const scores = score(evaluate(heldOut, goodsData()));

  test('the held-out set is big enough to mean something and covers all four languages', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(200);
    expect(new Set(heldOut.map((i) => i.lang))).toEqual(new Set(['ru', 'kk', 'en', 'zh']));
  });

  test(`CHPL recall stays ≥ ${RECALL_TARGET} at precision ≥ ${PRECISION_TARGET}`, () => {
    expect(scores.chpl.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(scores.chpl.precision).toBeGreaterThanOrEqual(PRECISION_TARGET);
  });

  test.each(['ru', 'kk', 'en', 'zh'] as const)('%s alone keeps CHPL recall ≥ 0.9 and heading accuracy ≥ 0.85', (lang) => {
    // Act
    const s = score(evaluate(heldOut.filter((i) => i.lang === lang), goodsData()));

    // Assess
    expect(s.chpl.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.headingAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  test('heading accuracy ≥ 0.9 and subheading accuracy ≥ 0.9 overall', () => {
    expect(scores.headingAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.hs6Accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
