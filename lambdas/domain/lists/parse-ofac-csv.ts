import { parse } from 'csv-parse/sync';
import { EntityBuilder } from './entity-builder';
import type { EntityType, ListedEntity } from './listed-entity';
import { cleanText } from './list-values';
import { applyOfacRemarks } from './ofac-remarks';

/** OFAC cuts the Remarks field at this many characters and continues it in sdn_comments.csv / cons_comments.csv. */
const REMARKS_FIELD_LIMIT = 1000;

function readCsv(text: string): string[][] {
  // OFAC's files end with a DOS end-of-file byte (0x1A).
  return parse(text.replace(/\u001a/g, ''), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: false });
}

const entryNumber = (value: string | undefined) => (/^\d+$/.test(value?.trim() ?? '') ? value!.trim() : undefined);

function entityType(sdnType: string): EntityType {
  const kind = cleanText(sdnType).toLowerCase();
  return kind === 'individual' || kind === 'vessel' || kind === 'aircraft' ? kind : 'entity';
}

/** Program column: "RUSSIA-EO14024" or "SDGT] [IRGC" (several tags in one field). */
const programsOf = (field: string) => cleanText(field).split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean);

/** Remarks continuations by entry number. */
function readOverflow(text: string | undefined): Map<string, string> {
  const overflow = new Map<string, string>();
  for (const [entNum, extension] of text ? readCsv(text) : []) {
    const id = entryNumber(entNum);
    if (id && extension) overflow.set(id, (overflow.get(id) ?? '') + extension);
  }
  return overflow;
}

/**
 * The continuation belongs to a remark that OFAC truncated at the field limit. A remark shorter than
 * that is complete, and an overflow next to it comes from another edition of the file: ignored.
 */
function fullRemarks(remarks: string, overflow: string | undefined): string {
  return overflow && remarks.length >= REMARKS_FIELD_LIMIT ? remarks + overflow : remarks;
}

/**
 * Parses OFAC's legacy CSV files — the SDN list (`sdn.csv`, `alt.csv`, `add.csv`, `sdn_comments.csv`) or
 * the non-SDN consolidated list (`cons_prim.csv`, `cons_alt.csv`, `cons_add.csv`, `cons_comments.csv`),
 * which share the layout. Countries become ISO alpha-2; identifiers, birth dates and nationality are read
 * from the remarks.
 */
export function parseOfacCsv(
  files: { main: string; alt: string; add: string; comments?: string },
  list = 'OFAC-SDN',
  idPrefix = 'SDN',
): ListedEntity[] {
  const entities = new Map<string, EntityBuilder>();
  const overflow = readOverflow(files.comments);
  for (const row of readCsv(files.main)) {
    const [entNum, name, type, program, , , , , , vesselFlag, , remarks] = row;
    const id = entryNumber(entNum);
    if (!id || !cleanText(name)) continue;
    const entity = new EntityBuilder(`${idPrefix}-${id}`, list, entityType(type)).name(name, 'primary', 'primary');
    programsOf(program).forEach((p) => entity.program(p));
    entity.country(vesselFlag);
    const text = fullRemarks(cleanText(remarks), overflow.get(id));
    applyOfacRemarks(text, entity);
    entity.remark(text);
    entities.set(id, entity);
  }
  for (const [entNum, , kind, name] of readCsv(files.alt)) {
    const aliasKind = cleanText(kind).toLowerCase();
    entities.get(entryNumber(entNum) ?? '')?.name(name, 'strong', aliasKind === 'fka' || aliasKind === 'nka' ? aliasKind : 'aka');
  }
  for (const [entNum, , street, city, country] of readCsv(files.add)) {
    entities.get(entryNumber(entNum) ?? '')?.address([street, city], country);
  }
  return [...entities.values()].map((e) => e.build());
}
