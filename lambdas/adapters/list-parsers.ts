import type { ListedEntity } from '../domain/lists/listed-entity';
import { parseOfacCsv } from '../domain/lists/parse-ofac-csv';

/** Files of one list by file name (sdn.csv, alt.csv…), as downloaded or as shipped in data/. */
export type ListFiles = Record<string, Buffer>;

const text = (files: ListFiles, ...names: string[]) => {
  for (const name of names) if (files[name]) return files[name].toString('utf-8');
  throw new Error(`missing list file: one of ${names.join(', ')}`);
};

/** Which parser reads which list, and which of its files. */
export async function parseListFiles(listId: string, files: ListFiles): Promise<ListedEntity[]> {
  switch (listId) {
    case 'OFAC-SDN':
      return parseOfacCsv({ main: text(files, 'sdn.csv', 'SDN.CSV'), alt: text(files, 'alt.csv', 'ALT.CSV'), add: text(files, 'add.csv', 'ADD.CSV') });
    case 'OFAC-CONS':
      return parseOfacCsv({ main: text(files, 'cons_prim.csv', 'CONS_PRIM.CSV'), alt: text(files, 'cons_alt.csv', 'CONS_ALT.CSV'), add: text(files, 'cons_add.csv', 'CONS_ADD.CSV') }, 'OFAC-CONS', 'CONS');
    default:
      throw new Error(`no parser for list ${listId}`);
  }
}
