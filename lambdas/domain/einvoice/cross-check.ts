import type { Evidence, ReadDocument } from '../document-model';
import type { GoodsLine, InvoiceModel, Party, PartyRole } from '../invoice-model';
import type { HeaderEvidence, HeaderField } from './model-builder';
import { isInferredRole } from '../extraction/role-inference';
import { compactText, PrintedText } from './printed-text';
import { sameAmount } from './xml-values';

/**
 * - different: both sides state the field and disagree (and the e-invoice value is printed nowhere else);
 * - not-printed: the e-invoice states a value the visible document does not show;
 * - not-in-e-invoice: the visible document shows a goods row the e-invoice does not contain.
 */
export type MismatchKind = 'different' | 'not-printed' | 'not-in-e-invoice';

export interface CrossCheckMismatch {
  /**
   * invoice.number | invoice.date | invoice.currency | invoice.total | <role>.name | <role>.<scheme>
   * (role seller, buyer or consignee; scheme VAT, TAX-NUMBER, KZ-BIN…) | lines.count |
   * lines[i].amount | lines[i].quantity | lines[i].description (i = 1-based e-invoice line) | visible-lines[j]
   */
  field: string;
  kind: MismatchKind;
  eInvoiceValue?: string | number;
  visibleValue?: string | number;
  /** For the finding: where the visible value is printed when it is, else the e-invoice element. */
  evidence: Evidence;
  eInvoiceEvidence?: Evidence;
  visibleEvidence?: Evidence;
}

export interface EInvoiceSide {
  model: InvoiceModel;
  headerEvidence?: HeaderEvidence;
}

/** Parties whose names and identifiers must agree; bank/payee details are often printed differently. */
const CHECKED_ROLES: PartyRole[] = ['seller', 'buyer', 'consignee'];
/** Tax and registration identifiers; seller-assigned customer numbers and GLNs are often not printed. */
const CHECKED_SCHEMES = new Set(['VAT', 'TAX-NUMBER', 'KZ-BIN', 'KZ-IIN', 'RU-INN', 'RU-OGRN', 'CN-USCC']);

/**
 * Compares an e-invoice with the invoice read from the visible text of the same document. With the read
 * document, an e-invoice value counts as confirmed when it is printed anywhere in it, so a value the text
 * extractor missed or took from the wrong place does not raise a false mismatch; without it, only values
 * both models hold are compared. Every mismatch is meant to become a finding.
 */
export function crossCheckEInvoice(eInvoice: EInvoiceSide, visible: InvoiceModel, document?: ReadDocument): CrossCheckMismatch[] {
  const printed = document ? new PrintedText(document) : undefined;
  return [...checkHeader(eInvoice, visible, printed), ...checkParties(eInvoice.model, visible, printed), ...checkLines(eInvoice.model.lines, visible.lines, printed)];
}

interface FieldCheck<T extends string | number> {
  field: string;
  eValue: T | undefined;
  vValue: T | undefined;
  same: (a: T, b: T) => boolean;
  find?: (value: T) => Evidence | undefined;
  eEvidence: Evidence | undefined;
  vEvidence?: Evidence;
}

function checkField<T extends string | number>(c: FieldCheck<T>, out: CrossCheckMismatch[]): void {
  if (c.eValue === undefined) return;
  if (c.vValue !== undefined && c.same(c.eValue, c.vValue)) return;
  if (c.find?.(c.eValue)) return;
  if (!c.find && c.vValue === undefined) return; // nothing to compare with
  const vEvidence = c.vEvidence ?? (c.vValue !== undefined ? c.find?.(c.vValue) : undefined);
  const evidence = vEvidence ?? c.eEvidence;
  if (!evidence) return;
  out.push(withoutUndefined({
    field: c.field,
    kind: c.vValue === undefined ? 'not-printed' : 'different',
    eInvoiceValue: c.eValue,
    visibleValue: c.vValue,
    evidence,
    eInvoiceEvidence: c.eEvidence,
    visibleEvidence: vEvidence,
  }));
}

const sameText = (a: string, b: string) => compactText(a) === compactText(b);

function checkHeader(eInvoice: EInvoiceSide, visible: InvoiceModel, printed: PrintedText | undefined): CrossCheckMismatch[] {
  const out: CrossCheckMismatch[] = [];
  const e = eInvoice.model.invoice;
  const v = visible.invoice;
  const evidence = (field: HeaderField) => eInvoice.headerEvidence?.[field] ?? eInvoice.model.parties[0]?.evidence;
  checkField<string>({ field: 'invoice.number', eValue: e.number, vValue: v.number, same: sameText, find: printed && ((x) => printed.findText(x)), eEvidence: evidence('number') }, out);
  checkField<string>({ field: 'invoice.date', eValue: e.date, vValue: v.date, same: (a, b) => a === b, find: printed && ((x) => printed.findDate(x)), eEvidence: evidence('date') }, out);
  checkField<string>({ field: 'invoice.currency', eValue: e.currency, vValue: v.currency, same: (a, b) => a === b, find: printed && ((x) => printed.findCurrency(x)), eEvidence: evidence('currency') }, out);
  checkField<number>({ field: 'invoice.total', eValue: e.total, vValue: v.total, same: sameAmount, find: printed && ((x) => printed.findAmount(x)), eEvidence: evidence('total') }, out);
  return out;
}

