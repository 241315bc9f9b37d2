/**
 * Loads the consolidated list snapshot the benchmark and the set-builder use: the OFAC SDN files in
 * data/lists/ofac-sdn through the project's parser, plus every other list whose parser and data have
 * landed (checked at run time, so this file keeps working while the list parsers are being added).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedEntity } from '../../lambdas/domain/lists/listed-entity';
import { parseOfacCsv } from '../../lambdas/domain/lists/parse-ofac-csv';

export const REPO = join(__dirname, '..', '..');
const LISTS = join(REPO, 'data', 'lists');
const PARSERS = join(REPO, 'lambdas', 'domain', 'lists');

const read = (path: string) => readFileSync(path, 'utf-8');

function loadOfac(): ListedEntity[] {
  const dir = join(LISTS, 'ofac-sdn');
  const comments = join(dir, 'sdn_comments.csv');
  return parseOfacCsv({
    main: read(join(dir, 'sdn.csv')), alt: read(join(dir, 'alt.csv')), add: read(join(dir, 'add.csv')),
    ...(existsSync(comments) ? { comments: read(comments) } : {}),
  } as Parameters<typeof parseOfacCsv>[0]);
}

type Loader = { name: string; load: () => ListedEntity[] | Promise<ListedEntity[]> | undefined };

/** Optional lists: each returns undefined while its parser or data file is missing. */
type ParserFn = (...a: unknown[]) => ListedEntity[] | Promise<ListedEntity[]>;

function optional(parserFile: string, exportName: string, dataFiles: string[], call: (fn: ParserFn, texts: string[], paths: string[]) => ListedEntity[] | Promise<ListedEntity[]>): Loader {
  return {
    name: `${parserFile}:${exportName}`,
    load: () => {
      const parserPath = join(PARSERS, parserFile);
      const paths = dataFiles.map((f) => join(LISTS, f));
      if (!existsSync(parserPath) || paths.some((p) => !existsSync(p))) return undefined;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fn = require(parserPath)[exportName] as ParserFn | undefined;
      if (typeof fn !== 'function') return undefined;
      try {
        return call(fn, paths.map((p) => (p.endsWith('.xlsx') ? '' : read(p))), paths);
      } catch (error) {
        console.warn(`skipping ${parserFile}: ${(error as Error).message}`);
        return undefined;
      }
    },
  };
}

const OPTIONAL: Loader[] = [
  optional('parse-ofac-csv.ts', 'parseOfacCsv', ['ofac-cons/cons_prim.csv', 'ofac-cons/cons_alt.csv', 'ofac-cons/cons_add.csv'],
    (fn, [main, alt, add]) => fn({ main, alt, add }, 'OFAC-CONS', 'CONS')),
  optional('parse-un-xml.ts', 'parseUnXml', ['un-sc/UN_consolidated.xml'], (fn, [xml]) => fn(xml)),
  optional('parse-bis-dpl.ts', 'parseBisDpl', ['bis-dpl/dpl.txt'], (fn, [text]) => fn(text)),
  optional('parse-uk-ofsi-xlsx.ts', 'parseUkOfsiXlsx', ['uk-ofsi/ConList.xlsx'], (fn, _texts, [path]) => fn(readFileSync(path))),
];

export interface Snapshot {
  entities: ListedEntity[];
  lists: string[];
  nameCount: number;
}

export async function loadSnapshot(): Promise<Snapshot> {
  const entities = loadOfac();
  const lists = ['OFAC-SDN (data/lists/ofac-sdn)'];
  for (const loader of OPTIONAL) {
    let more: ListedEntity[] | undefined;
    try {
      more = await loader.load();
    } catch (error) {
      console.warn(`skipping ${loader.name}: ${(error as Error).message}`);
    }
    if (more?.length) {
      entities.push(...more);
      lists.push(`${more[0].list} (${loader.name})`);
    }
  }
  const nameCount = entities.reduce((n, e) => n + e.names.length, 0);
  return { entities, lists, nameCount };
}

/** Which data folders exist, to tell the reader what was and was not included. */
export function availableListFolders(): string[] {
  return existsSync(LISTS) ? readdirSync(LISTS) : [];
}
