import { parse } from 'csv-parse/sync';
import type { ListedEntity, ListedIdentifier } from './listed-entity';

const EMPTY = '-0-';
const clean = (value: string | undefined) => {
  const v = (value ?? '').trim();
  return v === EMPTY ? '' : v;
};

function readCsv(text: string): string[][] {
  // OFAC's files end with a DOS end-of-file byte (0x1A).
  return parse(text.replace(/\u001a/g, ''), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: false });
}

const IDENTIFIER_IN_REMARKS = /(Tax ID No\.|Registration Number|Company Number|Identification Number|Registration ID|National ID No\.|IMO|SWIFT\/BIC)\s*([0-9A-Z-]{5,})\s*(?:\(([^)]+)\))?/g;

/** Which scheme an OFAC remark label means, given the country in parentheses. */
function schemeOf(label: string, country: string | undefined): string {
  if (label === 'Tax ID No.' && country === 'Russia') return 'RU-INN';
  if (label === 'Registration Number' && country === 'Russia') return 'RU-OGRN';
  if (country === 'Kazakhstan' && /Registration|Identification|Company/.test(label)) return 'KZ-BIN';
  if (label === 'IMO') return 'IMO';
  if (label === 'SWIFT/BIC') return 'SWIFT';
  if (label === 'Tax ID No.') return 'TAX-ID';
  if (label === 'National ID No.') return 'NATIONAL-ID';
  return 'REGISTRATION';
}

/**
 * Parses OFAC's legacy CSV trio (main records, aliases, addresses) — the SDN list (`sdn.csv`, `alt.csv`,
 * `add.csv`) or the non-SDN consolidated list (`cons_prim.csv`, `cons_alt.csv`, `cons_add.csv`).
 */
export function parseOfacCsv(files: { main: string; alt: string; add: string }, list = 'OFAC-SDN', idPrefix = 'SDN'): ListedEntity[] {
  const entities = new Map<string, ListedEntity>();
  for (const row of readCsv(files.main)) {
    const [entNum, name, type, program, , , , , , , , remarks] = row;
    if (!/^\d+$/.test(entNum?.trim() ?? '') || !clean(name)) continue;
    const kind = clean(type).toLowerCase();
    const identifiers: ListedIdentifier[] = [...clean(remarks).matchAll(IDENTIFIER_IN_REMARKS)].map((m) => ({
      scheme: schemeOf(m[1], m[3]),
      value: m[2].replace(/-/g, '').toUpperCase(),
      label: m[1],
      ...(m[3] ? { country: m[3] } : {}),
    }));
    entities.set(entNum.trim(), {
      entryId: `${idPrefix}-${entNum.trim()}`,
      list,
      type: kind === 'individual' || kind === 'vessel' || kind === 'aircraft' ? kind : 'entity',
      programs: clean(program).split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      names: [{ value: clean(name), strength: 'primary', kind: 'primary', script: 'latin' }],
      countries: [],
      addresses: [],
      identifiers,
      remarks: clean(remarks) || undefined,
    });
  }
  for (const [entNum, , kind, name, remarks] of readCsv(files.alt)) {
    const entity = entities.get(entNum?.trim());
    if (!entity || !clean(name)) continue;
    const aliasKind = clean(kind).toLowerCase();
    entity.names.push({
      value: clean(name),
      // OFAC marks low-quality aliases as "weak" in the alias remarks.
      strength: /weak/i.test(clean(remarks)) ? 'weak' : 'strong',
      kind: aliasKind === 'fka' || aliasKind === 'nka' ? aliasKind : 'aka',
      script: 'latin',
    });
  }
  for (const [entNum, , street, city, country] of readCsv(files.add)) {
    const entity = entities.get(entNum?.trim());
    if (!entity) continue;
    const text = [clean(street), clean(city), clean(country)].filter(Boolean).join(', ');
    if (text) entity.addresses.push({ text, ...(clean(country) ? { country: clean(country) } : {}) });
    if (clean(country) && !entity.countries.includes(clean(country))) entity.countries.push(clean(country));
  }
  return [...entities.values()];
}
