import type { Evidence } from '../document-model';
import type { GoodsLine, InvoiceModel, Party, PartyIdentifier, PartyRole } from '../invoice-model';
import { detectLanguages } from '../extraction/invoice-extractor';
import type { XmlNode } from './xml-tree';
import { cleanText, parseCommodityCode } from './xml-values';
import { xmlEvidence } from './xml-evidence';

/** Builds a party from the element holding its name; a party without a name cannot be screened and is left out. */
export function partyFrom(role: PartyRole, nameNode: XmlNode | undefined, details: { address?: string; country?: string; identifiers: PartyIdentifier[] }): Party | undefined {
  const name = cleanText(nameNode?.text());
  if (!nameNode || !name) return undefined;
  const identifiers = dedupe(details.identifiers);
  const party: Party = { role, name, identifiers, evidence: xmlEvidence(nameNode.path, name) };
  if (details.address) party.address = details.address;
  if (details.country) party.country = details.country;
  return party;
}

function dedupe(identifiers: PartyIdentifier[]): PartyIdentifier[] {
  return identifiers.filter((id, i) => identifiers.findIndex((o) => o.scheme === id.scheme && o.value === id.value) === i);
}

/** Joins the non-empty address parts in printing order. */
export const joinAddress = (parts: Array<string | undefined>) => parts.map(cleanText).filter(Boolean).join(', ') || undefined;

/** "12345 Leipzig": postcode and city as one address part. */
export const cityLine = (postcode: string | undefined, city: string | undefined) => [postcode, city].map(cleanText).filter(Boolean).join(' ') || undefined;

/** Drops undefined fields so models compare and serialise cleanly. */
/**
 * The HS code among a line's classification codes (CII DesignatedProductClassification/ClassCode, UBL
 * CommodityClassification/ItemClassificationCode): the one whose listID is HS. A malformed one is a warning.
 */
export function hsCodeOf(codes: Array<XmlNode | undefined>, warnings: string[]): string | undefined {
  const hs = codes.find((code) => code?.attr('listID')?.toUpperCase() === 'HS');
  const hsCode = parseCommodityCode(hs?.text());
  if (hs && !hsCode) warnings.push(`${hs.path}: "${hs.text()}" is not an HS code`);
  return hsCode;
}

export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Lines with nothing invoiced (no quantity, no amount, no unit) are section headings or notes some
 * producers emit as invoice lines (Odoo's "--- Food Products ---"); they are not goods.
 */
export function isDisplayOnlyLine(line: GoodsLine): boolean {
  return !line.quantity && !line.amount && !line.unit && !line.unitPrice;
}

export type HeaderField = keyof InvoiceModel['invoice'];
/** Where each header value was read (InvoiceModel keeps evidence for parties and lines only). */
export type HeaderEvidence = Partial<Record<HeaderField, Evidence>>;

/** Collects header values together with the element each came from. */
export class HeaderFields {
  readonly values: InvoiceModel['invoice'] = {};
  readonly evidence: HeaderEvidence = {};

  set<K extends HeaderField>(key: K, node: XmlNode | undefined, value: InvoiceModel['invoice'][K] | undefined): void {
    if (!node || value === undefined) return;
    this.values[key] = value;
    this.evidence[key] = xmlEvidence(node.path, node.text() ?? String(value));
  }
}

/** A reader's result: the model and the evidence of its header values. */
export interface ReadInvoice {
  model: InvoiceModel;
  headerEvidence: HeaderEvidence;
}

export interface ModelParts {
  header: HeaderFields;
  parties: Party[];
  lines: GoodsLine[];
  warnings: string[];
  /** Country the goods go to when no consignee party could be built (a ship-to address without a name). */
  destinationHint?: string;
}

/** Languages from the written values; route from the parties, as the text extractor derives them. */
export function finishModel(parts: ModelParts): ReadInvoice {
  const lines = parts.lines.filter((line) => !isDisplayOnlyLine(line));
  const dropped = parts.lines.length - lines.length;
  const warnings = [...parts.warnings];
  if (dropped) warnings.push(`${dropped} line(s) without quantity, unit or amount (headings or notes) left out of the goods lines`);
  for (const party of parts.parties) {
    for (const id of party.identifiers.filter((i) => i.valid === false)) warnings.push(`${party.role} "${party.name}": ${id.scheme} ${id.value} fails its check digit`);
  }
  const written = [...parts.parties.flatMap((p) => [p.name, p.address ?? '']), ...lines.map((l) => l.description)].join('\n');
  const seller = parts.parties.find((p) => p.role === 'seller');
  const consignee = parts.parties.find((p) => p.role === 'consignee');
  const buyer = parts.parties.find((p) => p.role === 'buyer');
  const route: InvoiceModel['route'] = compact({
    origin: seller?.country,
    destination: consignee?.country ?? parts.destinationHint ?? buyer?.country,
    via: [] as string[],
  });
  const model: InvoiceModel = { languages: detectLanguages(written), invoice: parts.header.values, parties: parts.parties, lines, route, warnings };
  return { model, headerEvidence: parts.header.evidence };
}
