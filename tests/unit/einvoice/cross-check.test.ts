import type { ReadDocument } from '../../../lambdas/domain/document-model';
import type { InvoiceModel } from '../../../lambdas/domain/invoice-model';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { readDocument } from '../../../lambdas/domain/reading/read-document';
import { crossCheckEInvoice, type CrossCheckMismatch } from '../../../lambdas/domain/einvoice/cross-check';
import { extractEmbeddedXml } from '../../../lambdas/domain/einvoice/extract-embedded-xml';
import { parseEInvoice, type ParsedEInvoice } from '../../../lambdas/domain/einvoice/parse-einvoice';
import { CORPUS, fixtureBytes } from './einvoice-fixtures';

interface Pair {
  eInvoice: ParsedEInvoice;
  document: ReadDocument;
  visible: InvoiceModel;
}

/** Both readings of one real PDF: its embedded e-invoice and its visible text layer. */
async function readPair(pdf: string): Promise<Pair> {
  const bytes = fixtureBytes(pdf);
  const embedded = await extractEmbeddedXml(bytes);
  const document = await readDocument(bytes, { maxPages: 10 });
  return { eInvoice: parseEInvoice(embedded!.xml), document, visible: extractInvoice(document) };
}

const summary = (mismatches: CrossCheckMismatch[]) => mismatches.map((m) => [m.field, m.kind, m.eInvoiceValue, m.visibleValue]);

describe('crossCheckEInvoice on real PDFs whose print matches the embedded XML', () => {
  const consistent = CORPUS.filter((d) => d.printedMatchesXml).map((d) => d.pdf);

  test.each(consistent)('%s: no mismatches', async (pdf) => {
    // Prepare
    const { eInvoice, document, visible } = await readPair(pdf);

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible, document);

    // Assess
    expect(summary(mismatches)).toEqual([]);
    // …with the printed goods table read: every e-invoice line has its visible row (quantity and amount).
    const rowsRead = visible.lines.filter((l) => l.amount !== undefined && l.quantity !== undefined);
    expect(rowsRead).toHaveLength(eInvoice.model.lines.length);
  });
});

describe('crossCheckEInvoice on real PDFs whose embedded XML is a different invoice than the print', () => {
  test('acme_invoice-42 (ZUGFeRD 1.0): the XML invoice 20131122-42 for a saddle is not what is printed', async () => {
    // Prepare
    const { eInvoice, document, visible } = await readPair('acme_invoice-42_ZUGFeRD.pdf');

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible, document);

    // Assess
    expect(summary(mismatches)).toEqual([
      ['invoice.number', 'different', '20131122-42', '42'],
      ['invoice.date', 'different', '2014-11-08', '2014-01-31'],
      ['invoice.total', 'different', 119, 1589.8],
      ['seller.name', 'not-printed', 'Seller Inc.', undefined],
      ['seller.TAX-NUMBER', 'not-printed', 'DE122...', undefined],
      ['buyer.name', 'not-printed', 'Buyer Inc.', undefined],
      ['buyer.TAX-NUMBER', 'not-printed', 'DE123...', undefined],
      ['lines[1].description', 'not-printed', 'Saddle', undefined],
      // The printed goods table (Bezeichnung | Menge | Einzel/€ | Gesamt/€): rows with a quantity the XML lacks.
      // "Transport | Pauschal | 120,00" has no quantity, so it is not counted as a goods row.
      ['visible-lines[1]', 'not-in-e-invoice', undefined, 1000],
      ['visible-lines[2]', 'not-in-e-invoice', undefined, 300],
      ['lines.count', 'different', 1, 2],
    ]);
    // A 'different' value points at the printed line; a 'not-printed' one at the XML element.
    expect(mismatches[0].evidence).toMatchObject({ page: 1, text: 'Rechnung Nr. 42' });
    expect(mismatches[1].evidence).toMatchObject({ page: 1, text: 'Rechnungsdatum: 31.01.2014' });
    expect(mismatches[3].evidence).toMatchObject({ page: 0, text: '/rsm:CrossIndustryDocument/rsm:SpecifiedSupplyChainTradeTransaction/ram:ApplicableSupplyChainTradeAgreement/ram:SellerTradeParty/ram:Name: Seller Inc.' });
    // Seller and buyer are printed without role labels: their roles are only inferred, so not compared.
    expect(visible.parties.filter((p) => ['seller', 'buyer'].includes(p.role)).map((p) => [p.role, p.name, p.evidence.confidence])).toEqual([['seller', 'Acme GmbH', 0.5], ['buyer', 'Karl E. Coyote', 0.5]]);
  });

  test('atgp Factur-X 1.0 sample: the XML of "Au bon moulin" is attached to a GnuAccounting invoice', async () => {
    // Prepare
    const { eInvoice, document, visible } = await readPair('sample_inofficial_20190125_atgp_factur-x_v_1_0.pdf');

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible, document);

    // Assess
    expect(summary(mismatches)).toEqual([
      ['invoice.number', 'different', 'FA-2017-0010', 'RE-20190121/507'],
      ['invoice.date', 'different', '2017-11-13', '2019-01-21'],
      ['invoice.total', 'different', 671.15, 571.04],
      ['seller.name', 'not-printed', 'Au bon moulin', undefined],
      ['seller.VAT', 'not-printed', 'FR11999999998', undefined],
      ['buyer.name', 'not-printed', 'Ma jolie boutique', undefined],
      ['buyer.VAT', 'not-printed', 'FR19787878784', undefined],
      // The printed rows (Menge | Produkt | USt. | Preis | Gesamtbetrag) in the XML lines' places.
      ['lines[1].amount', 'different', 81.9, 160],
      ['lines[2].amount', 'different', 48, 316],
      ['lines[3].amount', 'different', 495, 20],
    ]);
    // A 'different' line amount points at the printed row, and keeps the XML line as the e-invoice evidence.
    const line1 = mismatches.find((m) => m.field === 'lines[1].amount')!;
    expect(line1.evidence).toMatchObject({ page: 1 });
    expect(line1.evidence.text).toContain('Künstlerische Gestaltung');
    expect(line1.eInvoiceEvidence?.page).toBe(0);
  });
});

