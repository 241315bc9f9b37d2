import { isValidIban, isValidKzBin } from '../../../lambdas/domain/extraction/identifiers';
import type { InvoiceModel } from '../../../lambdas/domain/invoice-model';
import { parseEInvoice } from '../../../lambdas/domain/einvoice/parse-einvoice';
import { invoiceTruthFromXml } from '../../../lambdas/domain/einvoice/ground-truth';
import { isXmlEvidence } from '../../../lambdas/domain/einvoice/xml-evidence';
import { EInvoiceError } from '../../../lambdas/domain/einvoice/xml-tree';
import { CORPUS, fixtureText, UBL_TWINS, type InvoiceTruth } from './einvoice-fixtures';

/** Asserts a model against the hand-written truth of its document. */
function expectTruth(model: InvoiceModel, truth: InvoiceTruth) {
  expect(model.invoice).toMatchObject({ number: truth.number, date: truth.date, currency: truth.currency, total: truth.total });
  const party = (role: string) => model.parties.find((p) => p.role === role);
  expect(party('seller')?.name).toBe(truth.seller.name);
  expect(party('buyer')?.name).toBe(truth.buyer.name);
  expect(party('consignee')?.name).toBe(truth.consignee);
  expect(party('seller')?.identifiers.find((i) => i.scheme === 'VAT')?.value).toBe(truth.seller.vat);
  expect(party('buyer')?.identifiers.find((i) => i.scheme === 'VAT')?.value).toBe(truth.buyer.vat);
  expect(model.lines.map((l) => ({ amount: l.amount, quantity: l.quantity, unit: l.unit }))).toEqual(truth.lines);
}

