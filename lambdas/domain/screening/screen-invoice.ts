import type { Decision, Finding } from '../audit-record';
import type { InvoiceModel } from '../invoice-model';
import type { GoodsScreener } from './goods-screener';
import type { PartyScreener } from './party-screener';
import { RED_FLAGS_LIST, RED_FLAGS_VERSION, screenRoute } from './route-screener';

export interface Screeners {
  parties: PartyScreener;
  goods: GoodsScreener;
  listVersions: Record<string, string>;
}

export interface ScreeningResult {
  findings: Finding[];
  decision: Decision;
  decisionReasons: string[];
  listVersions: Record<string, string>;
}

/** Screens every party, goods line and the route (red flags use the goods findings), then decides. */
export function screenInvoice(invoice: InvoiceModel, screeners: Screeners): ScreeningResult {
  const goods = invoice.lines.flatMap((l) => screeners.goods.screen(l, { destination: invoice.route.destination }));
  const findings = [
    ...mergeByEntry(invoice.parties.filter((p) => p.role !== 'bank').flatMap((p) => screeners.parties.screen(p))),
    ...goods,
    ...screenRoute(invoice, { controlledGoods: goods }),
  ];
  return { findings, ...decide(findings), listVersions: { ...screeners.listVersions, [RED_FLAGS_LIST]: RED_FLAGS_VERSION } };
}

/** One listed entity printed as buyer and as consignee is one finding: the first, with the other places cited. */
function mergeByEntry(findings: Finding[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.list}|${finding.entryId}`;
    const first = merged.get(key);
    if (!first) merged.set(key, { ...finding });
    else first.reason += `; also matched: ${finding.summary} (page ${finding.evidence.page}, "${finding.evidence.text}")`;
  }
  return [...merged.values()];
}

/** Critical findings (a listed party, an embargoed destination, an occupied region) block; anything else needs review. */
export function decide(findings: Finding[]): { decision: Decision; decisionReasons: string[] } {
  const blocking = findings.filter((f) => f.severity === 'critical');
  if (blocking.length) return { decision: 'block', decisionReasons: blocking.map((f) => f.summary) };
  if (findings.length) return { decision: 'review', decisionReasons: findings.map((f) => f.summary) };
  return { decision: 'clear', decisionReasons: ['no party, goods or route findings'] };
}
