import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { EntityBuilder } from './entity-builder';
import type { EntityType, ListedEntity } from './listed-entity';
import { asText, cleanText, parseSlashDate } from './list-values';

/** One row of BIS's `dpl.txt` (tab-separated, quoted, with a header), by column name. */
export type DplRow = Record<string, string>;

export function readDplRows(input: string | Buffer): DplRow[] {
  return parse(asText(input), { delimiter: '\t', columns: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
}

/** The file has no type column: a legal form in the name marks an organisation, anything else stays unknown. */
const ORGANISATION = /\b(INC|INCORPORATED|LTD|LIMITED|LLC|L\.L\.C|CORP|CORPORATION|CO|COMPANY|GMBH|S\.?A|B\.?V|AG|FZE|FZCO|LLP|PLC|PTE|TRADING|INDUSTRIES|ENTERPRISES?|INTERNATIONAL|GROUP|SERVICES|TECHNOLOG(Y|IES)|ELECTRONICS)\b\.?/;

function entityType(name: string): EntityType {
  return ORGANISATION.test(name.toUpperCase()) ? 'entity' : 'unknown';
}

/**
 * No ids in the file: the entry id hashes what identifies a denial — name, full address and effective
 * date — so it stays the same from one edition to the next. Rows that hash alike are the same denial.
 */
export function dplEntryId(row: DplRow): string {
  const key = ['Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date']
    .map((column) => cleanText(row[column]).toUpperCase())
    .join('|');
  return `BIS-DPL-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** "FUYI SUN A/K/A FRANK SUN", "PEARL (A.K.A. NEI-CHIEN CHU) LI": the listed name and its aliases. */
export function dplNames(name: string): { primary: string; aliases: string[] } {
  const inner = [...name.matchAll(/\(\s*A\.?K\.?A\.?\s+([^)]+)\)/gi)].map((m) => cleanText(m[1]));
  const [primary, ...aliases] = cleanText(name.replace(/\(\s*A\.?K\.?A\.?\s+[^)]+\)/gi, ' ')).split(/\s+A\/K\/A\s+/i);
  return { primary: cleanText(primary), aliases: [...aliases.map(cleanText), ...inner].filter(Boolean) };
}

function addRow(entity: EntityBuilder, row: DplRow): void {
  const cityLine = [row.City, row.State, row.Postal_Code].map(cleanText).filter(Boolean).join(' ');
  entity.address([row.Street_Address, cityLine], cleanText(row.Country));
  entity.listed(parseSlashDate(row.Effective_Date, 'mdy')).expires(parseSlashDate(row.Expiration_Date, 'mdy'));
  entity.remark([row.Action, row.FR_Citation].map(cleanText).filter(Boolean).join(': '));
}

/** Parses the BIS Denied Persons List; each distinct denial (name, address, effective date) is one entry. */
export function parseBisDpl(input: string | Buffer): ListedEntity[] {
  const entities = new Map<string, EntityBuilder>();
  for (const row of readDplRows(input)) {
    const name = cleanText(row.Name);
    if (!name) continue;
    const id = dplEntryId(row);
    const entity = entities.get(id) ?? new EntityBuilder(id, 'BIS-DPL', entityType(name)).program('DPL');
    const { primary, aliases } = dplNames(name);
    entity.name(primary, 'primary', 'primary');
    aliases.forEach((alias) => entity.name(alias, 'strong', 'aka'));
    addRow(entity, row);
    entities.set(id, entity);
  }
  return [...entities.values()].map((e) => e.build());
}