describe('parseEInvoice on the corpus XML files', () => {
  test.each(CORPUS.map((d) => [d.truthXml, d] as const))('%s: header, parties and lines equal the truth', (file, doc) => {
    // Prepare
    const xml = fixtureText(file);

    // Act
    const parsed = parseEInvoice(xml);

    // Assess
    expect(parsed.syntax).toBe(file.includes('UBL') ? 'ubl-invoice' : file.startsWith('acme') ? 'zugferd-1' : 'cii');
    expectTruth(parsed.model, doc.truth);
  });

  test.each(UBL_TWINS)('%s (UBL) reads as the same invoice as %s (CII)', (ublFile, ciiFile) => {
    // Prepare
    const truth = CORPUS.find((d) => d.truthXml === ciiFile)!.truth;

    // Act
    const ubl = parseEInvoice(fixtureText(ublFile));
    const cii = parseEInvoice(fixtureText(ciiFile));

    // Assess
    expect(ubl.syntax).toBe('ubl-invoice');
    expectTruth(ubl.model, truth);
    const essentials = (m: InvoiceModel) => ({
      invoice: m.invoice,
      parties: m.parties.map((p) => ({ role: p.role, name: p.name, country: p.country, address: p.address, vat: p.identifiers.find((i) => i.scheme === 'VAT')?.value })),
      lines: m.lines.map(({ evidence: _e, ...line }) => line),
      route: m.route,
    });
    expect(essentials(ubl.model)).toEqual(essentials(cii.model));
  });

  test('every value read from XML carries XML evidence: page 0, empty box, "<xpath>: <value>", confidence 1', () => {
    // Prepare
    const xml = fixtureText('EN16931_Innergemeinschaftliche_Lieferungen.cii.xml');

    // Act
    const { model, headerEvidence } = parseEInvoice(xml);

    // Assess
    const all = [...model.parties.map((p) => p.evidence), ...model.lines.map((l) => l.evidence), ...Object.values(headerEvidence)];
    expect(all.length).toBeGreaterThan(8);
    for (const evidence of all) {
      expect(isXmlEvidence(evidence!)).toBe(true);
      expect(evidence!.confidence).toBe(1);
    }
    expect(headerEvidence.number?.text).toBe('/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID: 47110818');
    expect(headerEvidence.total?.text).toBe('/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount: 2000.00');
    expect(model.lines[1].evidence.text).toBe('/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]/ram:SpecifiedTradeProduct/ram:Name: Stoßfänger');
    expect(model.parties.find((p) => p.role === 'seller')?.evidence.text).toMatch(/\/ram:SellerTradeParty\/ram:Name: Global Supplies Ltd\.$/);
  });

  test('a cross-border CII invoice gives countries, route, origin and the payee account', () => {
    // Prepare
    const xml = fixtureText('EN16931_Innergemeinschaftliche_Lieferungen.cii.xml');

    // Act
    const { model } = parseEInvoice(xml);

    // Assess
    expect(model.route).toEqual({ origin: 'GB', destination: 'DE', via: [] });
    expect(model.lines.map((l) => l.originCountry)).toEqual(['DE', 'DE']);
    expect(model.parties.find((p) => p.role === 'seller')).toMatchObject({ country: 'GB', address: '153 Victoria Street, SW1B 3BN London, GB' });
    const bank = model.parties.find((p) => p.role === 'bank')!;
    expect(bank.name).toBe('Global Supplies Financial Services');
    expect(bank.identifiers).toEqual([{ scheme: 'IBAN', value: 'DE1212344321987600', valid: isValidIban('DE1212344321987600') }]);
    expect(model.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^payee "Global Supplies Financial Services" \(432156789\) differs from the seller/)]));
  });

  test('GLNs get their GS1 check digit tested; tax numbers and VAT ids keep their scheme', () => {
    // Prepare
    const xml = fixtureText('EN16931_Einfach.cii.xml');

    // Act
    const seller = parseEInvoice(xml).model.parties.find((p) => p.role === 'seller')!;

    // Assess
    expect(seller.identifiers).toEqual([
      { scheme: 'PARTY-ID', value: '549910' },
      { scheme: 'GLN', value: '4000001123452', valid: true },
      { scheme: 'TAX-NUMBER', value: '201/113/40209' },
      { scheme: 'VAT', value: 'DE123456789' },
    ]);
  });

  test('UBL lines: heading/note lines are left out, a price per mistaken base quantity is read from the line amount', () => {
    // Prepare
    const xml = fixtureText('AzureInterior.embedded-UBL-Invoice-2.1.xml');

    // Act
    const { model } = parseEInvoice(xml);

    // Assess
    expect(model.lines.map((l) => l.description)).toEqual(['Beeswax XL', 'Office Chair', '*987123* Olive Oil', 'Luxury Truffles']);
    expect(model.lines.map((l) => l.unitPrice)).toEqual([42, 70, 0.9, 10]);
    expect(model.warnings).toContain('3 line(s) without quantity, unit or amount (headings or notes) left out of the goods lines');
    expect(model.warnings.some((w) => w.includes('cac:InvoiceLine[6]') && w.includes('taken as a unit price'))).toBe(true);
  });

  test('prepayments: the grand total is the total, the smaller amount due is reported', () => {
    // Prepare
    const xml = fixtureText('zugferd_2p0_EXTENDED_Fremdwaehrung.embedded-zugferd-invoice.xml');

    // Act
    const { model } = parseEInvoice(xml);

    // Assess
    expect(model.invoice.total).toBe(1021.91);
    expect(model.warnings).toContain('amount due 521.91 differs from the grand total 1021.91 (prepaid or rounded)');
  });

  test('invoiceTruthFromXml gives the bench the same model the pipeline reads', () => {
    // Prepare
    const xml = fixtureText('EN16931_Rabatte.cii.xml');

    // Act
    const truth = invoiceTruthFromXml(xml);

    // Assess
    expect(truth).toEqual(parseEInvoice(xml).model);
    expectTruth(truth, CORPUS.find((d) => d.truthXml === 'EN16931_Rabatte.cii.xml')!.truth);
  });
});

