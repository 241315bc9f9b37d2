import type { Decision, Finding } from '../audit-record';
import type { InvoiceModel } from '../invoice-model';
import type { GoodsScreener } from './goods-screener';
import type { PartyScreener } from './party-screener';
import { RED_FLAGS_VERSION, screenRoute } from './route-screener';

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

/** Screens every party, goods line and the route, then decides: any party hit blocks, any other finding needs review. */
export function screenInvoice(invoice: InvoiceModel, screeners: Screeners): ScreeningResult {
  const findings = [
    ...invoice.parties.filter((p) => p.role !== 'bank').flatMap((p) => screeners.parties.screen(p)),
    ...invoice.lines.flatMap((l) => screeners.goods.screen(l)),
    ...screenRoute(invoice),
  ];
  return { findings, ...decide(findings), listVersions: { ...screeners.listVersions, 'RED-FLAGS': RED_FLAGS_VERSION } };
}

export function decide(findings: Finding[]): { decision: Decision; decisionReasons: string[] } {
  const blocking = findings.filter((f) => f.kind === 'party' && f.severity === 'critical');
  if (blocking.length) return { decision: 'block', decisionReasons: blocking.map((f) => f.summary) };
  if (findings.length) return { decision: 'review', decisionReasons: findings.map((f) => f.summary) };
  return { decision: 'clear', decisionReasons: ['no party, goods or route findings'] };
}
