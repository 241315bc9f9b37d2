import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Repo fixtures only (tests/fixtures/einvoice; provenance in its SOURCES.md). */
export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures', 'einvoice');
export const fixtureText = (file: string) => readFileSync(join(FIXTURES_DIR, file), 'utf-8');
export const fixtureBytes = (file: string) => new Uint8Array(readFileSync(join(FIXTURES_DIR, file)));

export interface InvoiceTruth {
  number: string;
  date: string;
  currency: string;
  /** Grand total / amount with tax. */
  total: number;
  seller: { name: string; vat?: string };
  buyer: { name: string; vat?: string };
  consignee?: string;
  /** Goods lines in order (display-only lines excluded). */
  lines: Array<{ amount?: number; quantity: number; unit: string }>;
}

export interface CorpusDocument {
  pdf: string;
  /** Name of the e-invoice attachment inside the PDF. */
  attachment: string;
  /** The separately provided XML: the repo's .cii.xml, or the attachment extracted byte for byte. */
  truthXml: string;
  /** Whether the printed invoice shows the same invoice as its XML (two corpus samples do not). */
  printedMatchesXml: boolean;
  truth: InvoiceTruth;
}

const metallbau = 'Metallbau Leipzig GmbH & Co. KG';

/**
 * Expected values, written down by hand from the XML files (and checked against an independent reading
 * with Python's ElementTree), not produced by the code under test.
 */
