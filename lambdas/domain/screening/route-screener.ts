import type { Finding } from '../audit-record';
import type { InvoiceModel } from '../invoice-model';

export const RED_FLAGS_VERSION = '2024-06-01#doc-audit-route-rules-v1';

/**
 * Comprehensively sanctioned or embargoed destinations, with the public basis for each. Deeper diversion
 * red flags (transshipment hubs, forwarders as consignees, third-party payment) come with the screening issue.
 */
const HIGH_RISK_DESTINATIONS: Record<string, string> = {
  RU: 'Russia: US EAR part 746 §746.8 licence requirements and EU Regulation 833/2014 export bans',
  BY: 'Belarus: US EAR part 746 §746.8 and EU Regulation 765/2006',
  IR: 'Iran: US ITSR (31 CFR 560) embargo and EU Regulation 267/2012',
  KP: 'North Korea: UN Security Council resolution 1718 regime and US NKSR (31 CFR 510)',
  SY: 'Syria: US EAR part 746 §746.9 and EU Regulation 36/2012',
};

export function screenRoute(invoice: InvoiceModel): Finding[] {
  const findings: Finding[] = [];
  const receivers = invoice.parties.filter((p) => p.role === 'buyer' || p.role === 'consignee' || p.role === 'notify');
  for (const party of receivers) {
    const basis = party.country && HIGH_RISK_DESTINATIONS[party.country];
    if (!basis) continue;
    findings.push({
      kind: 'route',
      severity: 'medium',
      summary: `${party.role} "${party.name}" is in ${party.country}, a high-risk destination`,
      list: 'RED-FLAGS',
      listVersion: RED_FLAGS_VERSION,
      entryId: `destination-${party.country}`,
      reason: `${party.role} country ${party.country} (from its address or identifiers); ${basis}`,
      evidence: party.evidence,
    });
  }
  return findings;
}
