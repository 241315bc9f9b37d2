import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { roleOfLabel } from '../../../lambdas/domain/extraction/vocabulary';
import { layout } from './layout';

/** German, French, Dutch and English report layouts: labels, number and date formats, report-style blocks. */
describe('European header labels', () => {
  test.each([
    ['Rechnungsnummer: 2024-0117', '2024-0117'],
    ['Rechnungsnr. 30064443', '30064443'],
    ['Handelsrechnung (380) Nr. 471102 vom 05.03.2018', '471102'],
    ['Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. 47110818', '47110818'],
    ['Rechnung Nr. 42', '42'],
    ['Facture n°562044387 du 02 Juillet 2015', '562044387'],
    ['Factuurnummer: 993548900', '993548900'],
    ['Invoice No : # BLR_WFLD20151000982590', 'BLR_WFLD20151000982590'],
    ['Invoice INV/2023/03/0008', 'INV/2023/03/0008'],
  ])('%s → number %s', (text, number) => {
    // Prepare
    const document = layout([[text, 0.1, 0.1]]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.number).toBe(number);
  });

  test('a title word without a number is not an invoice number ("Rechnung Seite 1", "Invoice Summary")', () => {
    // Prepare
    const document = layout([['Rechnung', 0.1, 0.1], ['Seite 1', 0.6, 0.1], ['Invoice Summary', 0.1, 0.2]]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.number).toBeUndefined();
  });

  test('runs the PDF split inside the number are glued back ("# RE-20" "201121" "/50" "8")', () => {
    // Prepare: the runs touch, as pdf.js reports a kerned number
    const document = layout([['Invoice', 0.095, 0.4, 0.064], ['# RE-20', 0.165, 0.4, 0.074], ['201121', 0.239, 0.4, 0.066], ['/50', 0.305, 0.4, 0.029], ['8', 0.334, 0.4, 0.011], ['issued at', 0.351, 0.4, 0.08], ['20', 0.437, 0.4, 0.023], ['20-11-21', 0.46, 0.4, 0.079]]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice).toMatchObject({ number: 'RE-20201121/508', date: '2020-11-21' });
  });

  test('a row of label cells over a row of values: the value is the cell under its label', () => {
    // Prepare: Dutch "Klant | Order | Factuur datum | Factuur" over their values
    const document = layout([
      ['Klant', 0.074, 0.333], ['Order', 0.241, 0.333], ['Factuur datum', 0.529, 0.333, 0.099], ['Factuur', 0.725, 0.333, 0.052], ['Vervaldatum', 0.84, 0.333],
      ['SCONL0303006280999', 0.074, 0.348], ['SCONL000000444', 0.241, 0.348], ['8-9-2022', 0.568, 0.348, 0.055], ['VF1005193039', 0.687, 0.348, 0.092], ['22-9-2022', 0.859, 0.348],
    ]);

    // Act
    const { invoice, parties } = extractInvoice(document);

    // Assess: and "Klant" over a customer number is no party label
    expect(invoice).toMatchObject({ number: 'VF1005193039', date: '2022-09-08' });
    expect(parties).toEqual([]);
  });

  test('the invoice date beats delivery, order and due dates printed before it', () => {
    // Prepare
    const document = layout([
      ['Order Date: 15-10-2015', 0.1, 0.1],
      ['Liefer- und Leistungsdatum: 13.02.2014', 0.1, 0.12],
      ['Due Date: 04/04/2023', 0.1, 0.14],
      ['Invoice Date: August 3 , 2014', 0.1, 0.16],
    ]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.date).toBe('2014-08-03');
  });

  test('a dated line that is a delivery date is passed over for the first other date', () => {
    // Prepare
    const document = layout([['2020-11-21', 0.1, 0.05], ['Date of delivery 2020-11-10', 0.1, 0.4]]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.date).toBe('2020-11-21');
  });

  test.each([
    [['Rechnungssumme ohne USt.', 'Bruttosumme', 'Zahlbetrag'], ['473,00', '529,87', '529,87'], 529.87],
    [['Total facture', 'Somme à payer'], ['24.99', '29.99 €'], 29.99],
    [['Subtotaal', 'Totaal'], ['€ 593,36', '€ 717,97'], 717.97],
    [['Net total:', 'Due payable:'], ['496.00 €', '571.04 €'], 571.04],
  ])('%j: the total is the largest labelled total', (labels, amounts, total) => {
    // Prepare
    const document = layout(labels.flatMap((label, i) => [[label, 0.5, 0.5 + i * 0.02], [amounts[i], 0.85, 0.5 + i * 0.02]] as Array<[string, number, number]>));

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.total).toBe(total);
  });

  test('numbers in separate cells of a total row are separate amounts (not "1 278.61"), and dates are none', () => {
    // Prepare
    const document = layout([
      ['Total', 0.512, 0.3], ['1', 0.596, 0.3], ['278.61', 0.648, 0.3], ['40.39', 0.829, 0.3], ['319.00', 0.911, 0.3],
      ['Totaal', 0.155, 0.5], ['€ 717,97', 0.248, 0.5], ["''iDEAL'' op 21 april 2015", 0.624, 0.5], ['€ 717,97', 0.87, 0.5],
    ]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.total).toBe(717.97);
    expect(extractInvoice(layout([['Total', 0.512, 0.3], ['1', 0.596, 0.3], ['278.61', 0.648, 0.3], ['319.00', 0.911, 0.3]])).invoice.total).toBe(319);
  });

  test('currency from a symbol or word when no ISO code is printed: ₹/Rs. is INR, £ is GBP', () => {
    expect(extractInvoice(layout([['Price is inclusive of Promotional Discount of Rs -40.00', 0.1, 0.1]])).invoice.currency).toBe('INR');
    expect(extractInvoice(layout([['Total: £ 120.00', 0.1, 0.1]])).invoice.currency).toBe('GBP');
  });
});

