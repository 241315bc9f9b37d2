import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GoodsScreener, parseChpl } from '../domain/screening/goods-screener';
import { PartyScreener } from '../domain/screening/party-screener';
import { parseOfacCsv } from '../domain/lists/parse-ofac-csv';
import type { Screeners } from '../domain/screening/screen-invoice';

interface ManifestList {
  id: string;
  publishedAt: string;
  files: string[];
}

/**
 * The list data ships inside the Lambda bundle (copied to `data/` next to the handler) and lives in the
 * repository's `data/` folder locally. Either way it is found relative to the code, never from ../shared.
 */
export function resolveDataDir(): string {
  if (process.env.DOC_AUDIT_DATA_DIR) return process.env.DOC_AUDIT_DATA_DIR;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'manifest.json'))) return join(dir, 'data');
    if (dirname(dir) === dir) throw new Error(`no data/manifest.json above ${__dirname}`);
  }
}

/** A list version is its publication date plus a hash of its exact content. */
function versionOf(dataDir: string, list: ManifestList): { version: string; texts: string[] } {
  const hash = createHash('sha256');
  const texts = list.files.map((file) => {
    const bytes = readFileSync(join(dataDir, file));
    hash.update(bytes);
    return bytes.toString('utf-8');
  });
  return { version: `${list.publishedAt}#${hash.digest('hex').slice(0, 12)}`, texts };
}

export function loadScreeners(dataDir = resolveDataDir()): Screeners {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf-8')) as { lists: ManifestList[] };
  const list = (id: string) => {
    const found = manifest.lists.find((l) => l.id === id);
    if (!found) throw new Error(`list ${id} missing from ${dataDir}/manifest.json`);
    return versionOf(dataDir, found);
  };
  const sdn = list('OFAC-SDN');
  const chpl = list('CHPL');
  const [sdnText, altText, addText] = sdn.texts;
  return {
    parties: new PartyScreener(parseOfacCsv({ main: sdnText, alt: altText, add: addText }), sdn.version),
    goods: new GoodsScreener(parseChpl(chpl.texts[0]), chpl.version),
    listVersions: { 'OFAC-SDN': sdn.version, CHPL: chpl.version },
  };
}
