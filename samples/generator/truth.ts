/**
 * Ground truth of a drawn invoice and the checks that keep it honest: arithmetic, check digits,
 * identifiers actually printed, and findings/decision following the labelling rule of
 * samples/README.md. The generator refuses to write a document whose truth fails a check.
 */
import type { Decision, Finding } from '../sample-specs';
import { HIGH_RISK_COUNTRIES, type InvoiceDraft } from './build-invoice';
import { chplCodes } from './goods';
import { isValidIdentifier } from './identifiers';
import type { InvoiceTruth, PartyDraft } from './types';

function findings(draft: InvoiceDraft): Finding[] {
  const out: Finding[] = [];
  for (const entity of draft.sdnEntities) out.push({ kind: 'party', list: 'OFAC-SDN', entryId: `SDN-${entity.entryId}` });
  const chpl = chplCodes();
  const goods = new Set<string>();
  for (const line of draft.lines) {
    const hs6 = line.hsPrinted.replace(/\D/g, '').slice(0, 6);
    if (hs6.length === 6 && chpl.has(hs6)) goods.add(`${hs6.slice(0, 4)}.${hs6.slice(4)}`);
  }
  for (const entryId of [...goods].sort()) out.push({ kind: 'goods', list: 'CHPL', entryId });
  // The rule of samples/README.md: a buyer, consignee or destination in a high-risk country.
  const route = new Set(
    [draft.invoice.destinationCountry, ...draft.parties.filter((p) => p.role === 'buyer' || p.role === 'consignee').map((p) => p.country)].filter((c) =>
      HIGH_RISK_COUNTRIES.has(c),
    ),
  );
  for (const country of [...route].sort()) out.push({ kind: 'route', list: 'HIGH-RISK-DESTINATION', entryId: country });
  return out;
}

/** The labelling rule of samples/README.md. */
export function decide(found: Finding[]): Decision {
  if (found.some((f) => f.kind === 'party' && f.list === 'OFAC-SDN')) return 'block';
  if (found.some((f) => f.kind === 'goods' || f.kind === 'route')) return 'review';
  return 'clear';
}

const toParty = (party: PartyDraft): InvoiceTruth['parties'][number] => ({
  role: party.role,
  name: party.name,
  country: party.country,
  identifiers: party.idLines.flatMap((line) => line.ids),
  label: party.label,
  ...(party.sdnEntryId !== undefined ? { sdnEntryId: party.sdnEntryId } : {}),
});

export function buildTruth(draft: InvoiceDraft, file: string, pages: number, wrappedRows = 0): InvoiceTruth {
  const found = findings(draft);
  return {
    file,
    languages: draft.languages,
    invoice: draft.invoice,
    parties: [...draft.parties, draft.bank].map(toParty),
    lines: draft.lines.map((line) => ({
      description: line.description,
      hsCode: line.hsPrinted.replace(/\D/g, ''),
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: line.unitPriceCents / 100,
      amount: line.amountCents / 100,
    })),
    expectedFindings: found,
    expectedDecision: decide(found),
    pages,
    generator: { ...draft.meta, pages, wrappedRows },
  };
}

const cents = (major: number) => Math.round(major * 100);

/** Every way the truth could disagree with itself; empty when it is consistent. */
export function truthProblems(truth: InvoiceTruth): string[] {
  const problems: string[] = [];
  let sum = 0;
  truth.lines.forEach((line, i) => {
    const expected = Math.round(line.quantity * 1000) * cents(line.unitPrice);
    if (expected % 1000 !== 0 || expected / 1000 !== cents(line.amount)) {
      problems.push(`line ${i + 1}: ${line.quantity} x ${line.unitPrice} != ${line.amount}`);
    }
    if (!/^\d{6,10}$/.test(line.hsCode)) problems.push(`line ${i + 1}: hsCode ${line.hsCode} is not 6-10 digits`);
    sum += cents(line.amount);
  });
  if (sum !== cents(truth.invoice.total)) problems.push(`total ${truth.invoice.total} != sum of lines ${sum / 100}`);
  for (const party of truth.parties) {
    for (const id of party.identifiers) {
      if (!isValidIdentifier(id, party.country)) problems.push(`${party.role} ${party.name}: invalid ${id.scheme} ${id.value}`);
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(truth.invoice.date)) problems.push(`date ${truth.invoice.date} is not ISO`);
  const expectedDecision = decide(truth.expectedFindings);
  if (truth.expectedDecision !== expectedDecision) problems.push(`decision ${truth.expectedDecision}, rule gives ${expectedDecision}`);
  if (!truth.parties.some((p) => p.role === 'seller') || !truth.parties.some((p) => p.role === 'buyer')) problems.push('seller or buyer missing');
  return problems;
}

/** Checks the draft prints what the truth claims: each identifier's digits on its line. */
export function draftProblems(draft: InvoiceDraft): string[] {
  const problems: string[] = [];
  for (const party of [...draft.parties, draft.bank]) {
    for (const line of party.idLines) {
      const printed = line.text.replace(/\s+/g, '');
      for (const id of line.ids) if (!printed.includes(id.value)) problems.push(`${id.scheme} ${id.value} not printed in "${line.text}"`);
    }
  }
  const header = draft.header.lines.flat().join('\n');
  if (!header.includes(draft.invoice.number)) problems.push('invoice number not printed in the header');
  return problems;
}