describe('crossCheckEInvoice on deliberately altered e-invoice models', () => {
  test('CII: altered number, date, total, VAT id, buyer name and line amount are each reported', async () => {
    // Prepare
    const { eInvoice, document, visible } = await readPair('EN16931_Innergemeinschaftliche_Lieferungen.pdf');
    const altered = structuredClone(eInvoice);
    altered.model.invoice = { ...altered.model.invoice, number: '47110819', date: '2018-10-30', total: 2100 };
    altered.model.parties.find((p) => p.role === 'seller')!.identifiers.find((i) => i.scheme === 'VAT')!.value = 'GB123456780';
    altered.model.parties.find((p) => p.role === 'buyer')!.name = 'Metallbau Dresden GmbH';
    altered.model.lines[1].amount = 1100;

    // Act
    const mismatches = crossCheckEInvoice(altered, visible, document);

    // Assess
    expect(summary(mismatches)).toEqual([
      ['invoice.number', 'different', '47110819', '47110818'],
      ['invoice.date', 'different', '2018-10-30', '2018-10-31'],
      ['invoice.total', 'different', 2100, 2000],
      ['seller.VAT', 'different', 'GB123456780', 'GB123456789'],
      ['buyer.name', 'different', 'Metallbau Dresden GmbH', 'Metallbau Leipzig GmbH & Co. KG'],
      // The second printed row (Stoßfänger, 1.000,00) stands where the altered line is.
      ['lines[2].amount', 'different', 1100, 1000],
    ]);
    expect(mismatches[5].evidence.text).toContain('Stoßfänger');
    expect(mismatches[1].visibleEvidence?.page).toBe(1);
    expect(mismatches[1].visibleEvidence?.text).toContain('31.10.2018');
    expect(mismatches[1].eInvoiceEvidence?.text).toBe('/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString: 20181031');
  });

  test('UBL: a changed quantity is reported against the printed row, with and without the read document', async () => {
    // Prepare
    const { eInvoice, document, visible } = await readPair('AzureInterior.pdf');
    const altered = structuredClone(eInvoice);
    altered.model.lines[3].quantity = 16;

    // Act
    const withDocument = crossCheckEInvoice(altered, visible, document);
    const modelsOnly = crossCheckEInvoice(altered, visible);

    // Assess
    expect(summary(withDocument)).toEqual([['lines[4].quantity', 'different', 16, 15]]);
    expect(summary(modelsOnly)).toEqual([['lines[4].quantity', 'different', 16, 15]]);
    expect(withDocument[0].evidence.page).toBe(1);
    expect(withDocument[0].evidence.text).toContain('Luxury Truffles');
  });

  test('UBL: a goods row printed but missing from the e-invoice is reported, with the line count', async () => {
    // Prepare
    const { eInvoice, document, visible } = await readPair('AzureInterior.pdf');
    const altered = structuredClone(eInvoice);
    altered.model.lines.splice(1, 1); // drop "Office Chair"

    // Act
    const mismatches = crossCheckEInvoice(altered, visible, document);

    // Assess
    expect(summary(mismatches)).toEqual([
      ['visible-lines[2]', 'not-in-e-invoice', undefined, 70],
      ['lines.count', 'different', 3, 4],
    ]);
    expect(mismatches[0].evidence.text).toContain('Office Chair');
  });
});