describe('parseEInvoice on Kazakhstan ESF (InvoiceV2) fixtures', () => {
  test('export of bearings to Russia (container form): header, parties, bank, TN VED lines, route', () => {
    // Prepare
    const xml = fixtureText('esf-export-bearings-ru.xml');

    // Act
    const { syntax, model, headerEvidence } = parseEInvoice(xml);

    // Assess
    expect(syntax).toBe('kz-esf');
    expect(model.invoice).toEqual({ number: '000127', date: '2024-03-14', currency: 'USD', total: 6820, incoterms: 'FCA', placeOfDelivery: 'Российская Федерация, г. Омск' });
    expect(headerEvidence.number?.text).toBe('/esf:invoiceContainer/invoiceSet/v2:invoice/num: 000127');
    expect(model.parties.map((p) => [p.role, p.name, p.country])).toEqual([
      ['seller', 'ТОО «КарМетПром»', 'KZ'],
      ['buyer', 'ООО «Сибирский подшипник»', 'RU'],
      ['consignee', 'ООО «Сибирский подшипник»', 'RU'],
      ['shipper', 'ТОО «КарМетПром»', 'KZ'],
      ['bank', 'АО «Народный Банк Казахстана»', 'KZ'],
    ]);
    expect(model.parties[0].identifiers).toEqual([
      { scheme: 'KZ-BIN', value: '050940012341', valid: true },
      { scheme: 'KZ-VAT-CERT', value: '30001/0012345' },
    ]);
    expect(model.parties[4].identifiers).toEqual([{ scheme: 'IBAN', value: 'KZ16601A871001234567', valid: true }, { scheme: 'SWIFT', value: 'HSBKKZKX' }]);
    expect(model.lines.map(({ evidence: _e, ...l }) => l)).toEqual([
      { description: 'Подшипник шариковый радиальный 6205-2RS', hsCode: '8482101009', quantity: 1200, unit: 'H87', unitPrice: 2.5, amount: 3000 },
      { description: 'Подшипник роликовый конический 30208', hsCode: '8482200009', quantity: 400, unit: 'H87', unitPrice: 7.75, amount: 3100 },
      { description: 'Корпус подшипника UCP205', hsCode: '8483200000', quantity: 150, unit: 'H87', unitPrice: 4.8, amount: 720 },
    ]);
    expect(model.lines[0].evidence.text).toBe('/esf:invoiceContainer/invoiceSet/v2:invoice/productSet/products/product[1]/description: Подшипник шариковый радиальный 6205-2RS');
    expect(model.route).toEqual({ origin: 'KZ', destination: 'RU', via: [] });
    expect(model.languages).toEqual(['ru']);
    expect(model.warnings).toEqual([]);
  });

  test('domestic invoice in tenge with Kazakh names (bare v2:invoice)', () => {
    // Prepare
    const xml = fixtureText('esf-domestic-kzt-kk.xml');

    // Act
    const { model } = parseEInvoice(xml);

    // Assess
    expect(model.invoice).toEqual({ number: '00089', date: '2024-04-02', currency: 'KZT', total: 11614400, incoterms: 'DAP', placeOfDelivery: 'Ақмола облысы, Есіл қ.' });
    expect(model.parties.find((p) => p.role === 'buyer')).toMatchObject({ name: '«Алтын Дән» ЖШС', country: 'KZ', identifiers: [{ scheme: 'KZ-BIN', value: '180340031411', valid: true }] });
    expect(model.parties.find((p) => p.role === 'bank')?.identifiers).toEqual([{ scheme: 'IBAN', value: 'KZ297220000000012345', valid: true }, { scheme: 'SWIFT', value: 'CASPKZKA' }]);
    expect(model.lines.map((l) => [l.hsCode, l.amount])).toEqual([['8432310000', 8500000], ['8432420000', 1870000]]);
    expect(model.languages[0]).toBe('kk');
  });

  test('corrected ESF to Kyrgyzstan: a BIN failing its check digit is marked invalid, an IIN is told from a BIN', () => {
    // Prepare
    const xml = fixtureText('esf-fixed-export-kg.xml');

    // Act
    const { model } = parseEInvoice(xml);

    // Assess
    expect(model.parties.find((p) => p.role === 'seller')?.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '990540007773', valid: false }]);
    expect(model.parties.find((p) => p.role === 'shipper')?.identifiers).toEqual([{ scheme: 'KZ-IIN', value: '780529301233', valid: true }]);
    expect(model.route).toEqual({ origin: 'KZ', destination: 'KG', via: [] });
    expect(model.invoice.incoterms).toBeUndefined();
    expect(model.warnings).toEqual([
      'the document is a corrected ESF (исправленный): it amends ESF 000298',
      'seller "ТОО «ТехноТрейд Азия»": KZ-BIN 990540007773 fails its check digit',
    ]);
  });

  test('the fixtures\' identifiers were built with valid check digits (and the defect is deliberate)', () => {
    // Prepare
    const valid = ['050940012341', '121140056789', '180340031411', '780529301233'];

    // Act
    const results = [...valid.map(isValidKzBin), isValidKzBin('990540007773'), isValidKzBin('990540007772')];

    // Assess
    expect(results).toEqual([true, true, true, true, false, true]);
  });
});

