import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadGoodsData } from '../domain/goods';
import { GoodsScreener } from '../domain/screening/goods-screener';
import type { ListSnapshot } from '../domain/screening/list-changes';
import { PartyScreener } from '../domain/screening/party-screener';
import type { Screeners } from '../domain/screening/screen-invoice';
import type { ParsedList } from '../use-cases/update-lists';
import { parseListFiles } from './list-parsers';

export interface ManifestList {
  id: string;
  publishedAt: string;
  files: string[];
}

/** Goods lists are not sanctions lists: they stay with the code; party lists may come from a snapshot. */
const GOODS_LISTS = new Set(['CHPL', 'EU-833-2014-ANNEX-XL', 'US-EAR-746-SUPP4']);

/**
 * The list data ships inside the Lambda bundle (copied to `data/` next to the handler) and lives in the
 * repository's `data/` folder locally. Either way it is found relative to the code, never from ../shared.
 */
export function resolveDataDir(): string {
  // Not DOC_AUDIT_DATA_DIR: that is the local runtime's state folder (DynamoDB files, S3 objects).
  if (process.env.DOC_AUDIT_LIST_DIR) return process.env.DOC_AUDIT_LIST_DIR;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'manifest.json'))) return join(dir, 'data');
    if (dirname(dir) === dir) throw new Error(`no data/manifest.json above ${__dirname}`);
  }
}

/** A list version is its publication date plus a hash of its exact content. */
export function listVersion(publishedAt: string, files: Buffer[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file);
  return `${publishedAt}#${hash.digest('hex').slice(0, 12)}`;
}

export function readManifest(dataDir = resolveDataDir()): ManifestList[] {
  return (JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf-8')) as { lists: ManifestList[] }).lists;
}

/** Parsed lists, cached by version: parsing the official formats (xlsx, XML) takes seconds, reading JSON does not. */
export const PARSED_LISTS_FILE = 'parsed-lists.json.gz';

function cachedParse(file: string, versions: string[]): ParsedList[] | undefined {
  if (!existsSync(file)) return undefined;
  const cached = JSON.parse(gunzipSync(readFileSync(file)).toString('utf-8')) as ParsedList[];
  return cached.map((l) => l.version).join('|') === versions.join('|') ? cached : undefined;
}

/**
 * The sanctions lists shipped in data/, parsed and versioned. A parse of exactly these versions is reused
 * from `data/parsed-lists.json.gz` (written into Lambda bundles at build time) or from the machine's temp
 * folder (local runs); anything else is parsed from the official files and cached.
 */
export async function loadBundledLists(dataDir = resolveDataDir()): Promise<ParsedList[]> {
  const lists = readManifest(dataDir).filter((l) => !GOODS_LISTS.has(l.id)).map((list) => {
    const files = list.files.map((f) => readFileSync(join(dataDir, f)));
    return { list, files, version: listVersion(list.publishedAt, files) };
  });
  const versions = lists.map((l) => `${l.list.id}=${l.version}`);
  const cacheFile = join(tmpdir(), 'doc-audit-lists', `${createHash('sha256').update(versions.join('|')).digest('hex').slice(0, 16)}.json.gz`);
  const cached = cachedParse(join(dataDir, PARSED_LISTS_FILE), lists.map((l) => l.version)) ?? cachedParse(cacheFile, lists.map((l) => l.version));
  if (cached) return cached;
  const parsed: ParsedList[] = [];
  for (const { list, files, version } of lists) {
    const entities = await parseListFiles(list.id, Object.fromEntries(list.files.map((f, i) => [f.split('/').pop()!, files[i]])));
    parsed.push({ id: list.id, publishedAt: list.publishedAt, version, entities });
  }
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(`${cacheFile}.tmp`, gzipSync(JSON.stringify(parsed)));
    renameSync(`${cacheFile}.tmp`, cacheFile); // atomic: concurrent readers never see half a file
  } catch {
    // A read-only or full temp folder only costs the next cold start another parse.
  }
  return parsed;
}

/** Writes the parsed-lists file next to the list data (the Lambda bundling step calls this). */
export async function writeParsedLists(dataDir: string): Promise<void> {
  writeFileSync(join(dataDir, PARSED_LISTS_FILE), gzipSync(JSON.stringify(await loadBundledLists(dataDir))));
}

/** The goods control lists with the HS 2022 nomenclature and the TN VED headings (CP866, read as bytes). */
/** The goods lists ship with the code and never change at run time: a list update rebuilds only the party index. */
const goodsByDir = new Map<string, ReturnType<typeof readGoods>>();

export function loadGoods(dataDir = resolveDataDir()): ReturnType<typeof readGoods> {
  let goods = goodsByDir.get(dataDir);
  if (!goods) goodsByDir.set(dataDir, (goods = readGoods(dataDir)));
  return goods;
}

function readGoods(dataDir: string) {
  const lists = readManifest(dataDir).filter((l) => GOODS_LISTS.has(l.id)).map((list) => ({ ...list, bytes: list.files.map((f) => readFileSync(join(dataDir, f))) }));
  const listVersions = Object.fromEntries(lists.map((l) => [l.id, listVersion(l.publishedAt, l.bytes)]));
  const text = (id: string) => {
    const list = lists.find((l) => l.id === id);
    if (!list) throw new Error(`list ${id} missing from ${dataDir}/manifest.json`);
    return list.bytes[0].toString('utf-8');
  };
  const data = loadGoodsData({
    hsNomenclatureCsv: readFileSync(join(dataDir, 'goods/harmonized-system/harmonized-system.csv'), 'utf-8'),
    tnvedHeadings: new Uint8Array(readFileSync(join(dataDir, 'goods/tnved-eaeu/TNVED3.TXT'))),
    chplCsv: text('CHPL'),
    controlListJson: lists.filter((l) => l.id !== 'CHPL').map((l) => text(l.id)),
    listVersions,
  });
  return { screener: new GoodsScreener(data), versions: listVersions };
}

/** Screeners over a published snapshot when there is one, else over the bundled lists. */
export async function loadScreeners(options: { dataDir?: string; snapshot?: ListSnapshot } = {}): Promise<Screeners> {
  const dataDir = options.dataDir ?? resolveDataDir();
  const lists = options.snapshot
    ? options.snapshot.lists.map((l) => ({ ...l, entities: options.snapshot!.entities.filter((e) => e.list === l.id) }))
    : await loadBundledLists(dataDir);
  const goods = loadGoods(dataDir);
  const versions = Object.fromEntries(lists.map((l) => [l.id, l.version]));
  return {
    parties: new PartyScreener(lists.flatMap((l) => l.entities), versions),
    goods: goods.screener,
    listVersions: { ...versions, ...goods.versions },
  };
}
