import { parse } from 'csv-parse/sync';

/** One listed subject with every name it is known by. */
export interface ListedEntity {
  entryId: string;
  list: string;
  name: string;
  type: 'entity' | 'individual' | 'vessel' | 'aircraft';
  programs: string[];
  aliases: Array<{ name: string; kind: string }>;
  /** Tax and registration numbers quoted in the list's remarks (digits only). */
  identifiers: Array<{ label: string; value: string; country?: string }>;
  countries: string[];
}

const EMPTY = '-0-';
const clean = (value: string | undefined) => {
  const v = (value ?? '').trim();
  return v === EMPTY ? '' : v;
};

function readCsv(text: string): string[][] {
  // OFAC's files end with a DOS end-of-file byte (0x1A).
  return parse(text.replace(/\u001a/g, ''), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: false });
}

const IDENTIFIER_IN_REMARKS = /(Tax ID No\.|Registration Number|Company Number|Identification Number|Registration ID|National ID No\.)\s*([0-9A-Z-]{5,})\s*(?:\(([^)]+)\))?/g;

/** Parses the OFAC SDN CSV trio (main records, aliases, addresses) into listed entities. */
export function parseOfacSdn(files: { sdn: string; alt: string; add: string }, list = 'OFAC-SDN'): ListedEntity[] {
  const entities = new Map<string, ListedEntity>();
  for (const row of readCsv(files.sdn)) {
    const [entNum, name, type, program, , , , , , , , remarks] = row;
    if (!/^\d+$/.test(entNum?.trim() ?? '') || !clean(name)) continue;
    const kind = clean(type).toLowerCase();
    const identifiers = [...clean(remarks).matchAll(IDENTIFIER_IN_REMARKS)].map((m) => ({ label: m[1], value: m[2].replace(/-/g, ''), country: m[3] }));
    entities.set(entNum.trim(), {
      entryId: `SDN-${entNum.trim()}`,
      list,
      name: clean(name),
      type: kind === 'individual' || kind === 'vessel' || kind === 'aircraft' ? kind : 'entity',
      programs: clean(program).split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      aliases: [],
      identifiers,
      countries: [],
    });
  }
  for (const [entNum, , kind, name] of readCsv(files.alt)) {
    const entity = entities.get(entNum?.trim());
    if (entity && clean(name)) entity.aliases.push({ name: clean(name), kind: clean(kind) || 'aka' });
  }
  for (const [entNum, , , , country] of readCsv(files.add)) {
    const entity = entities.get(entNum?.trim());
    if (entity && clean(country) && !entity.countries.includes(clean(country))) entity.countries.push(clean(country));
  }
  return [...entities.values()];
}
