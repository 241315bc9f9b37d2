import { createHash } from 'node:crypto';
import { VocabularyIndex } from './classify-description';
import { chplList, CHPL_PUBLISHED_AT, ControlIndex, jsonControlList, type ControlList } from './control-lists';
import { buildNomenclature, type Nomenclature } from './nomenclature';

/** Everything goods screening needs, built once from the data files and shared by every call. */
export interface GoodsData {
  nomenclature: Nomenclature;
  controls: ControlIndex;
  vocabulary: VocabularyIndex;
  /** list id → version stamped on findings (`<publication date>#<sha256 prefix>`). */
  listVersions: Record<string, string>;
}

/** The file contents, read by the caller (adapter, test or benchmark); this module does no I/O. */
export interface GoodsDataFiles {
  /** data/goods/harmonized-system/harmonized-system.csv */
  hsNomenclatureCsv: string;
  /** data/goods/tnved-eaeu/TNVED3.TXT — CP866: pass the bytes (they are decoded here). Optional. */
  tnvedHeadings?: Uint8Array | string;
  /** data/goods/chpl.csv */
  chplCsv: string;
  /** Further lists: data/goods/eu-833-2014-annex-xl.json, data/goods/us-ear-746-supp4.json. */
  controlListJson?: string[];
  /** Versions as the adapter stamps them from data/manifest.json; computed from the texts when absent. */
  listVersions?: Record<string, string>;
}

const hash12 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);

export function loadGoodsData(files: GoodsDataFiles): GoodsData {
  const versionOf = (id: string, publishedAt: string, text: string) => files.listVersions?.[id] ?? `${publishedAt}#${hash12(text)}`;
  const lists: ControlList[] = [chplList(files.chplCsv, versionOf('CHPL', CHPL_PUBLISHED_AT, files.chplCsv))];
  for (const json of files.controlListJson ?? []) {
    const { id, publishedAt } = JSON.parse(json) as { id: string; publishedAt: string };
    lists.push(jsonControlList(json, versionOf(id, publishedAt, json)));
  }
  return {
    nomenclature: buildNomenclature(files.hsNomenclatureCsv, files.tnvedHeadings),
    controls: new ControlIndex(lists),
    vocabulary: new VocabularyIndex(),
    listVersions: Object.fromEntries(lists.map((l) => [l.id, l.version])),
  };
}
