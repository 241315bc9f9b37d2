import { classifyGoods, type GoodsClassification } from '../../lambdas/domain/goods/classify-goods';
import type { GoodsData } from '../../lambdas/domain/goods/load-goods-data';

/** One line of tests/fixtures/goods/labelled-goods.jsonl. */
export interface LabelledGoods {
  id: string;
  lang: 'ru' | 'kk' | 'en' | 'zh';
  text: string;
  hsCode?: string;
  /** Expected HS 2022 subheading (6 digits), null when the line does not determine one. */
  hs6: string | null;
  heading: string | null;
  /** Should the line be flagged for the CHPL (listed, or possibly listed and needing review)? */
  chpl: boolean;
  kind: 'chpl' | 'near' | 'clean';
  /** dev: tuned on; holdout, blind, blind2, blind3: written in that order, each first scored before any tuning on it. */
  split: 'dev' | 'holdout' | 'blind' | 'blind2' | 'blind3';
}

export interface Scores {
  items: number;
  headingAccuracy: number;
  hs6Accuracy: number;
  hs6Items: number;
  chpl: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
}

export interface Evaluated {
  item: LabelledGoods;
  result: GoodsClassification;
  flagged: boolean;
  headingOk: boolean;
  hs6Ok: boolean | undefined;
}

export function parseLabelled(jsonl: string): LabelledGoods[] {
  return jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledGoods);
}

export function evaluate(items: LabelledGoods[], data: GoodsData): Evaluated[] {
  return items.map((item) => {
    const result = classifyGoods({ text: item.text, hsCode: item.hsCode }, data);
    return {
      item, result,
      flagged: result.controls.some((c) => c.list === 'CHPL'),
      headingOk: result.heading === item.heading,
      hs6Ok: item.hs6 === null ? undefined : result.hs6 === item.hs6,
    };
  });
}

export function score(evaluated: Evaluated[]): Scores {
  const tp = evaluated.filter((e) => e.flagged && e.item.chpl).length;
  const fp = evaluated.filter((e) => e.flagged && !e.item.chpl).length;
  const fn = evaluated.filter((e) => !e.flagged && e.item.chpl).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const withHs6 = evaluated.filter((e) => e.hs6Ok !== undefined);
  return {
    items: evaluated.length,
    headingAccuracy: ratio(evaluated.filter((e) => e.headingOk).length, evaluated.length),
    hs6Accuracy: ratio(withHs6.filter((e) => e.hs6Ok).length, withHs6.length),
    hs6Items: withHs6.length,
    chpl: { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
  };
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
