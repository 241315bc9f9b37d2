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
    ...crossCheckFindings(invoice),
  ];
  return {
    findings, ...decide(findings),
    listVersions: { ...screeners.listVersions, [RED_FLAGS_LIST]: RED_FLAGS_VERSION, ...(invoice.crossCheck ? { [CROSS_CHECK_LIST]: CROSS_CHECK_VERSION } : {}) },
  };
}

export const CROSS_CHECK_LIST = 'E-INVOICE-CROSS-CHECK';
const CROSS_CHECK_VERSION = 'doc-audit-cross-check-v1';

/** The e-invoice says one thing and the printed document another: someone must look at which is true. */
function crossCheckFindings(invoice: InvoiceModel): Finding[] {
  return (invoice.crossCheck ?? []).map((m) => ({
    kind: 'document',
    severity: 'medium',
    summary: m.kind === 'different'
      ? `the embedded e-invoice and the printed document disagree on ${m.field}: "${m.eInvoiceValue}" vs "${m.visibleValue}"`
      : m.kind === 'not-printed'
        ? `the embedded e-invoice's ${m.field} "${m.eInvoiceValue}" is not printed on the document`
        : `the printed document shows ${m.field} "${m.visibleValue}" that the embedded e-invoice does not contain`,
    list: CROSS_CHECK_LIST,
    listVersion: CROSS_CHECK_VERSION,
    entryId: m.field,
    reason: `cross-check of the structured e-invoice against the visible text (${m.kind})`,
    evidence: m.evidence,
  }));
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
