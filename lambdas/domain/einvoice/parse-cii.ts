import type { GoodsLine, Party, PartyIdentifier, PartyRole } from '../invoice-model';
import { cityLine, compact, finishModel, HeaderFields, hsCodeOf, joinAddress, partyFrom, type ReadInvoice } from './model-builder';
import { countryOfBank, countryOfVat, icdScheme, nationalScheme, partyIdentifier } from './party-identifiers';
import { xmlEvidence } from './xml-evidence';
import { rootNode, type XmlNode } from './xml-tree';
import {
  cleanText, parseCiiDate, parseCountry, parseCurrency, parseDecimal, parseIncoterm, sameAmount, unitPriceOf,
} from './xml-values';

/**
 * UN/CEFACT Cross Industry Invoice as Factur-X / ZUGFeRD 2.x / XRechnung-CII write it, and its predecessor
 * ZUGFeRD 1.0 (CrossIndustryDocument), which has the same parties and amounts under other aggregate names.
 */
interface Dialect {
  root: string;
  header: string;
  transaction: string;
  agreement: string;
  delivery: string;
  settlement: string;
  headerSummation: string;
  lineAgreement: string;
  lineDelivery: string;
  lineSettlement: string;
  lineSummation: string;
}

const CII_D16B: Dialect = {
  root: 'rsm:CrossIndustryInvoice',
  header: 'rsm:ExchangedDocument',
  transaction: 'rsm:SupplyChainTradeTransaction',
  agreement: 'ram:ApplicableHeaderTradeAgreement',
  delivery: 'ram:ApplicableHeaderTradeDelivery',
  settlement: 'ram:ApplicableHeaderTradeSettlement',
  headerSummation: 'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
  lineAgreement: 'ram:SpecifiedLineTradeAgreement',
  lineDelivery: 'ram:SpecifiedLineTradeDelivery',
  lineSettlement: 'ram:SpecifiedLineTradeSettlement',
  lineSummation: 'ram:SpecifiedTradeSettlementLineMonetarySummation',
};

const ZUGFERD_1: Dialect = {
  root: 'rsm:CrossIndustryDocument',
  header: 'rsm:HeaderExchangedDocument',
  transaction: 'rsm:SpecifiedSupplyChainTradeTransaction',
  agreement: 'ram:ApplicableSupplyChainTradeAgreement',
  delivery: 'ram:ApplicableSupplyChainTradeDelivery',
  settlement: 'ram:ApplicableSupplyChainTradeSettlement',
  headerSummation: 'ram:SpecifiedTradeSettlementMonetarySummation',
  lineAgreement: 'ram:SpecifiedSupplyChainTradeAgreement',
  lineDelivery: 'ram:SpecifiedSupplyChainTradeDelivery',
  lineSettlement: 'ram:SpecifiedSupplyChainTradeSettlement',
  lineSummation: 'ram:SpecifiedTradeSettlementMonetarySummation',
};

/** UNTDID 1001 document types that reverse rather than claim an amount. */
const CREDIT_TYPES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

export function parseCii(tree: Record<string, unknown>, version: 'cii' | 'zugferd-1'): ReadInvoice {
  const d = version === 'cii' ? CII_D16B : ZUGFERD_1;
  const root = rootNode(tree, d.root.split(':')[1], d.root);
  const headerDoc = root.at(d.header);
  const transaction = root.at(d.transaction);
  const agreement = transaction?.at(d.agreement);
  const delivery = transaction?.at(d.delivery);
  const settlement = transaction?.at(d.settlement);
  const warnings: string[] = [];

  const typeCode = headerDoc?.textAt('ram:TypeCode');
  if (typeCode && CREDIT_TYPES.has(typeCode)) warnings.push(`document type ${typeCode} is a credit note: its amounts reverse an earlier invoice`);

  const parties: Party[] = [];
  const add = (party: Party | undefined) => party && parties.push(party);
  add(ciiParty(agreement?.at('ram:SellerTradeParty'), 'seller'));
  add(ciiParty(agreement?.at('ram:BuyerTradeParty'), 'buyer'));
  const shipTo = delivery?.at('ram:ShipToTradeParty');
  add(ciiParty(shipTo, 'consignee'));
  add(ciiParty(delivery?.at('ram:ShipFromTradeParty'), 'shipper'));
  for (const bank of ciiBanks(settlement)) add(bank);
  warnOtherParties(agreement, settlement, parties, warnings);

  const header = new HeaderFields();
  const numberNode = headerDoc?.at('ram:ID');
  header.set('number', numberNode, numberNode?.text());
  const dateNode = headerDoc?.at('ram:IssueDateTime', 'udt:DateTimeString');
  header.set('date', dateNode, readDate(dateNode, warnings));
  const currencyNode = settlement?.at('ram:InvoiceCurrencyCode');
  header.set('currency', currencyNode, parseCurrency(currencyNode?.text()));
  const total = readTotal(settlement?.at(d.headerSummation), warnings);
  header.set('total', total.node, total.value);
  const incotermNode = agreement?.at('ram:ApplicableTradeDeliveryTerms', 'ram:DeliveryTypeCode');
  header.set('incoterms', incotermNode, parseIncoterm(incotermNode?.text()));
  return finishModel({
    header,
    parties,
    lines: (transaction?.all('ram:IncludedSupplyChainTradeLineItem') ?? []).flatMap((item) => ciiLine(item, d, warnings)),
    warnings,
    destinationHint: parseCountry(shipTo?.textAt('ram:PostalTradeAddress', 'ram:CountryID')),
  });
}

