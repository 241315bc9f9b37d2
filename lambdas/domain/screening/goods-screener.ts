import { parse } from 'csv-parse/sync';
import type { Finding, Severity } from '../audit-record';
import type { GoodsLine } from '../invoice-model';

export interface ControlListItem {
  hs6: string;
  tier: string;
  description: string;
}

/** Parses chpl.csv (`hs6,tier,description,source`, after a `#` provenance line). */
export function parseChpl(text: string): ControlListItem[] {
  const rows: Array<Record<string, string>> = parse(text, { columns: true, comment: '#', skip_empty_lines: true, trim: true });
  return rows.map((r) => ({ hs6: r.hs6, tier: r.tier, description: r.description }));
}

const TIER_SEVERITY: Record<string, Severity> = { '1': 'high', '2': 'high', '3.A': 'medium', '3.B': 'medium', '4.A': 'medium', '4.B': 'medium' };
const dotted = (hs6: string) => `${hs6.slice(0, 4)}.${hs6.slice(4)}`;

/** Goods lines against the Common High Priority List by printed HS / TN VED code. */
export class GoodsScreener {
  private readonly byHs6: Map<string, ControlListItem>;

  constructor(items: ControlListItem[], private readonly listVersion: string, private readonly list = 'CHPL') {
    this.byHs6 = new Map(items.map((i) => [i.hs6, i]));
  }

  screen(line: GoodsLine): Finding[] {
    const code = line.hsCode;
    if (!code) return [];
    if (code.length >= 6) {
      const item = this.byHs6.get(code.slice(0, 6));
      if (!item) return [];
      return [{
        kind: 'goods',
        severity: TIER_SEVERITY[item.tier] ?? 'medium',
        summary: `"${line.description}" (HS ${code}) is on the ${this.list}, tier ${item.tier}`,
        list: this.list,
        listVersion: this.listVersion,
        entryId: dotted(item.hs6),
        reason: `printed code ${code} falls under HS subheading ${dotted(item.hs6)} (${item.description}), CHPL tier ${item.tier}`,
        evidence: line.evidence,
        tier: item.tier,
        hs6: dotted(item.hs6),
      }];
    }
    // A 4-digit heading alone cannot settle the subheading: flag it as possible when any CHPL item is under it.
    const possible = [...this.byHs6.values()].filter((i) => i.hs6.startsWith(code.slice(0, 4)));
    if (!possible.length) return [];
    return [{
      kind: 'goods',
      severity: 'low',
      summary: `"${line.description}" (heading ${code}) may be on the ${this.list}`,
      list: this.list,
      listVersion: this.listVersion,
      entryId: code.slice(0, 4),
      reason: `heading ${code.slice(0, 4)} contains CHPL subheadings ${possible.map((i) => `${dotted(i.hs6)} (tier ${i.tier})`).join(', ')}; the printed code is too short to tell`,
      evidence: line.evidence,
      tier: possible.map((i) => i.tier).join('/'),
    }];
  }
}
