import type { GoodsLine, Party, PartyIdentifier, PartyRole } from '../invoice-model';
import { cityLine, compact, finishModel, HeaderFields, hsCodeOf, joinAddress, partyFrom, type ReadInvoice } from './model-builder';
import { countryOfBank, countryOfVat, icdScheme, nationalScheme, partyIdentifier } from './party-identifiers';
import { xmlEvidence } from './xml-evidence';
import { rootNode, type XmlNode } from './xml-tree';
import {
  cleanText, parseCountry, parseCurrency, parseDecimal, parseIncoterm, parseIsoDate, sameAmount, unitPriceOf,
} from './xml-values';

/** OASIS UBL 2.1 Invoice and CreditNote (EN 16931 / PEPPOL BIS / XRechnung UBL and plain UBL exports). */
export function parseUbl(tree: Record<string, unknown>, kind: 'ubl-invoice' | 'ubl-credit-note'): ReadInvoice {
  const local = kind === 'ubl-invoice' ? 'Invoice' : 'CreditNote';
  const root = rootNode(tree, local, local);
  const warnings: string[] = kind === 'ubl-credit-note' ? ['the document is a credit note: its amounts reverse an earlier invoice'] : [];

  const parties: Party[] = [];
  const add = (party: Party | undefined) => party && parties.push(party);
  add(ublParty(root.at('cac:AccountingSupplierParty', 'cac:Party'), 'seller'));
  add(ublParty(root.at('cac:AccountingCustomerParty', 'cac:Party'), 'buyer'));
  const deliveries = root.all('cac:Delivery');
  for (const delivery of deliveries) add(consigneeOf(delivery));
  for (const bank of ublBanks(root)) add(bank);
  warnOtherParties(root, parties, warnings);

  const terms = root.at('cac:DeliveryTerms') ?? deliveries.map((d) => d.at('cac:DeliveryTerms')).find(Boolean);
  const header = new HeaderFields();
  header.set('number', root.at('cbc:ID'), root.textAt('cbc:ID'));
  const dateNode = root.at('cbc:IssueDate');
  const date = parseIsoDate(dateNode?.text());
  if (dateNode?.text() && !date) warnings.push(`issue date "${dateNode.text()}" is not a YYYY-MM-DD date`);
  header.set('date', dateNode, date);
  header.set('currency', root.at('cbc:DocumentCurrencyCode'), parseCurrency(root.textAt('cbc:DocumentCurrencyCode')));
  const total = readTotal(root.at('cac:LegalMonetaryTotal'), warnings);
  header.set('total', total.node, total.value);
  const incotermNode = [terms?.at('cbc:ID'), terms?.at('cbc:SpecialTerms')].find((n) => parseIncoterm(n?.text()));
  header.set('incoterms', incotermNode, parseIncoterm(incotermNode?.text()));
  const placeNode = terms?.at('cac:DeliveryLocation', 'cac:Address', 'cbc:CityName') ?? terms?.at('cac:DeliveryLocation', 'cbc:Description');
  header.set('placeOfDelivery', placeNode, cleanText(placeNode?.text()));
  const lineStep = kind === 'ubl-invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine';
  const quantityStep = kind === 'ubl-invoice' ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity';
  return finishModel({
    header,
    parties,
    lines: root.all(lineStep).map((line) => ublLine(line, quantityStep, warnings)),
    warnings,
    destinationHint: parseCountry(deliveries[0]?.textAt('cac:DeliveryLocation', 'cac:Address', 'cac:Country', 'cbc:IdentificationCode')),
  });
}

/** The amount with VAT is the invoice's value; a different payable amount (prepayments) is reported. */
function readTotal(total: XmlNode | undefined, warnings: string[]): { node?: XmlNode; value?: number } {
  const inclusiveNode = total?.at('cbc:TaxInclusiveAmount');
  const payableNode = total?.at('cbc:PayableAmount');
  const inclusive = parseDecimal(inclusiveNode?.text());
  const payable = parseDecimal(payableNode?.text());
  if (inclusive !== undefined && payable !== undefined && !sameAmount(inclusive, payable)) warnings.push(`payable amount ${payable} differs from the total with tax ${inclusive} (prepaid or rounded)`);
  return inclusive !== undefined ? { node: inclusiveNode, value: inclusive } : { node: payableNode, value: payable };
}

function addressOf(address: XmlNode | undefined): { address?: string; country?: string } {
  if (!address) return {};
  const country = parseCountry(address.textAt('cac:Country', 'cbc:IdentificationCode'));
  return {
    country,
    address: joinAddress([
      address.textAt('cbc:StreetName'),
      address.textAt('cbc:AdditionalStreetName'),
      ...address.all('cac:AddressLine').map((l) => l.textAt('cbc:Line')),
      cityLine(address.textAt('cbc:PostalZone'), address.textAt('cbc:CityName')),
      address.textAt('cbc:CountrySubentity'),
      country,
    ]),
  };
}