describe('crossCheckEInvoice tolerance: formatting is free, values are not', () => {
  const eInvoice = parseEInvoice(`<?xml version="1.0"?>
<v2:invoice xmlns:v2="v2.esf"><date>14.03.2024</date><num>KZ-000127</num>
<customers><customer><countryCode>RU</countryCode><name>ООО «Сибирский подшипник»</name></customer></customers>
<productSet><currencyCode>USD</currencyCode><products><product><description>Подшипник 6205</description><priceWithoutTax>3000.00</priceWithoutTax><quantity>1200</quantity></product></products><totalPriceWithTax>3000.00</totalPriceWithTax></productSet>
<sellers><seller><name>ТОО «КарМетПром»</name><tin>050940012341</tin></seller></sellers></v2:invoice>`);

  const visibleModel = (over: { number?: string; bin?: string; seller?: string; total?: number; quantity?: number }): InvoiceModel => {
    const evidence = { page: 1, box: [0.1, 0.1, 0.5, 0.12] as [number, number, number, number], text: 'printed line' };
    return {
      languages: ['ru'],
      invoice: { number: over.number ?? 'kz 000127', date: '2024-03-14', currency: 'USD', total: over.total ?? 3000 },
      parties: [
        { role: 'seller', name: over.seller ?? 'Тоо "КарМетПром"', identifiers: [{ scheme: 'KZ-BIN', value: over.bin ?? '0509 4001 2341' }], evidence },
        { role: 'buyer', name: 'ООО "Сибирский подшипник"', identifiers: [], evidence },
      ],
      lines: [{ description: 'Подшипник 6205', quantity: over.quantity ?? 1200, amount: 3000, evidence }],
      route: { via: [] },
      warnings: [],
    };
  };

  test('case, spacing, quotes and digit grouping do not make a mismatch', () => {
    // Prepare
    const visible = visibleModel({});

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible);

    // Assess
    expect(mismatches).toEqual([]);
  });

  test('a line amount printed nowhere is compared with the visible row in its place', () => {
    // Prepare
    const visible = visibleModel({});
    visible.lines[0].amount = 3100;

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible);

    // Assess: one disagreement, not an unprinted line plus a row missing from the e-invoice.
    expect(summary(mismatches)).toEqual([['lines[1].amount', 'different', 3000, 3100]]);
  });

  test('a visible goods row beyond the e-invoice lines is reported with the line count', () => {
    // Prepare
    const visible = visibleModel({});
    visible.lines.push({ description: 'Подшипник 6206', quantity: 10, amount: 250, evidence: visible.lines[0].evidence });

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible);

    // Assess
    expect(summary(mismatches)).toEqual([['visible-lines[2]', 'not-in-e-invoice', undefined, 250], ['lines.count', 'different', 1, 2]]);
  });

  test('one wrong digit, letter or cent does', () => {
    // Prepare
    const visible = visibleModel({ number: 'KZ-000128', bin: '050940012342', seller: 'ТОО «КарМетПромСнаб-Восток»', total: 3000.01, quantity: 1201 });

    // Act
    const mismatches = crossCheckEInvoice(eInvoice, visible);

    // Assess
    expect(summary(mismatches)).toEqual([
      ['invoice.number', 'different', 'KZ-000127', 'KZ-000128'],
      ['invoice.total', 'different', 3000, 3000.01],
      ['seller.name', 'different', 'ТОО «КарМетПром»', 'ТОО «КарМетПромСнаб-Восток»'],
      ['seller.KZ-BIN', 'different', '050940012341', '050940012342'],
      ['lines[1].quantity', 'different', 1200, 1201],
    ]);
  });
});