describe('European party labels', () => {
  test.each([
    ['Verkäufer', 'seller'], ['Lieferant', 'seller'], ['Fournisseur', 'seller'], ['Leverancier', 'seller'], ['Sold By', 'seller'], ['Service Provider', 'seller'],
    ['Käufer/Leistungsempfänger', 'buyer'], ['Kunde', 'buyer'], ['Client', 'buyer'], ['Klant', 'buyer'], ['Bill to Address', 'buyer'], ['Factuuradres', 'buyer'],
    ['Abweichender Warenempfänger', 'consignee'], ['Adresse de livraison', 'consignee'], ['Afleveradres', 'consignee'], ['Shipping Address', 'consignee'],
  ])('%s → %s', (label, role) => expect(roleOfLabel(label)).toBe(role));

  test('report layout: a role heading alone on its line, then labelled fields; "Name:" names the party, other fields are skipped', () => {
    // Prepare: the FeRD visualisation of EN16931 invoices
    const document = layout([
      ['Verkäufer', 0.118, 0.19],
      ['Nummer:', 0.118, 0.21], ['549910', 0.439, 0.21],
      ['Globale Nummer:', 0.118, 0.23], ['4000001123452 (GLN)', 0.439, 0.23],
      ['Name:', 0.118, 0.25], ['Lieferant GmbH', 0.439, 0.25],
      ['Anschrift:', 0.118, 0.27], ['Lieferantenstraße 20', 0.439, 0.27],
      ['DE 80333 München', 0.439, 0.29],
      ['Steuernummer:', 0.118, 0.31], ['201/113/40209', 0.439, 0.31],
      ['USt.-Id.-Nr.:', 0.118, 0.33], ['DE123456789', 0.439, 0.33],
      ['Käufer/Leistungsempfänger', 0.118, 0.39],
      ['Nummer:', 0.118, 0.41], ['GE2020211', 0.439, 0.41],
      ['Name:', 0.118, 0.43], ['Kunden AG Mitte', 0.439, 0.43],
      ['Anschrift:', 0.118, 0.45], ['Kundenstraße 15', 0.439, 0.45],
      ['DE 69876 Frankfurt', 0.439, 0.47],
      ['Bemerkungen', 0.118, 0.53],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.map((p) => ({ role: p.role, name: p.name, address: p.address, identifiers: p.identifiers }))).toEqual([
      { role: 'seller', name: 'Lieferant GmbH', address: 'Lieferantenstraße 20, DE 80333 München', identifiers: [{ scheme: 'VAT', value: 'DE123456789', valid: true }] },
      { role: 'buyer', name: 'Kunden AG Mitte', address: 'Kundenstraße 15, DE 69876 Frankfurt', identifiers: [] },
    ]);
    expect(parties[0].country).toBe('DE');
  });

  test('a label split into runs ("Abweichender" "Warenempfänger:") is read whole; the unlabelled name follows the field lines', () => {
    // Prepare
    const document = layout([
      ['Abweichender', 0.082, 0.53, 0.1], ['Warenempfänger:', 0.185, 0.53],
      ['Globale Nummer: 4304171088093 (GTIN)', 0.082, 0.545],
      ['MUSTER-MARKT', 0.082, 0.56],
      ['HAUPTSTRASSE 44', 0.082, 0.575],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.map((p) => [p.role, p.name, p.address])).toEqual([['consignee', 'MUSTER-MARKT', 'HAUPTSTRASSE 44']]);
  });

  test('a row of bare role headings opens one block per column, named by the line below', () => {
    // Prepare
    const document = layout([
      ['Factuuradres', 0.135, 0.15], ['Afleveradres', 0.604, 0.15],
      ['Strategic Corp', 0.135, 0.165], ['bosd', 0.604, 0.165],
      ['T.a.v. bosd', 0.135, 0.18], ['Fakestreet 46', 0.604, 0.18],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.map((p) => [p.role, p.name])).toEqual([['buyer', 'Strategic Corp'], ['consignee', 'bosd']]);
  });

  test('a weak role word ("Kunde") is no label as a bare cell before others, but is one with a colon', () => {
    expect(extractInvoice(layout([['Kunde', 0.1, 0.1], ['Bestellung', 0.3, 0.1], ['Datum', 0.5, 0.1]])).parties).toEqual([]);
    expect(extractInvoice(layout([['Kunde: Muster AG', 0.1, 0.1]])).parties.map((p) => [p.role, p.name])).toEqual([['buyer', 'Muster AG']]);
  });

  test('"ATTN:" and a parenthesised remark are not the party name', () => {
    // Prepare
    const document = layout([
      ['Service Provider:', 0.696, 0.81],
      ['(Not to be used for payment remittance)', 0.696, 0.825],
      ['Amazon Web Services, Inc.', 0.696, 0.84],
      ['Bill to Address:', 0.059, 0.17],
      ['ATTN: iViveLabs Limited', 0.059, 0.185],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.map((p) => [p.role, p.name]).sort()).toEqual([['buyer', 'iViveLabs Limited'], ['seller', 'Amazon Web Services, Inc.']]);
  });
});