function ublParty(node: XmlNode | undefined, role: PartyRole): Party | undefined {
  if (!node) return undefined;
  const { address, country } = addressOf(node.at('cac:PostalAddress'));
  const identifiers: PartyIdentifier[] = [];
  for (const id of node.all('cac:PartyIdentification').map((p) => p.at('cbc:ID'))) {
    const value = id?.text();
    if (value) identifiers.push(partyIdentifier(icdScheme(id?.attr('schemeID')) ?? 'PARTY-ID', value));
  }
  for (const tax of node.all('cac:PartyTaxScheme')) {
    const value = tax.textAt('cbc:CompanyID');
    if (!value) continue;
    const isVat = tax.textAt('cac:TaxScheme', 'cbc:ID')?.toUpperCase() === 'VAT';
    identifiers.push(partyIdentifier(isVat ? 'VAT' : (nationalScheme(country, value) ?? 'TAX-NUMBER'), value));
  }
  const legal = node.at('cac:PartyLegalEntity', 'cbc:CompanyID');
  const legalId = legal?.text();
  if (legalId) identifiers.push(partyIdentifier(icdScheme(legal?.attr('schemeID')) ?? nationalScheme(country, legalId) ?? 'LEGAL-ID', legalId));
  const vat = identifiers.find((i) => i.scheme === 'VAT');
  return partyFrom(role, node.at('cac:PartyName', 'cbc:Name') ?? node.at('cac:PartyLegalEntity', 'cbc:RegistrationName'), {
    address,
    country: country ?? (vat ? countryOfVat(vat.value) : undefined),
    identifiers,
  });
}

/** The deliver-to party: its name from DeliveryParty, its place from the party or the delivery location. */
function consigneeOf(delivery: XmlNode): Party | undefined {
  const party = delivery.at('cac:DeliveryParty');
  const location = delivery.at('cac:DeliveryLocation');
  const place = party?.at('cac:PostalAddress') ? addressOf(party.at('cac:PostalAddress')) : addressOf(location?.at('cac:Address'));
  const locationId = location?.at('cbc:ID');
  const identifiers = party ? (ublParty(party, 'consignee')?.identifiers ?? []) : [];
  if (locationId?.text()) identifiers.push(partyIdentifier(icdScheme(locationId.attr('schemeID')) ?? 'PARTY-ID', locationId.text()!));
  return partyFrom('consignee', party?.at('cac:PartyName', 'cbc:Name') ?? party?.at('cac:PartyLegalEntity', 'cbc:RegistrationName'), { ...place, identifiers });
}

/** The payee's account(s), as CII: named after the bank when given, otherwise after the account holder. */
function ublBanks(root: XmlNode): Party[] {
  const banks: Party[] = [];
  for (const account of root.all('cac:PaymentMeans').flatMap((m) => m.all('cac:PayeeFinancialAccount'))) {
    const accountId = account.textAt('cbc:ID');
    const branch = account.at('cac:FinancialInstitutionBranch');
    const bic = branch?.textAt('cbc:ID') ?? branch?.textAt('cac:FinancialInstitution', 'cbc:ID');
    const iban = accountId && /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,}$/i.test(accountId) ? accountId : undefined;
    if (!iban && !bic) continue;
    const identifiers = [...(iban ? [partyIdentifier('IBAN', iban)] : []), ...(bic ? [partyIdentifier('SWIFT', bic)] : [])];
    // Without a bank or holder name, the account's own code names it: the party must stay screenable by BIC/IBAN.
    const nameNode = branch?.at('cbc:Name') ?? branch?.at('cac:FinancialInstitution', 'cbc:Name') ?? account.at('cbc:Name') ?? root.at('cac:PayeeParty', 'cac:PartyName', 'cbc:Name')
      ?? branch?.at('cbc:ID') ?? account.at('cbc:ID');
    const bank = partyFrom('bank', nameNode, { country: countryOfBank(bic, iban), identifiers });
    if (bank) banks.push(bank);
  }
  return banks;
}

function warnOtherParties(root: XmlNode, parties: Party[], warnings: string[]) {
  const seller = parties.find((p) => p.role === 'seller');
  const others: Array<[string, XmlNode | undefined]> = [
    ['payee', root.at('cac:PayeeParty')],
    ['seller tax representative', root.at('cac:TaxRepresentativeParty')],
  ];
  for (const [label, node] of others) {
    const name = cleanText(node?.textAt('cac:PartyName', 'cbc:Name'));
    if (!node || !name || name === seller?.name) continue;
    const ids = [...node.all('cac:PartyIdentification').map((p) => p.textAt('cbc:ID')), ...node.all('cac:PartyTaxScheme').map((t) => t.textAt('cbc:CompanyID'))].filter(Boolean);
    warnings.push(`${label} "${name}"${ids.length ? ` (${ids.join(', ')})` : ''} differs from the seller; the invoice model has no role for it (${node.path})`);
  }
}

function ublLine(line: XmlNode, quantityStep: string, warnings: string[]): GoodsLine {
  const item = line.at('cac:Item');
  const nameNode = item?.at('cbc:Name') ?? item?.at('cbc:Description');
  const description = cleanText(nameNode?.text()) ?? '';
  const quantityNode = line.at(quantityStep);
  const quantity = parseDecimal(quantityNode?.text());
  const amount = parseDecimal(line.textAt('cbc:LineExtensionAmount'));
  const price = unitPriceOf(parseDecimal(line.textAt('cac:Price', 'cbc:PriceAmount')), parseDecimal(line.textAt('cac:Price', 'cbc:BaseQuantity')), quantity, amount);
  if (price.warning) warnings.push(`${line.path}: ${price.warning}`);
  const hsCode = hsCodeOf((item?.all('cac:CommodityClassification') ?? []).map((c) => c.at('cbc:ItemClassificationCode')), warnings);
  return compact<GoodsLine>({
    description,
    hsCode,
    quantity,
    unit: quantityNode?.attr('unitCode'),
    unitPrice: price.value,
    amount,
    originCountry: parseCountry(item?.textAt('cac:OriginCountry', 'cbc:IdentificationCode')),
    evidence: xmlEvidence(nameNode?.path ?? line.path, description),
  });
}
