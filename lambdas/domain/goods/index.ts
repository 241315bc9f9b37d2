/** Goods screening: printed HS / TN VED codes and descriptions → HS 2022 → export-control lists. */
export { classifyGoods, type GoodsClassification, type GoodsInput } from './classify-goods';
export { classifyGoodsJsonl } from './classify-goods-jsonl';
export { screenGoodsLine, type ScreenGoodsOptions } from './screen-goods-line';
export { loadGoodsData, type GoodsData, type GoodsDataFiles } from './load-goods-data';
export { normalizePrintedCode, type PrintedCode } from './hs-code';
export type { ControlHit } from './control-lists';
