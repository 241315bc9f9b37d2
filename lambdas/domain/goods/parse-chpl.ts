export interface ChplRow {
  hs6: string;
  tier: string;
  description: string;
}

/**
 * chpl.csv: a `#` provenance line, then `hs6,tier,description,source`. Descriptions may be quoted and contain
 * commas; only the first three fields are needed, so a small quote-aware splitter is enough.
 */
export function parseChplRows(csv: string): ChplRow[] {
  const rows: ChplRow[] = [];
  for (const line of csv.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [hs6, tier, description] = splitCsvLine(line);
    if (!/^\d{6}$/.test(hs6)) continue; // header
    rows.push({ hs6, tier, description });
  }
  return rows;
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { fields.push(field); field = ''; }
    else field += ch;
  }
  fields.push(field);
  return fields;
}
