import type { AuditRecord, Finding } from '../domain/audit-record';
import type { Party } from '../domain/invoice-model';
import type { ListedEntity } from '../domain/lists/listed-entity';
import { decide } from '../domain/screening/screen-invoice';

export interface PartyMatcher {
  screen(party: Party): Finding[];
}

export interface RescreenDeps {
  /** Every screened record (all tenants). */
  records(): AsyncIterable<AuditRecord>;
  /** A matcher over just the changed entries, stamped with the new list version. */
  matcherFor(entities: ListedEntity[]): PartyMatcher;
  /** Appends findings to a record and sets its new decision; must not touch records that are not screened. */
  addFindings(record: AuditRecord, findings: Finding[], decision: Pick<AuditRecord, 'decision' | 'decisionReasons'>, listVersions: Record<string, string>): Promise<void>;
  now: () => Date;
}

export interface RescreenReport {
  recordsChecked: number;
  recordsUpdated: number;
  newFindings: number;
}

/**
 * Retroactive screening: when a list version adds or changes entries, the parties of documents already
 * recorded are screened again — against those entries only — and new hits are added to their records,
 * marked as retroactive, with the decision re-derived. Existing findings are never removed or rewritten.
 */
export async function rescreenRecords(changedEntities: ListedEntity[], listVersions: Record<string, string>, deps: RescreenDeps): Promise<RescreenReport> {
  const report: RescreenReport = { recordsChecked: 0, recordsUpdated: 0, newFindings: 0 };
  if (!changedEntities.length) return report;
  const matcher = deps.matcherFor(changedEntities);
  const detectedAt = deps.now().toISOString();
  for await (const record of deps.records()) {
    if (record.status !== 'screened' || !record.invoice) continue;
    report.recordsChecked++;
    const known = new Set(record.findings.map((f) => `${f.list}|${f.entryId}`));
    const fresh: Finding[] = [];
    for (const party of record.invoice.parties) {
      if (party.role === 'bank') continue;
      for (const finding of matcher.screen(party)) {
        const key = `${finding.list}|${finding.entryId}`;
        if (known.has(key)) continue;
        known.add(key);
        fresh.push({ ...finding, retroactive: { detectedAt, listVersion: finding.listVersion } });
      }
    }
    if (!fresh.length) continue;
    const decision = decide([...record.findings, ...fresh]);
    await deps.addFindings(record, fresh, decision, { ...record.listVersions, ...listVersions });
    report.recordsUpdated++;
    report.newFindings += fresh.length;
  }
  return report;
}
