import type { GoodsLine, Party, PartyIdentifier, PartyRole } from '../invoice-model';
import { compact, finishModel, HeaderFields, partyFrom, type ReadInvoice } from './model-builder';
import { countryOfBank, kzTinScheme, partyIdentifier } from './party-identifiers';
import { xmlEvidence } from './xml-evidence';
import { EInvoiceError, rootNode, type XmlNode } from './xml-tree';
import { cleanText, parseCommodityCode, parseCountry, parseCurrency, parseDecimal, parseDottedDate, parseIncoterm } from './xml-values';

/**
 * Kazakhstan's electronic invoice (ИС ЭСФ, электронный счёт-фактура), InvoiceV2 (`v2:invoice`, namespace
 * "v2.esf", elements unqualified), bare or inside the `esf:invoiceContainer/invoiceSet` of the ESF API.
 * Field meanings follow the ESF form cells: product `unitCode` is the TN VED EAEU code (cell G4, despite its
 * name), `unitNomenclature` the unit of measure as an МКЕИ code (G5), `priceWithoutTax` the line value
 * without indirect taxes (G8), `truOriginCode` a traceability category (not a country).
 */

/** МКЕИ (interstate classifier of units) codes → UN/ECE Rec 20, for the units commonly invoiced in goods trade. */
const MKEI_TO_REC20: Record<string, string> = {
  '006': 'MTR', '055': 'MTK', '113': 'MTQ', '112': 'LTR', '163': 'GRM', '166': 'KGM', '168': 'TNE', '715': 'PR', '796': 'H87', '839': 'SET',
};

const CORRECTIVE_TYPES: Record<string, string> = {
  FIXED_INVOICE: 'a corrected ESF (исправленный)',
  ADDITIONAL_INVOICE: 'an additional ESF (дополнительный)',
};

export function parseEsf(tree: Record<string, unknown>): ReadInvoice {
  const invoice = esfInvoiceNode(tree);
  const warnings: string[] = [];
  const type = invoice.node.textAt('invoiceType');
  if (type && CORRECTIVE_TYPES[type]) warnings.push(`the document is ${CORRECTIVE_TYPES[type]}: it amends ESF ${invoice.node.textAt('relatedInvoice', 'num') ?? '(number not given)'}`);
  if (invoice.count > 1) warnings.push(`the container holds ${invoice.count} invoices; only the first was read`);

  const parties: Party[] = [];
  const add = (party: Party | undefined) => party && parties.push(party);
  const sellers = invoice.node.at('sellers')?.all('seller') ?? [];
  for (const seller of sellers) add(esfParty(seller, 'seller', 'KZ'));
  for (const customer of invoice.node.at('customers')?.all('customer') ?? []) add(esfParty(customer, 'buyer'));
  add(esfParty(invoice.node.at('consignee'), 'consignee'));
  add(esfParty(invoice.node.at('consignor'), 'shipper'));
  for (const seller of sellers) add(sellerBank(seller));

  const header = new HeaderFields();
  header.set('number', invoice.node.at('num'), invoice.node.textAt('num'));
  const dateNode = invoice.node.at('date');
  const date = parseDottedDate(dateNode?.text());
  if (dateNode?.text() && !date) warnings.push(`date "${dateNode.text()}" is not a dd.MM.yyyy date`);
  header.set('date', dateNode, date);
  const productSet = invoice.node.at('productSet');
  header.set('currency', productSet?.at('currencyCode'), parseCurrency(productSet?.textAt('currencyCode')));
  header.set('total', productSet?.at('totalPriceWithTax'), parseDecimal(productSet?.textAt('totalPriceWithTax')));
  const terms = invoice.node.at('deliveryTerm');
  const conditionNode = terms?.at('deliveryConditionCode');
  const incoterms = parseIncoterm(conditionNode?.text());
  if (conditionNode?.text() && !incoterms) warnings.push(`delivery condition "${conditionNode.text()}" is not an Incoterms code`);
  header.set('incoterms', conditionNode, incoterms);
  header.set('placeOfDelivery', terms?.at('destination'), cleanText(terms?.textAt('destination')));
  return finishModel({
    header,
    parties,
    lines: (productSet?.at('products')?.all('product') ?? []).map((product) => esfLine(product, warnings)),
    warnings,
  });
}

function esfInvoiceNode(tree: Record<string, unknown>): { node: XmlNode; count: number } {
  if (Object.prototype.hasOwnProperty.call(tree, 'invoiceContainer')) {
    const invoices = rootNode(tree, 'invoiceContainer', 'esf:invoiceContainer').at('invoiceSet')?.all('v2:invoice') ?? [];
    if (!invoices.length) throw new EInvoiceError('the ESF container holds no invoice');
    return { node: invoices[0], count: invoices.length };
  }
  return { node: rootNode(tree, 'invoice', 'v2:invoice'), count: 1 };
}

/** A resident's `tin` is a BIN (legal entity) or an IIN (individual); non-residents have none. */
function esfParty(node: XmlNode | undefined, role: PartyRole, residentCountry?: string): Party | undefined {
  if (!node) return undefined;
  const identifiers: PartyIdentifier[] = [];
  const tin = node.textAt('tin');
  if (tin) identifiers.push(partyIdentifier(kzTinScheme(tin), tin));
  const series = node.textAt('certificateSeries');
  const number = node.textAt('certificateNum');
  // The VAT registration certificate (свидетельство о постановке на учёт по НДС) identifies a VAT payer.
  if (series && number) identifiers.push(partyIdentifier('KZ-VAT-CERT', `${series}/${number}`));
  const country = parseCountry(node.textAt('countryCode')) ?? residentCountry ?? (tin ? 'KZ' : undefined);
  return partyFrom(role, node.at('name'), { address: cleanText(node.textAt('address')), country, identifiers });
}

/** The seller's bank account printed on the ESF (ИИК = IBAN, БИК = the bank's BIC). */
function sellerBank(seller: XmlNode): Party | undefined {
  const iik = seller.textAt('iik');
  const bik = seller.textAt('bik');
  if (!iik && !bik) return undefined;
  const identifiers = [...(iik ? [partyIdentifier('IBAN', iik)] : []), ...(bik ? [partyIdentifier('SWIFT', bik)] : [])];
  return partyFrom('bank', seller.at('bank') ?? seller.at('name'), { country: countryOfBank(bik, iik), identifiers });
}

function esfLine(product: XmlNode, warnings: string[]): GoodsLine {
  const nameNode = product.at('description') ?? product.at('tnvedName');
  const description = cleanText(nameNode?.text()) ?? '';
  const code = product.at('unitCode');
  const hsCode = parseCommodityCode(code?.text());
  if (code?.text() && !hsCode) warnings.push(`${code.path}: "${code.text()}" is not a TN VED code`);
  const mkei = product.textAt('unitNomenclature');
  return compact<GoodsLine>({
    description,
    hsCode,
    quantity: parseDecimal(product.textAt('quantity')),
    unit: mkei ? (MKEI_TO_REC20[mkei] ?? mkei) : undefined,
    unitPrice: parseDecimal(product.textAt('unitPrice')),
    amount: parseDecimal(product.textAt('priceWithoutTax')),
    evidence: xmlEvidence(nameNode?.path ?? product.path, description),
  });
}
