import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { layout, type Run } from './layout';

/** Goods tables of German, French, Dutch and English report layouts (the Factur-X and invoice2data samples). */
const rows = (runs: Run[]) => extractInvoice(layout(runs)).lines.map((l) => [l.description, l.quantity, l.unitPrice, l.amount]);

describe('European goods-table column labels', () => {
  test('German: Nr. | Bezeichnung | Menge | Einzel/€ | Gesamt/€, ended by "Summe netto"', () => {
    // Prepare
    const runs: Run[] = [
      ['Nr.', 0.12, 0.4], ['Bezeichnung', 0.19, 0.4], ['Menge', 0.53, 0.4], ['Einzel/€', 0.665, 0.4], ['Gesamt/€', 0.806, 0.4],
      ['1', 0.12, 0.42], ['Amboss 250 kg', 0.19, 0.42], ['1 Stück', 0.53, 0.42], ['1.000,00', 0.665, 0.42], ['1.000,00', 0.81, 0.42],
      ['2', 0.12, 0.44], ['Kette', 0.19, 0.44], ['30 Meter', 0.53, 0.44], ['10,00', 0.665, 0.44], ['300,00', 0.81, 0.44],
      ['Summe netto', 0.63, 0.47], ['1.300,00', 0.81, 0.47],
      ['Umsatzsteuer 19%', 0.63, 0.485], ['247,00', 0.81, 0.485],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Amboss 250 kg', 1, 1000, 1000], ['Kette', 30, 10, 300]]);
  });

  test('French: Désignation | Quantité | Prix unitaire HT | TVA | Montant HT; the VAT rate is no amount', () => {
    // Prepare
    const runs: Run[] = [
      ['Désignation', 0.1, 0.4], ['Quantité', 0.45, 0.4], ['Prix unitaire HT', 0.56, 0.4], ['TVA', 0.7, 0.4], ['Montant HT', 0.82, 0.4],
      ["Huile d'olive à l'ancienne", 0.1, 0.42], ['25', 0.45, 0.42], ['19,80', 0.58, 0.42], ['5,5 %', 0.7, 0.42], ['495,00', 0.83, 0.42],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([["Huile d'olive à l'ancienne", 25, 19.8, 495]]);
  });

  test('Dutch: Artikel is the article number beside Omschrijving; BTW is a tax column', () => {
    // Prepare
    const runs: Run[] = [
      ['Artikel', 0.07, 0.39], ['Omschrijving', 0.2, 0.39], ['Prijs', 0.55, 0.39], ['BTW', 0.65, 0.39], ['Hoeveelheid', 0.72, 0.39], ['Bedrag', 0.87, 0.39],
      ['E103184', 0.07, 0.41], ['Onderhoudsset CA6707/10', 0.2, 0.41], ['49,99', 0.55, 0.41], ['21 %', 0.65, 0.41], ['1 PCS', 0.72, 0.41], ['49,99', 0.87, 0.41],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Onderhoudsset CA6707/10', 1, 49.99, 49.99]]);
  });

  test('"Artikel" names the description when no other header cell does', () => {
    // Prepare
    const runs: Run[] = [
      ['Artikel', 0.1, 0.4], ['Menge', 0.5, 0.4], ['Preis', 0.65, 0.4], ['Gesamt', 0.8, 0.4],
      ['Kugellager 6205', 0.1, 0.42], ['100', 0.5, 0.42], ['3,50', 0.65, 0.42], ['350,00', 0.8, 0.42],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Kugellager 6205', 100, 3.5, 350]]);
  });

  test('Amount | Product | VAT | Price | Total: the amount column left of the price is the quantity', () => {
    // Prepare
    const runs: Run[] = [
      ['Amount', 0.1, 0.47], ['Product', 0.2, 0.47], ['VAT', 0.49, 0.47], ['Price', 0.58, 0.47], ['Total', 0.71, 0.47],
      ['400.00', 0.1, 0.49], ['Ballons', 0.2, 0.49], ['19%', 0.49, 0.49], ['0.79 €', 0.58, 0.49], ['316.00 €', 0.71, 0.49],
      ['Net total: 316.00 €', 0.095, 0.51],
      ['plus VAT', 0.095, 0.525],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Ballons', 400, 0.79, 316]]);
  });
});

describe('report-layout goods tables (Factur-X visualisations)', () => {
  test('a section title over the header, amounts on the second line of a row, and detail lines between rows', () => {
    // Prepare: ZUGFeRD "Positionsdaten" — each row's net amount is printed a line lower, beside the GTIN.
    const runs: Run[] = [
      ['Positionsdaten', 0.109, 0.082],
      ['Pos', 0.118, 0.095], ['Art-Nr-Lief.', 0.2, 0.095], ['Beschreibung', 0.321, 0.095], ['Nettopreis', 0.571, 0.095], ['Menge', 0.672, 0.095], ['Steuersatz', 0.735, 0.095], ['Nettobetrag', 0.83, 0.095],
      ['1', 0.118, 0.12], ['TB100A4', 0.2, 0.12], ['Trennblätter A4', 0.321, 0.12], ['9,9000', 0.593, 0.12], ['20 Stk', 0.677, 0.12], ['19 %', 0.765, 0.12],
      ['4012345001235', 0.2, 0.132], ['198,00', 0.861, 0.132],
      ['(GTIN)', 0.203, 0.144],
      ['Bruttopreis', 0.321, 0.162], [': 9,9000', 0.58, 0.162],
      ['2', 0.118, 0.19], ['ARNR2', 0.2, 0.19], ['Joghurt Banane', 0.321, 0.19], ['5,5000', 0.593, 0.19], ['50 Stk', 0.677, 0.19], ['7 %', 0.771, 0.19],
      ['4000050986428', 0.2, 0.202], ['275,00', 0.861, 0.202],
      ['(GTIN)', 0.203, 0.214],
      ['Umsatzsteueraufschlüsselung', 0.109, 0.3],
      ['Art (Kategorie)', 0.118, 0.33], ['Warenwert', 0.366, 0.33], ['Basisbetrag', 0.607, 0.33], ['Steuersatz [%]', 0.713, 0.33], ['Steuerbetrag', 0.825, 0.33],
      ['Umsatzsteuer', 0.118, 0.35], ['275,00', 0.607, 0.35], ['7', 0.75, 0.35], ['19,25', 0.85, 0.35],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Trennblätter A4', 20, 9.9, 198], ['Joghurt Banane', 50, 5.5, 275]]);
  });

  test('header words stacked right-aligned over a number column ("Positions-" over "betrag") make one cell', () => {
    // Prepare
    const runs: Run[] = [
      ['Art-Nr-Kunde', 0.125, 0.257], ['Positions-', 0.854, 0.257, 0.061],
      ['Art-Nr-Lief.', 0.125, 0.27], ['betrag', 0.875, 0.27, 0.04],
      ['Pos', 0.088, 0.283], ['Beschreibung', 0.254, 0.283], ['Nettopreis', 0.41, 0.283], ['Menge', 0.601, 0.283], ['USt.', 0.74, 0.283],
      ['1', 0.098, 0.313], ['Toolbox 0815', 0.124, 0.313], ['Stahlcoil', 0.262, 0.313], ['100,0000', 0.412, 0.313], ['10 Stk', 0.582, 0.313], ['19 %', 0.737, 0.313], ['850,00', 0.854, 0.313, 0.04],
      ['CO-123/V2A', 0.124, 0.327], ['Preisbasis:', 0.382, 0.327],
      ['1 Stk', 0.442, 0.34],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['Stahlcoil', 10, 100, 850]]);
  });

  test('group subtotals inside a table neither end it nor join a description', () => {
    // Prepare
    const runs: Run[] = [
      ['Description', 0.054, 0.357], ['Quantity', 0.45, 0.357], ['Unit Price', 0.6, 0.357], ['Amount', 0.85, 0.357],
      ['--- Non Food ---', 0.054, 0.382],
      ['[FURN_7777] Office Chair', 0.054, 0.407], ['1.00', 0.45, 0.407], ['70.00', 0.6, 0.407], ['$ 70.00', 0.85, 0.407],
      ['Subtotal', 0.81, 0.425], ['$ 70.00', 0.87, 0.425],
      ['--- Food Products ---', 0.054, 0.44],
      ['[LUX_TRF] Luxury Truffles', 0.054, 0.465], ['15.00', 0.45, 0.465], ['10.00', 0.6, 0.465], ['$ 150.00', 0.85, 0.465],
      ['Total', 0.7, 0.5], ['$ 220.00', 0.85, 0.5],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([['[FURN_7777] Office Chair', 1, 70, 70], ['[LUX_TRF] Luxury Truffles', 15, 10, 150]]);
  });
});