/**
 * Names agree when their letters and digits agree: "ТОО «КарМетПром»" = 'Тоо "КарМетПром"'. A longer name
 * that merely contains the other is another company ("КарМетПром" ≠ "КарМетПромСнаб"), so it differs.
 */
const sameName = (a: string, b: string) => compactText(a) === compactText(b);

function checkParties(e: InvoiceModel, visible: InvoiceModel, printed: PrintedText | undefined): CrossCheckMismatch[] {
  const out: CrossCheckMismatch[] = [];
  for (const role of CHECKED_ROLES) {
    const party = e.parties.find((p) => p.role === role);
    if (!party) continue;
    // A role the visible side only inferred from the layout is not stated there: such a party is no visible
    // value to compare with (its name can still confirm the e-invoice's through the printed text).
    const shown: Party | undefined = visible.parties.find((p) => p.role === role && !isInferredRole(p));
    checkField<string>({ field: `${role}.name`, eValue: party.name, vValue: shown?.name, same: sameName, find: printed && ((x) => printed.findText(x)), eEvidence: party.evidence, vEvidence: shown?.evidence }, out);
    for (const id of party.identifiers.filter((i) => CHECKED_SCHEMES.has(i.scheme))) {
      const shownIds = shown?.identifiers.filter((i) => i.scheme === id.scheme) ?? [];
      const match = shownIds.find((i) => sameText(i.value, id.value));
      checkField<string>({
        field: `${role}.${id.scheme}`, eValue: id.value, vValue: (match ?? shownIds[0])?.value, same: sameText,
        find: printed && ((x) => printed.findText(x)), eEvidence: party.evidence, vEvidence: shownIds.length ? shown?.evidence : undefined,
      }, out);
    }
  }
  return out;
}

const sameQuantity = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/**
 * Lines are paired by amount, in order. An e-invoice line whose amount no visible row has and the print does
 * not show anywhere is then compared with the next visible goods row left unpaired, in order: the two disagree
 * on the amount ('different', with the printed value). Visible rows without a quantity are not counted as goods
 * rows: the text extractor can take a subtotal row for one, while a real goods row always has a quantity.
 */
function checkLines(eLines: GoodsLine[], vLines: GoodsLine[], printed: PrintedText | undefined): CrossCheckMismatch[] {
  const out: CrossCheckMismatch[] = [];
  const used = new Set<number>();
  const isGoodsRow = (line: GoodsLine) => line.amount !== undefined && line.quantity !== undefined;
  const pairs = eLines.map((line) => {
    if (line.amount === undefined) return -1;
    const pair = vLines.findIndex((v, i) => !used.has(i) && v.amount !== undefined && sameAmount(v.amount, line.amount!));
    if (pair >= 0) used.add(pair);
    return pair;
  });
  eLines.forEach((line, index) => {
    const field = `lines[${index + 1}]`;
    if (line.amount === undefined) {
      // Without an amount only the goods description can be confirmed, and only against the printed text.
      if (printed) checkField<string>({ field: `${field}.description`, eValue: line.description, vValue: undefined, same: sameName, find: (x) => printed.findText(x), eEvidence: line.evidence }, out);
      return;
    }
    if (pairs[index] >= 0) {
      const shown = vLines[pairs[index]];
      checkField<number>({ field: `${field}.quantity`, eValue: line.quantity, vValue: shown.quantity, same: sameQuantity, eEvidence: line.evidence, vEvidence: shown.evidence }, out);
      return;
    }
    if (!printed && !vLines.length) return;
    if (printed?.findAmount(line.amount)) return; // printed, though not where the text extractor read a row
    // The row printed in this line's place: the next visible goods row that no e-invoice line took.
    const next = vLines.findIndex((v, i) => !used.has(i) && isGoodsRow(v) && v.amount !== 0);
    if (next >= 0) used.add(next);
    const shown = next >= 0 ? vLines[next] : undefined;
    checkField<number>({
      field: `${field}.amount`, eValue: line.amount, vValue: shown?.amount, same: sameAmount,
      find: printed ? (x) => printed.findAmount(x) : () => undefined, eEvidence: line.evidence, vEvidence: shown?.evidence,
    }, out);
  });
  const goodsRows = vLines.map((line, i) => ({ line, i })).filter(({ line }) => isGoodsRow(line));
  for (const { line, i } of goodsRows.filter(({ i }) => !used.has(i) && vLines[i].amount !== 0)) {
    out.push({ field: `visible-lines[${i + 1}]`, kind: 'not-in-e-invoice', visibleValue: line.amount, evidence: line.evidence, visibleEvidence: line.evidence });
  }
  if (goodsRows.length && goodsRows.length !== eLines.length) {
    out.push({ field: 'lines.count', kind: 'different', eInvoiceValue: eLines.length, visibleValue: goodsRows.length, evidence: goodsRows[0].line.evidence, visibleEvidence: goodsRows[0].line.evidence });
  }
  return out;
}

function withoutUndefined(m: CrossCheckMismatch): CrossCheckMismatch {
  for (const key of Object.keys(m) as Array<keyof CrossCheckMismatch>) if (m[key] === undefined) delete m[key];
  return m;
}
