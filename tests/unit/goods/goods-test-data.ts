import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoodsData, type GoodsData } from '../../../lambdas/domain/goods/load-goods-data';

/** The real data shipped in data/goods, read once per test file (the domain itself reads no files). */
const DATA = join(__dirname, '..', '..', '..', 'data', 'goods');
let cached: GoodsData | undefined;

export function goodsData(): GoodsData {
  cached ??= loadGoodsData({
    hsNomenclatureCsv: readFileSync(join(DATA, 'harmonized-system', 'harmonized-system.csv'), 'utf-8'),
    tnvedHeadings: readFileSync(join(DATA, 'tnved-eaeu', 'TNVED3.TXT')),
    chplCsv: readFileSync(join(DATA, 'chpl.csv'), 'utf-8'),
    controlListJson: ['eu-833-2014-annex-xl.json', 'us-ear-746-supp4.json'].map((f) => readFileSync(join(DATA, f), 'utf-8')),
  });
  return cached;
}