describe('parseEInvoice on synthetic CII/UBL fixtures (what the public corpus lacks: HS codes, Incoterms, KZ/RU ids)', () => {
  test('CII export: HS codes by listID "HS" only, origin, Incoterms, a KZ BIN as tax number, INFORMATION lines skipped', () => {
    // Prepare
    const xml = fixtureText('synthetic-cii-export-hs.xml');

    // Act
    const { model, profile } = parseEInvoice(xml);

    // Assess
    expect(profile).toBe('urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended');
    expect(model.invoice).toEqual({ number: 'KMP-EXP-2024/0042', date: '2024-05-21', currency: 'EUR', total: 6100, incoterms: 'FCA' });
    expect(model.lines.map(({ evidence: _e, ...l }) => l)).toEqual([
      { description: 'Deep groove ball bearing 6205-2RS', hsCode: '84821010', quantity: 1200, unit: 'H87', unitPrice: 2.5, amount: 3000, originCountry: 'KZ' },
      { description: 'Tapered roller bearing 30208', hsCode: '84822000', quantity: 400, unit: 'H87', unitPrice: 7.75, amount: 3100, originCountry: 'CN' },
    ]);
    expect(model.parties.find((p) => p.role === 'seller')?.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '050940012341', valid: true }]);
    expect(model.parties.find((p) => p.role === 'bank')).toMatchObject({ name: 'HSBKKZKX', country: 'KZ', identifiers: [{ scheme: 'IBAN', value: 'KZ16601A871001234567', valid: true }, { scheme: 'SWIFT', value: 'HSBKKZKX' }] });
    expect(model.route).toEqual({ origin: 'KZ', destination: 'DE', via: [] });
  });

  test('UBL CreditNote (prefixed root): HS code, origin, Incoterms with place, RU INN as legal id, credit-note warning', () => {
    // Prepare
    const xml = fixtureText('synthetic-ubl-credit-note-hs.xml');

    // Act
    const { syntax, model } = parseEInvoice(xml);

    // Assess
    expect(syntax).toBe('ubl-credit-note');
    expect(model.invoice).toEqual({ number: 'CN-2024-007', date: '2024-06-03', currency: 'USD', total: 310, incoterms: 'CPT', placeOfDelivery: 'Omsk' });
    expect(model.lines.map(({ evidence: _e, ...l }) => l)).toEqual([
      { description: 'Tapered roller bearing 30208', hsCode: '848220', quantity: 40, unit: 'H87', unitPrice: 7.75, amount: 310, originCountry: 'CN' },
    ]);
    expect(model.parties.find((p) => p.role === 'buyer')?.identifiers).toEqual([{ scheme: 'RU-INN', value: '5504123459', valid: true }]);
    expect(model.parties.find((p) => p.role === 'seller')?.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '121140056789', valid: true }]);
    expect(model.parties.find((p) => p.role === 'consignee')).toMatchObject({ name: 'OOO Sibirsky Podshipnik, warehouse 3', address: 'Omsk, RU', country: 'RU' });
    expect(model.warnings).toEqual(['the document is a credit note: its amounts reverse an earlier invoice']);
  });
});

describe('parseEInvoice refuses what it cannot read safely', () => {
  test.each([
    ['a DTD with entities', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'],
    ['another XML vocabulary', '<?xml version="1.0"?><note><to>x</to></note>'],
    ['a UBL root in the wrong namespace', '<Invoice xmlns="urn:example:not-ubl"><ID>1</ID></Invoice>'],
    ['text that is not XML', 'Invoice 42, total 100 EUR'],
  ])('%s', (_label, xml) => {
    // Prepare / Act
    const act = () => parseEInvoice(xml);

    // Assess
    expect(act).toThrow(EInvoiceError);
  });

  test('malformed XML of a recognised syntax is an EInvoiceError, not a crash', () => {
    // Prepare
    const xml = '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><rsm:ExchangedDocument></rsm:CrossIndustryInvoice>';

    // Act
    const act = () => parseEInvoice(xml);

    // Assess
    expect(act).toThrow(EInvoiceError);
  });
});
