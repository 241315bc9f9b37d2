import { LIST_REGISTRY, type ListId, type ListSource } from '../domain/lists/list-registry';
import type { ListedEntity } from '../domain/lists/listed-entity';

/** Files of one list by file name (sdn.csv, ConList.xlsx…), as downloaded or as shipped in data/. */
export type ListFiles = Record<string, Buffer>;

export function listSource(listId: string): ListSource {
  const source = LIST_REGISTRY[listId as ListId];
  if (!source) throw new Error(`no parser for list ${listId}`);
  return source;
}

/** The shipped/updated format's files, keyed by the role its parser expects. */
function byRole(source: ListSource, files: ListFiles): Record<string, Buffer> {
  const lowerCased = new Map(Object.entries(files).map(([name, bytes]) => [name.toLowerCase(), bytes]));
  const roles: Record<string, Buffer> = {};
  for (const file of source.formats[0].files) {
    const bytes = lowerCased.get(file.fileName.toLowerCase());
    if (bytes) roles[file.role] = bytes;
    else if (!file.optional) throw new Error(`${source.id}: file ${file.fileName} is missing`);
  }
  return roles;
}

/** Parses one list's files with the parser its registry entry names. */
export async function parseListFiles(listId: string, files: ListFiles): Promise<ListedEntity[]> {
  const source = listSource(listId);
  return source.formats[0].parse(byRole(source, files));
}

/** Entries and stated publication date of one list, parsing its files once (publishedAt undefined when unstated or unreadable). */
export async function readListFiles(listId: string, files: ListFiles): Promise<{ publishedAt?: string; entities: ListedEntity[] }> {
  const source = listSource(listId);
  const format = source.formats[0];
  const roles = byRole(source, files);
  if (format.read) return format.read(roles);
  const [publishedAt, entities] = await Promise.all([format.publishedAt(roles).catch(() => undefined), format.parse(roles)]);
  return { publishedAt, entities };
}