function readDate(node: XmlNode | undefined, warnings: string[]): string | undefined {
  if (!node?.text()) return undefined;
  const date = parseCiiDate(node.text(), node.attr('format') ?? '102');
  if (!date) warnings.push(`issue date "${node.text()}" (format ${node.attr('format') ?? '?'}) is not a CCYYMMDD date`);
  return date;
}

/** Grand total (with VAT) is the invoice's value; a different amount due (prepayments) is reported. */
function readTotal(summation: XmlNode | undefined, warnings: string[]): { node?: XmlNode; value?: number } {
  const grandNode = summation?.at('ram:GrandTotalAmount');
  const dueNode = summation?.at('ram:DuePayableAmount');
  const grand = parseDecimal(grandNode?.text());
  const due = parseDecimal(dueNode?.text());
  if (grand !== undefined && due !== undefined && !sameAmount(grand, due)) warnings.push(`amount due ${due} differs from the grand total ${grand} (prepaid or rounded)`);
  return grand !== undefined ? { node: grandNode, value: grand } : { node: dueNode, value: due };
}

function ciiParty(node: XmlNode | undefined, role: PartyRole): Party | undefined {
  if (!node) return undefined;
  const address = node.at('ram:PostalTradeAddress');
  const country = parseCountry(address?.textAt('ram:CountryID'));
  const identifiers: PartyIdentifier[] = [];
  for (const id of node.all('ram:ID')) {
    const value = id.text();
    if (value) identifiers.push(partyIdentifier(icdScheme(id.attr('schemeID')) ?? 'PARTY-ID', value));
  }
  for (const id of node.all('ram:GlobalID')) {
    const value = id.text();
    if (value) identifiers.push(partyIdentifier(icdScheme(id.attr('schemeID')) ?? 'PARTY-ID', value));
  }
  const legal = node.at('ram:SpecifiedLegalOrganization', 'ram:ID');
  const legalId = legal?.text();
  if (legalId) identifiers.push(partyIdentifier(icdScheme(legal?.attr('schemeID')) ?? nationalScheme(country, legalId) ?? 'LEGAL-ID', legalId));
  for (const registration of node.all('ram:SpecifiedTaxRegistration')) {
    const id = registration.at('ram:ID');
    const value = id?.text();
    if (!value) continue;
    const scheme = id?.attr('schemeID') === 'VA' ? 'VAT' : (nationalScheme(country, value) ?? 'TAX-NUMBER');
    identifiers.push(partyIdentifier(scheme, value));
  }
  const vat = identifiers.find((i) => i.scheme === 'VAT');
  return partyFrom(role, node.at('ram:Name'), {
    address: joinAddress([
      address?.textAt('ram:LineOne'),
      address?.textAt('ram:LineTwo'),
      address?.textAt('ram:LineThree'),
      cityLine(address?.textAt('ram:PostcodeCode'), address?.textAt('ram:CityName')),
      address?.textAt('ram:CountrySubDivisionName'),
      country,
    ]),
    country: country ?? (vat ? countryOfVat(vat.value) : undefined),
    identifiers,
  });
}

