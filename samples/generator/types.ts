/**
 * Types shared by the corpus generator: what a generated invoice says (the draft), and the ground
 * truth written next to it. The truth keeps the shape of samples/expected/*.json and adds a
 * `generator` block (seed, layout, variants) so results can be broken down by how a document was made.
 */
import type { Decision, Finding } from '../sample-specs';

export type Language = 'ru' | 'kk' | 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['ru', 'kk', 'en', 'zh'];

/** How parties and header fields are arranged on the page. */
export type Layout = 'one-column' | 'two-column' | 'header-table';
export const LAYOUTS: readonly Layout[] = ['one-column', 'two-column', 'header-table'];

export type PartyRole = 'seller' | 'buyer' | 'consignee' | 'shipper' | 'payer' | 'bank';

export type IdScheme =
  | 'KZ-BIN' | 'RU-INN' | 'RU-KPP' | 'CN-USCC' | 'VAT' | 'SWIFT' | 'IBAN' | 'TR-VKN' | 'KG-INN' | 'UZ-INN';

export interface Identifier {
  scheme: IdScheme;
  /** Normalised (no spaces); the printed text may group it. */
  value: string;
}

/** The language(s) a document is printed in: one, or a bilingual pair (primary first). */
export interface LanguageMode {
  primary: Language;
  secondary?: Language;
}

export type NumberStyle = 'ru' | 'ru-nbsp' | 'en' | 'de' | 'plain-dot' | 'plain-comma';
export type DateStyle =
  | 'dmy-dot' | 'iso' | 'dmy-slash' | 'ru-long' | 'ru-quoted' | 'kk-long' | 'en-long' | 'en-us-long' | 'en-short'
  | 'zh' | 'ymd-slash';
export type HsStyle = 'tnved-spaced' | 'hs6-dotted' | 'hs6-plain' | 'tnved-plain' | 'tnved-dotted';

export type ColumnKind = 'no' | 'description' | 'hs' | 'origin' | 'qty' | 'unit' | 'price' | 'amount';

/** A printed line carrying identifiers; the generator checks each value appears in the text. */
export interface IdLine {
  text: string;
  /** Label part printed in its own cell in the header-table layout. */
  label: string;
  value: string;
  ids: Identifier[];
}

export interface PartyDraft {
  role: PartyRole;
  /** As printed, without the separator ("Продавец", "Продавец / Seller", "卖方"). */
  label: string;
  /** Exactly as printed; the truth records this string. */
  name: string;
  country: string;
  addressLines: string[];
  idLines: IdLine[];
  /** Only on the deliberately chosen real OFAC SDN entities (see sdn-entities.ts). */
  sdnEntryId?: number;
}

export interface GoodsLineDraft {
  description: string;
  /** As printed; the truth keeps only its digits. */
  hsPrinted: string;
  quantity: number;
  unit: string;
  /** Minor units (cents); quantity × price is a whole number of cents by construction. */
  unitPriceCents: number;
  amountCents: number;
  originPrinted?: string;
}

export interface GeneratorMeta {
  seed: string;
  index: number;
  layout: Layout;
  languageMode: LanguageMode;
  font: string;
  numberStyle: NumberStyle;
  dateStyle: DateStyle;
  hsStyle: HsStyle;
  /** Party labels printed without a colon (header-table only). */
  colonlessLabels: boolean;
  /** Party name printed under its label instead of after it. */
  nameBelowLabel: boolean;
  /** Policy: wrap long descriptions rather than shrink them (very long ones wrap either way). */
  wrappedDescriptions: boolean;
  /** Outcome: goods rows whose description was printed on more than one line. */
  wrappedRows: number;
  /** Where the numbers of a wrapped row sit: on its first line or vertically centred. */
  rowAlign: 'top' | 'middle';
  /** "Итого: 1 234,00 USD" as one run, or label and amount as two runs on one baseline. */
  totalsStyle: 'inline' | 'split';
  currencyPlacement: 'suffix' | 'prefix' | 'none';
  /** A "Total" row closes the goods table itself. */
  totalRowInTable: boolean;
  columns: ColumnKind[];
  /** The goods-table header cells as printed ("\n" where a header has two lines). */
  tableHeaders: string[];
  multiPage: boolean;
  pages: number;
  headerVariant: string;
  amountInWords: boolean;
}

export interface ScanMeta {
  dpi: number;
  rotationDeg: number;
  blurSigma: number;
  noiseSigma: number;
  jpegQuality: number;
  /** Colour scans keep the blue seal; most office scans are grey. */
  colour: boolean;
  format: ScanFormat;
}

export type ScanFormat = 'png' | 'jpeg' | 'tiff' | 'pdf';

/** The ground-truth JSON, in the shape of samples/expected/*.json plus generator metadata. */
export interface InvoiceTruth {
  file: string;
  languages: Language[];
  invoice: {
    number: string;
    date: string;
    currency: string;
    incoterms: string;
    placeOfDelivery: string;
    destinationCountry: string;
    total: number;
  };
  /** `label` (as printed, e.g. "Грузополучатель") is an addition to the samples' shape, for failure analysis. */
  parties: Array<{ role: PartyRole; name: string; country: string; identifiers: Identifier[]; label: string; sdnEntryId?: number }>;
  lines: Array<{ description: string; hsCode: string; quantity: number; unit: string; unitPrice: number; amount: number }>;
  expectedFindings: Finding[];
  expectedDecision: Decision;
  pages: number;
  /** Set on scans: the digital PDF the image was rasterised from. */
  derivedFrom?: string;
  scan?: ScanMeta;
  generator: GeneratorMeta;
}
