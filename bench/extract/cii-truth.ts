/**
 * Fallback reader of the few Factur-X / ZUGFeRD fields the benchmark scores, used only when the
 * pipeline's own e-invoice parser (lambdas/domain/einvoice, `invoiceTruthFromXml`) is not available.
 * Handles CII (ZUGFeRD 2.x / Factur-X) and the older ZUGFeRD 1.0 CrossIndustryDocument: both name
 * the same parts (SellerTradeParty, IncludedSupplyChainTradeLineItem…), only the paths differ, so
 * values are looked up by element name anywhere below a node.
 */
import { XMLParser } from 'fast-xml-parser';
import type { TruthLine, TruthParty } from './score';

type Node = Record<string, unknown>;

export interface CiiTruth {
  invoice: { number?: string; date?: string; currency?: string; total?: number };
  parties: TruthParty[];
  lines: TruthLine[];
}

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true });

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every value of an element name at any depth below `node`, in document order. */
function findAll(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return [];
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === name) out.push(...asArray(value));
    for (const child of asArray(value)) out.push(...findAll(child, name));
  }
  return out;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Node)['#text'] === 'string') return (value as Node)['#text'] as string;
  return undefined;
}

const first = (node: unknown, name: string): string | undefined => findAll(node, name).map(textOf).find((v) => v !== undefined);
const number = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

/** Format 102 (CCYYMMDD) → YYYY-MM-DD. */
const isoDate = (text: string | undefined): string | undefined =>
  text && /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : undefined;

function party(node: unknown, role: string): TruthParty | undefined {
  const name = first(node, 'Name');
  if (!name) return undefined;
  const vat = findAll(node, 'SpecifiedTaxRegistration')
    .flatMap((r) => findAll(r, 'ID'))
    .filter((id) => id && typeof id === 'object' && (id as Node)['@schemeID'] === 'VA')
    .map(textOf)
    .filter((v): v is string => Boolean(v));
  return { role, name, identifiers: vat.map((value) => ({ scheme: 'VAT', value })) };
}

export function ciiTruth(xml: string): CiiTruth {
  const root = parser.parse(xml) as Node;
  const document = findAll(root, 'ExchangedDocument')[0] ?? findAll(root, 'HeaderExchangedDocument')[0];
  // The header settlement sums carry GrandTotalAmount; line items only carry LineTotalAmount.
  const parties = [
    party(findAll(root, 'SellerTradeParty')[0], 'seller'),
    party(findAll(root, 'BuyerTradeParty')[0], 'buyer'),
    party(findAll(root, 'ShipToTradeParty')[0], 'consignee'),
  ].filter((p): p is TruthParty => p !== undefined);
  const lines = findAll(root, 'IncludedSupplyChainTradeLineItem').map((item): TruthLine => {
    const product = findAll(item, 'SpecifiedTradeProduct')[0];
    const line: TruthLine = {};
    const description = first(product, 'Name');
    const quantity = number(first(item, 'BilledQuantity'));
    const amount = number(first(item, 'LineTotalAmount'));
    if (description) line.description = description;
    if (quantity !== undefined && Number.isFinite(quantity)) line.quantity = quantity;
    if (amount !== undefined && Number.isFinite(amount)) line.amount = amount;
    return line;
  });
  return {
    invoice: {
      number: first(document, 'ID'),
      date: isoDate(first(findAll(document, 'IssueDateTime')[0], 'DateTimeString')),
      currency: first(root, 'InvoiceCurrencyCode'),
      total: number(first(root, 'GrandTotalAmount')),
    },
    parties,
    lines,
  };
}
