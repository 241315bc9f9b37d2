import { parseChplRows } from './parse-chpl';

/**
 * Export-control lists keyed by HS codes, each entry with its legal citation.
 * An entry covers HS codes by prefix: a 6-digit subheading, a 4-digit heading or a 2-digit chapter
 * (US EAR Supplement No. 4 to part 746 covers whole chapters).
 */
export interface ControlEntry {
  list: string;
  version: string;
  /** 2-, 4- or 6-digit HS codes. */
  codes: string[];
  tier?: string;
  annex?: string;
  citation: string;
  description?: string;
}

export interface ControlList {
  id: string;
  name: string;
  /** Publication date of the content, e.g. 2024-02-23; the loader may stamp `date#hash`. */
  version: string;
  /** 'tier': severity from the CHPL tier (1/2 high, others medium); 'low': jurisdiction-dependent lists. */
  findingSeverity: 'tier' | 'low';
  /** Said in every finding: what the list means for a Kazakh exporter, and how sure the data is. */
  caveat?: string;
  entries: ControlEntry[];
}

/** A control that applies to a classification, in the shape `classifyGoods` returns. */
export interface ControlHit {
  list: string;
  tier?: string;
  annex?: string;
  citation: string;
  version: string;
  /** exact: every subheading the goods can be in is listed; possible: only some are (review). */
  match: 'exact' | 'possible';
  /** Dotted hs6 (8482.10) for an exact single subheading, else the heading (8482). */
  entryId: string;
  /** The listed hs6 codes among the candidates. */
  covers: string[];
}

export const CHPL_PUBLISHED_AT = '2024-02-23';
export const dotted = (code: string): string => (code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code);

/** The CHPL (chpl.csv) as a control list. */
export function chplList(csv: string, version = CHPL_PUBLISHED_AT): ControlList {
  const entries = parseChplRows(csv).map((row) => ({
    list: 'CHPL',
    version,
    codes: [row.hs6],
    tier: row.tier,
    citation: `Common High Priority List (BIS with EU, UK, Japan), version of ${CHPL_PUBLISHED_AT}, Tier ${row.tier}, HS ${dotted(row.hs6)}`,
    description: row.description,
  }));
  return {
    id: 'CHPL', name: 'Common High Priority List (EU, US, UK, Japan)', version, findingSeverity: 'tier', entries,
    caveat: 'a red flag for enhanced due diligence on diversion to Russia; Kazakhstan has not adopted the ban',
  };
}

interface ControlListFile {
  id: string;
  name: string;
  publishedAt: string;
  findingSeverity: 'tier' | 'low';
  caveat?: string;
  entries: Array<{ codes: string[]; tier?: string; annex?: string; citation: string; description?: string }>;
}

/** A list from one of the data/goods/*.json files (schema in data/goods/SOURCES.md). */
export function jsonControlList(json: string, version?: string): ControlList {
  const file = JSON.parse(json) as ControlListFile;
  const v = version ?? file.publishedAt;
  for (const e of file.entries) {
    if (!e.codes.every((code) => /^(?:\d{2}|\d{4}|\d{6})$/.test(code))) throw new Error(`${file.id}: bad HS code in ${JSON.stringify(e.codes)}`);
  }
  return {
    id: file.id, name: file.name, version: v, findingSeverity: file.findingSeverity, caveat: file.caveat,
    entries: file.entries.map((e) => ({ list: file.id, version: v, ...e })),
  };
}

/** Looks up which list entries cover a set of candidate subheadings. */
export class ControlIndex {
  constructor(readonly lists: ControlList[]) {}

  entriesFor(hs6: string): ControlEntry[] {
    return this.lists.flatMap((l) => l.entries.filter((e) => e.codes.some((code) => hs6.startsWith(code))));
  }

  /** One hit per list that covers all (exact) or some (possible) of the candidates. */
  controlsFor(candidates: string[], forcePossible = false): ControlHit[] {
    if (!candidates.length) return [];
    const hits: ControlHit[] = [];
    for (const list of this.lists) {
      const matched = candidates.map((hs6) => ({ hs6, entries: list.entries.filter((e) => e.codes.some((code) => hs6.startsWith(code))) }));
      const covered = matched.filter((m) => m.entries.length);
      if (!covered.length) continue;
      const exact = !forcePossible && covered.length === candidates.length;
      const entries = [...new Set(covered.flatMap((m) => m.entries))];
      const tiers = [...new Set(entries.map((e) => e.tier).filter((t): t is string => !!t))].sort();
      const annexes = [...new Set(entries.map((e) => e.annex).filter((a): a is string => !!a))];
      hits.push({
        list: list.id,
        tier: tiers.length ? tiers.join('/') : undefined,
        annex: annexes.length ? annexes.join('/') : undefined,
        citation: [...new Set(entries.map((e) => e.citation))].join('; '),
        version: list.version,
        match: exact ? 'exact' : 'possible',
        entryId: exact && candidates.length === 1 ? dotted(candidates[0]) : commonPrefix(candidates),
        covers: covered.map((m) => m.hs6),
      });
    }
    return hits;
  }
}

function commonPrefix(codes: string[]): string {
  const heading = codes[0].slice(0, 4);
  if (codes.every((c) => c.startsWith(heading))) return heading;
  const chapter = codes[0].slice(0, 2);
  return codes.every((c) => c.startsWith(chapter)) ? chapter : codes.map(dotted).join(',');
}
