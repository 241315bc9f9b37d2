import type { Evidence } from './document-model';

export type PartyRole = 'seller' | 'buyer' | 'consignee' | 'shipper' | 'notify' | 'carrier' | 'bank' | 'manufacturer' | 'payer';

export interface PartyIdentifier {
  scheme: string;
  value: string;
  /** Result of the scheme's check-digit test, where it has one. */
  valid?: boolean;
}

export interface Party {
  role: PartyRole;
  name: string;
  address?: string;
  /** ISO 3166 alpha-2, when the address or identifiers tell. */
  country?: string;
  identifiers: PartyIdentifier[];
  evidence: Evidence;
  /** The role was inferred from the layout (a letterhead, an addressee block), not read from a printed label. */
  roleInferred?: true;
}

export interface GoodsLine {
  description: string;
  /** Digits only, as printed (HS 6 or a national 8–10 digit code such as TN VED). */
  hsCode?: string;
  quantity?: number;
  unit?: string;
  unitPrice?: number;
  amount?: number;
  /** ISO 3166 alpha-2 country of origin, when printed. */
  originCountry?: string;
  evidence: Evidence;
}

export interface InvoiceModel {
  languages: string[];
  invoice: {
    number?: string;
    /** YYYY-MM-DD */
    date?: string;
    /** ISO 4217 */
    currency?: string;
    total?: number;
    incoterms?: string;
    placeOfDelivery?: string;
  };
  parties: Party[];
  lines: GoodsLine[];
  route: { origin?: string; destination?: string; via: string[] };
  warnings: string[];
  /** Where the values come from: a structured e-invoice (exact) or the visible text. */
  source?: 'e-invoice' | 'text';
  /** E-invoice values that the visible document contradicts or does not print. */
  crossCheck?: Array<{ field: string; kind: string; eInvoiceValue?: string | number; visibleValue?: string | number; evidence: Evidence }>;
}