/**
 * The payee's account(s): one 'bank' party per payment means with an account. Its name is the bank's when
 * the invoice gives it, otherwise the account holder's (what the invoice prints next to the IBAN), else its BIC or IBAN.
 */
function ciiBanks(settlement: XmlNode | undefined): Party[] {
  const banks: Party[] = [];
  for (const means of settlement?.all('ram:SpecifiedTradeSettlementPaymentMeans') ?? []) {
    const account = means.at('ram:PayeePartyCreditorFinancialAccount');
    const institution = means.at('ram:PayeeSpecifiedCreditorFinancialInstitution');
    const iban = account?.textAt('ram:IBANID');
    const bic = institution?.textAt('ram:BICID');
    if (!iban && !bic) continue;
    const identifiers = [...(iban ? [partyIdentifier('IBAN', iban)] : []), ...(bic ? [partyIdentifier('SWIFT', bic)] : [])];
    // Without a bank or holder name, the account's own code names it: the party must stay screenable by BIC/IBAN.
    const nameNode = institution?.at('ram:Name') ?? account?.at('ram:AccountName') ?? settlement?.at('ram:PayeeTradeParty', 'ram:Name')
      ?? institution?.at('ram:BICID') ?? account?.at('ram:IBANID');
    const bank = partyFrom('bank', nameNode, { country: countryOfBank(bic, iban), identifiers });
    if (bank) banks.push(bank);
  }
  return banks;
}

/** Parties the InvoiceModel has no role for are reported, so a third party receiving the money is not lost. */
function warnOtherParties(agreement: XmlNode | undefined, settlement: XmlNode | undefined, parties: Party[], warnings: string[]) {
  const seller = parties.find((p) => p.role === 'seller');
  const others: Array<[string, XmlNode | undefined]> = [
    ['payee', settlement?.at('ram:PayeeTradeParty')],
    ['seller tax representative', agreement?.at('ram:SellerTaxRepresentativeTradeParty')],
  ];
  for (const [label, node] of others) {
    const name = cleanText(node?.textAt('ram:Name'));
    if (!node || !name || name === seller?.name) continue;
    const ids = [...node.all('ram:GlobalID'), ...node.all('ram:ID'), ...node.all('ram:SpecifiedTaxRegistration').map((r) => r.at('ram:ID'))]
      .map((n) => n?.text()).filter(Boolean);
    warnings.push(`${label} "${name}"${ids.length ? ` (${ids.join(', ')})` : ''} differs from the seller; the invoice model has no role for it (${node.path})`);
  }
}

/** EXTENDED-profile lines that only group or annotate other lines carry no goods. */
const NON_GOODS_LINE_STATUS = new Set(['GROUP', 'INFORMATION']);

function ciiLine(item: XmlNode, d: Dialect, warnings: string[]): GoodsLine[] {
  const status = item.textAt('ram:AssociatedDocumentLineDocument', 'ram:LineStatusReasonCode');
  if (status && NON_GOODS_LINE_STATUS.has(status.toUpperCase())) return [];
  const product = item.at('ram:SpecifiedTradeProduct');
  const nameNode = product?.at('ram:Name') ?? product?.at('ram:Description');
  const description = cleanText(nameNode?.text()) ?? '';
  const quantityNode = item.at(d.lineDelivery, 'ram:BilledQuantity');
  const quantity = parseDecimal(quantityNode?.text());
  const netPrice = item.at(d.lineAgreement, 'ram:NetPriceProductTradePrice');
  const amount = parseDecimal(item.textAt(d.lineSettlement, d.lineSummation, 'ram:LineTotalAmount'));
  const price = unitPriceOf(parseDecimal(netPrice?.textAt('ram:ChargeAmount')), parseDecimal(netPrice?.textAt('ram:BasisQuantity')), quantity, amount);
  if (price.warning) warnings.push(`${item.path}: ${price.warning}`);
  const hsCode = hsCodeOf((product?.all('ram:DesignatedProductClassification') ?? []).map((c) => c.at('ram:ClassCode')), warnings);
  return [compact<GoodsLine>({
    description,
    hsCode,
    quantity,
    unit: quantityNode?.attr('unitCode'),
    unitPrice: price.value,
    amount,
    originCountry: parseCountry(product?.textAt('ram:OriginTradeCountry', 'ram:ID')),
    evidence: xmlEvidence(nameNode?.path ?? item.path, description),
  })];
}