export const CORPUS: CorpusDocument[] = [
  {
    pdf: 'EN16931_Einfach.pdf', attachment: 'factur-x.xml', truthXml: 'EN16931_Einfach.cii.xml', printedMatchesXml: true,
    truth: {
      number: '471102', date: '2018-03-05', currency: 'EUR', total: 529.87,
      seller: { name: 'Lieferant GmbH', vat: 'DE123456789' }, buyer: { name: 'Kunden AG Mitte' },
      lines: [{ amount: 198, quantity: 20, unit: 'H87' }, { amount: 275, quantity: 50, unit: 'H87' }],
    },
  },
  {
    pdf: 'EN16931_Innergemeinschaftliche_Lieferungen.pdf', attachment: 'factur-x.xml', truthXml: 'EN16931_Innergemeinschaftliche_Lieferungen.cii.xml', printedMatchesXml: true,
    truth: {
      number: '47110818', date: '2018-10-31', currency: 'EUR', total: 2000,
      seller: { name: 'Global Supplies Ltd.', vat: 'GB123456789' }, buyer: { name: metallbau, vat: 'DE123456789' }, consignee: metallbau,
      lines: [{ amount: 1000, quantity: 10, unit: 'H87' }, { amount: 1000, quantity: 10, unit: 'H87' }],
    },
  },
  {
    pdf: 'EN16931_Rabatte.pdf', attachment: 'factur-x.xml', truthXml: 'EN16931_Rabatte.cii.xml', printedMatchesXml: true,
    truth: {
      number: '471102', date: '2018-06-05', currency: 'EUR', total: 215.07,
      seller: { name: 'Lieferant GmbH', vat: 'DE123456789' }, buyer: { name: 'Kunden AG Mitte' },
      lines: [
        { amount: 10, quantity: 3, unit: 'MTK' }, { amount: 27.5, quantity: 5, unit: 'KGM' },
        { amount: 109.8, quantity: 20, unit: 'H87' }, { amount: 55.4, quantity: 20, unit: 'C62' },
      ],
    },
  },
  {
    pdf: 'MustangGnuaccountingBeispielRE-20201121_508.pdf', attachment: 'factur-x.xml', truthXml: 'MustangGnuaccountingBeispielRE-20201121_508.embedded-factur-x.xml', printedMatchesXml: true,
    truth: {
      number: 'RE-20201121/508', date: '2020-11-21', currency: 'EUR', total: 571.04,
      seller: { name: 'Bei Spiel GmbH', vat: 'DE136695976' }, buyer: { name: 'Theodor Est' },
      lines: [{ amount: 160, quantity: 1, unit: 'HUR' }, { amount: 316, quantity: 400, unit: 'H87' }, { amount: 20, quantity: 800, unit: 'LTR' }],
    },
  },
  {
    pdf: 'acme_invoice-42_ZUGFeRD.pdf', attachment: 'ZUGFeRD-invoice.xml', truthXml: 'acme_invoice-42_ZUGFeRD.embedded-ZUGFeRD-invoice.xml', printedMatchesXml: false,
    truth: {
      number: '20131122-42', date: '2014-11-08', currency: 'EUR', total: 119,
      seller: { name: 'Seller Inc.' }, buyer: { name: 'Buyer Inc.' },
      lines: [{ quantity: 1, unit: 'C62' }],
    },
  },
  {
    pdf: 'sample_inofficial_20190125_atgp_factur-x_v_1_0.pdf', attachment: 'factur-x.xml', truthXml: 'sample_inofficial_20190125_atgp_factur-x_v_1_0.embedded-factur-x.xml', printedMatchesXml: false,
    truth: {
      number: 'FA-2017-0010', date: '2017-11-13', currency: 'EUR', total: 671.15,
      seller: { name: 'Au bon moulin', vat: 'FR11999999998' }, buyer: { name: 'Ma jolie boutique', vat: 'FR19787878784' },
      lines: [{ amount: 81.9, quantity: 20, unit: 'C62' }, { amount: 48, quantity: 15, unit: 'C62' }, { amount: 495, quantity: 25, unit: 'LTR' }],
    },
  },
  {
    pdf: 'zugferd_2p0_EXTENDED_Fremdwaehrung.pdf', attachment: 'zugferd-invoice.xml', truthXml: 'zugferd_2p0_EXTENDED_Fremdwaehrung.embedded-zugferd-invoice.xml', printedMatchesXml: true,
    truth: {
      number: '47110815', date: '2018-10-31', currency: 'GBP', total: 1021.91,
      seller: { name: 'Rohstoff AG Salzgitter', vat: 'DE123456789' }, buyer: { name: metallbau }, consignee: metallbau,
      lines: [{ amount: 850, quantity: 10, unit: 'C62' }],
    },
  },
  {
    pdf: 'zugferd_2p0_EXTENDED_Warenrechnung.pdf', attachment: 'zugferd-invoice.xml', truthXml: 'zugferd_2p0_EXTENDED_Warenrechnung.embedded-zugferd-invoice.xml', printedMatchesXml: true,
    truth: {
      number: 'R87654321012345', date: '2018-08-06', currency: 'EUR', total: 518.99,
      seller: { name: 'MUSTERLIEFERANT GMBH', vat: 'DE123456789' }, buyer: { name: 'MUSTER-KUNDE GMBH' }, consignee: 'MUSTER-MARKT',
      lines: [
        { amount: 100, quantity: 100, unit: 'C62' }, { amount: 72.5, quantity: 50, unit: 'C62' }, { amount: 0, quantity: 10, unit: 'C62' },
        { amount: 180, quantity: 15, unit: 'C62' }, { amount: 46.5, quantity: 15, unit: 'C62' }, { amount: 58.2, quantity: 2, unit: 'C62' },
      ],
    },
  },
  {
    pdf: 'AzureInterior.pdf', attachment: 'UBL-Invoice-2.1.xml', truthXml: 'AzureInterior.embedded-UBL-Invoice-2.1.xml', printedMatchesXml: true,
    truth: {
      number: 'INV/2023/03/0008', date: '2023-03-20', currency: 'USD', total: 279.84,
      seller: { name: 'Azure Interior' }, buyer: { name: 'Mitchell Admin' }, consignee: 'Mitchell Admin',
      lines: [{ amount: 42, quantity: 1, unit: 'KGM' }, { amount: 70, quantity: 1, unit: 'C62' }, { amount: 0.9, quantity: 1, unit: 'LTR' }, { amount: 150, quantity: 15, unit: 'GRM' }],
    },
  },
];

/** The UBL renderings of two CII samples (converted by Mustang): same invoice, other syntax. */
export const UBL_TWINS: Array<[ubl: string, cii: string]> = [
  ['EN16931_Einfach.ubl.xml', 'EN16931_Einfach.cii.xml'],
  ['EN16931_Innergemeinschaftliche_Lieferungen.ubl.xml', 'EN16931_Innergemeinschaftliche_Lieferungen.cii.xml'],
];
