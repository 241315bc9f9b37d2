import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { layout, scannedLayout, type Run } from './layout';

const rows = (runs: Run[], confidences?: Record<string, number>) => extractInvoice(scannedLayout(runs, confidences)).lines.map((l) => [l.description, l.quantity, l.unitPrice, l.amount]);

const header: Run[] = [['№', 0.09, 0.1], ['Товар / Description', 0.14, 0.1], ['Кол-во', 0.56, 0.1], ['Ед.', 0.63, 0.1], ['Цена', 0.72, 0.1], ['Сумма', 0.84, 0.1]];

/** Table rows of fresh scans (seed 7, 00323: a three-page ru/en invoice whose descriptions wrap in their cells). */
describe('scanned table rows', () => {
  test('a description line between two values rows belongs to the row whose numbers are clearly nearer', () => {
    // Each description in two lines around its numbers, OCR putting the numbers on the lower line: the upper line of
    // row 2 lies close under row 1 (closer than a line's height), but twice as near row 2's numbers.
    const lines = rows([
      ...header,
      ['Осциллограф цифровой 200 MHz 2 ch /', 0.14, 0.13],
      ['1', 0.09, 0.14], ['Digital oscilloscope, арт. 44756', 0.14, 0.14], ['40', 0.58, 0.14], ['шт.', 0.63, 0.14], ['16742.80', 0.72, 0.14], ['669712.00', 0.84, 0.14],
      ['Осциллограф цифровой 350 MHz 4 ch /', 0.14, 0.162],
      ['2', 0.09, 0.172], ['Digital oscilloscope, арт. 35702', 0.14, 0.172], ['3', 0.58, 0.172], ['шт.', 0.63, 0.172], ['9965.77', 0.72, 0.172], ['29897.31', 0.84, 0.172],
    ]);
    expect(lines).toEqual([
      ['Осциллограф цифровой 200 MHz 2 ch / Digital oscilloscope, арт. 44756', 40, 16742.8, 669712],
      ['Осциллограф цифровой 350 MHz 4 ch / Digital oscilloscope, арт. 35702', 3, 9965.77, 29897.31],
    ]);
  });

  test('a table rule read as strokes is no cell: it neither takes a value\'s place nor numbers a row of its own', () => {
    const lines = rows([
      ...header,
      ['1', 0.09, 0.13], ['Осциллограф цифровой', 0.14, 0.13], ['=——', 0.56, 0.13], ['40 шт', 0.6, 0.13], ['16742.80', 0.72, 0.13], ['669712.00', 0.84, 0.13],
      // The rule under the row: «=———» under «№», specks, and a stroke read as «4» under the amount.
      ['=———', 0.09, 0.145], ['li', 0.63, 0.145], ['4', 0.92, 0.145],
      ['Мука пшеничная T-550', 0.14, 0.16],
      ['2', 0.09, 0.17], ['/ Wheat flour', 0.14, 0.17], ['765.6', 0.57, 0.17], ['тн', 0.63, 0.17], ['2220.00', 0.72, 0.17], ['1699632.00', 0.84, 0.17],
      // Recorded on 00283: the rule under the last row, a doubtful letter among its strokes.
      ['=', 0.17, 0.183], ['Е', 0.25, 0.183], ['=', 0.81, 0.183], ['=]', 0.93, 0.183],
    ], { Е: 0.57 });
    expect(lines).toEqual([
      ['Осциллограф цифровой', 40, 16742.8, 669712],
      ['Мука пшеничная T-550 / Wheat flour', 765.6, 2220, 1699632],
    ]);
    const [first] = extractInvoice(scannedLayout([...header, ['1', 0.09, 0.13], ['Осциллограф цифровой', 0.14, 0.13], ['=——', 0.56, 0.13], ['40 шт', 0.6, 0.13], ['16742.80', 0.72, 0.13], ['669712.00', 0.84, 0.13]])).lines;
    expect(first.unit).toBe('шт');
  });

  test('the rightmost of two numbers under the price is the amount when the header has no amount column', () => {
    // OCR ran «Unit price, CNY» and «Amount, CNY» together into one price label; the quantity «8 шт.» read «В шт.».
    const noAmount: Run[] = [['№', 0.09, 0.1], ['Description', 0.14, 0.1], ['Qty', 0.56, 0.1], ['Unit', 0.63, 0.1], ['Unit price, CNY pa. CNY', 0.7, 0.1, 0.21]];
    const lines = rows([
      ...noAmount,
      ['1', 0.09, 0.13], ['Digital oscilloscope, арт. 75496', 0.14, 0.13], ['В шт.', 0.61, 0.13], ['16,451.79', 0.74, 0.13], ['131,614.32', 0.84, 0.13],
      ['2', 0.09, 0.15], ['Wheat flour, арт. 24380', 0.14, 0.15], ['777.8', 0.58, 0.15], ['тн', 0.63, 0.15], ['1,870.00 1,454,486.00', 0.75, 0.15, 0.16],
    ]);
    expect(lines).toEqual([
      ['Digital oscilloscope, арт. 75496', 8, 16451.79, 131614.32],
      ['Wheat flour, арт. 24380', 777.8, 1870, 1454486],
    ]);
  });

  test('an amount label of the upper header line cuts the lower line\'s price label it stands over', () => {
    const lines = rows([
      ['№ п/п Товар', 0.09, 0.08], ['Кол-во', 0.56, 0.08], ['Цена за ед.', 0.7, 0.08], ['Сумма, CNY', 0.83, 0.08],
      ['#', 0.09, 0.095], ['Description', 0.14, 0.095], ['Qty', 0.56, 0.095], ['Unit price, CNY pa. CNY', 0.7, 0.095, 0.21],
      ['1', 0.09, 0.12], ['Мука пшеничная T-550, арт. 95617', 0.14, 0.12], ['161', 0.58, 0.12], ['2,307.11', 0.75, 0.12], ['371,444.71', 0.84, 0.12],
      // The price lost to OCR: the number under «Сумма» is the amount, not a price (15 × 103,879.80).
      ['2', 0.09, 0.14], ['Осциллограф цифровой 100 MHz 4 ch, арт. 88930', 0.14, 0.14], ['15', 0.58, 0.14], ['103,879.80', 0.84, 0.14],
    ]);
    expect(lines).toEqual([
      ['Мука пшеничная T-550, арт. 95617', 161, 2307.11, 371444.71],
      ['Осциллограф цифровой 100 MHz 4 ch, арт. 88930', 15, 6925.32, 103879.8],
    ]);
  });

  test('a continuation page whose repeated header lost its «№» and «Товар» labels continues the table', () => {
    const document = scannedLayout([]);
    const page1 = scannedLayout([
      ...header,
      ['1', 0.09, 0.13], ['Осциллограф цифровой 200 MHz', 0.14, 0.13], ['40', 0.58, 0.13], ['шт.', 0.63, 0.13], ['16742.80', 0.72, 0.13], ['669712.00', 0.84, 0.13],
      ['Страница 1 из 2', 0.8, 0.95],
    ]).pages[0];
    const page2 = scannedLayout([
      ['Продолжение счёта-фактуры № 855/24', 0.08, 0.06],
      ['Кол-во', 0.56, 0.08], ['Ед.', 0.63, 0.08], ['Цена', 0.72, 0.08], ['Сумма', 0.84, 0.08],
      ['! —-', 0.08, 0.1], ['--------', 0.24, 0.1],
      ['2', 0.09, 0.12], ['Мука пшеничная T-405, арт. 39991', 0.14, 0.12], ['345', 0.58, 0.12], ['тн', 0.63, 0.12], ['2270.80', 0.72, 0.12], ['783426.00', 0.84, 0.12],
      ['Итого', 0.14, 0.15], ['1453138.00', 0.84, 0.15],
    ]).pages[0];
    document.pages = [page1, { ...page2, page: 2 }];
    expect(extractInvoice(document).lines.map((l) => [l.description, l.amount, l.evidence.page])).toEqual([
      ['Осциллограф цифровой 200 MHz', 669712, 1],
      ['Мука пшеничная T-405, арт. 39991', 783426, 2],
    ]);
  });

  test('a page after a table closed by its total does not take the old columns for a stray label line', () => {
    const page1 = layout([
      ...header,
      ['1', 0.09, 0.13], ['Осциллограф цифровой', 0.14, 0.13], ['40', 0.58, 0.13], ['шт.', 0.63, 0.13], ['16742.80', 0.72, 0.13], ['669712.00', 0.84, 0.13],
      ['Итого', 0.14, 0.16], ['669712.00', 0.84, 0.16],
    ]).pages[0];
    const page2 = layout([['Кол-во мест', 0.56, 0.08], ['Цена', 0.72, 0.08], ['Сумма', 0.84, 0.08], ['Упаковка', 0.14, 0.1], ['12', 0.58, 0.1], ['1.00', 0.72, 0.1], ['12.00', 0.84, 0.1]]).pages[0];
    const lines = extractInvoice({ mediaType: 'application/pdf', pages: [page1, { ...page2, page: 2 }] }).lines;
    expect(lines.map((l) => l.description)).toEqual(['Осциллограф цифровой']);
  });

  test('a currency code set apart from its amount label is part of that label, not a column taking half of each amount', () => {
    // Recorded on 00248 (seed 2026): «Сумма, AED» read as «Сумма,» and «AED»; the amounts are wider than either.
    const lines = rows([
      ['Наименование товара', 0.08, 0.1], ['Код ТН ВЭД', 0.5, 0.1], ['Кол-во', 0.6, 0.1], ['Цена за ед., AED', 0.72, 0.1], ['Сумма,', 0.83, 0.1], ['AED', 0.89, 0.1],
      ['Масло подсолнечное рафинированное, арт. 19137', 0.08, 0.12], ['1512.19.1000', 0.5, 0.12], ['197,738 тн', 0.6, 0.12], ['4 080,00', 0.77, 0.12], ['806 771,04', 0.85, 0.12],
    ]);
    expect(lines).toEqual([['Масло подсолнечное рафинированное, арт. 19137', 197.738, 4080, 806771.04]]);
  });

  test('labels further down a later page head another table, not the goods table continued', () => {
    // EN16931 Warenrechnung, page 3: an allowances table («Art | % | Basisbetrag | … | Betrag») under the terms.
    const page1 = layout([
      ...header,
      ['1', 0.09, 0.13], ['Bierbrau Pils 20/0500', 0.14, 0.13], ['15', 0.58, 0.13], ['Stk', 0.63, 0.13], ['12,00', 0.72, 0.13], ['180,00', 0.84, 0.13],
    ]).pages[0];
    const page3 = layout([
      ['Skonto 14 Tag(e) 2 %', 0.3, 0.29],
      ['Zu-/Abschlag', 0.08, 0.34], ['Кол-во', 0.56, 0.34], ['Цена', 0.72, 0.34], ['Сумма', 0.84, 0.34],
      ['Rechnungsrabatt', 0.19, 0.35], ['2', 0.58, 0.35], ['280,00', 0.72, 0.35], ['-5,60', 0.84, 0.35],
    ]).pages[0];
    const lines = extractInvoice({ mediaType: 'application/pdf', pages: [page1, { ...page3, page: 2 }] }).lines;
    expect(lines.map((l) => l.description)).toEqual(['Bierbrau Pils 20/0500']);
  });

  test('a table whose header OCR lost on page 1 (its first row gave the columns) continues under a partial header on page 2', () => {
    // Recorded on 00052 (seed 7): no header read on page 1; «数量 | 单位单价 (UsD) 金额 (Us5D)» on page 2.
    const values = (y: number, no: string, description: string, qty: string, price: string, amount: string): Run[] => [[no, 0.07, y], ['7304.19', 0.11, y], [description, 0.18, y], [qty, 0.7, y], [price, 0.8, y], [amount, 0.86, y]];
    const page1 = scannedLayout([...values(0.35, '1', '无缝钢管219x8, 货号73149', '27吨', '1,059.57', '28,608.39'), ...values(0.37, '2', '无缝钢管159x6, 货号81978', '65吨', '1,226.16', '79,700.40')]).pages[0];
    const page2 = scannedLayout([['发票 INV-24-7902( 续 )', 0.07, 0.05], ['数量', 0.67, 0.07], ['单价 (UsD)', 0.8, 0.07], ['金额 (Us5D)', 0.86, 0.07], ...values(0.09, '3', '无缝钢管325x10, 货号91513', '49.25吨', '1,499.00', '73,825.75')]).pages[0];
    const lines = extractInvoice({ mediaType: 'image/png', pages: [page1, { ...page2, page: 2 }] }).lines;
    expect(lines.map((l) => [l.description, l.amount, l.evidence.page])).toEqual([
      ['无缝钢管219x8, 货号73149', 28608.39, 1],
      ['无缝钢管159x6, 货号81978', 79700.4, 1],
      ['无缝钢管325x10, 货号91513', 73825.75, 2],
    ]);
  });

  test('«aty» is the quantity\'s label, and a number beside the code under the code\'s label is the quantity when it multiplies out', () => {
    // Recorded on 00124 (seed 13): «Hs code aty Unit “unit price, EUR Total (EUR)» read as one run.
    const row: Run[] = [['1', 0.07, 0.38], ['Shut-off valve DN80 PN16, ref. 67951', 0.11, 0.38], ['848180', 0.59, 0.38], ['174', 0.66, 0.38], ['pcs', 0.7, 0.38], ['72.74', 0.8, 0.38], ['12,656.76', 0.86, 0.38]];
    const withAty = rows([['No. Description', 0.07, 0.35], ['Hs code aty Unit “unit price, EUR Total (EUR)', 0.59, 0.35, 0.33], ...row]);
    expect(withAty).toEqual([['Shut-off valve DN80 PN16, ref. 67951', 174, 72.74, 12656.76]]);
    const noQuantityLabel = extractInvoice(scannedLayout([['No.', 0.07, 0.35], ['Description', 0.11, 0.35], ['HS code', 0.59, 0.35, 0.1], ['Unit', 0.7, 0.35], ['Price', 0.8, 0.35], ['Total', 0.86, 0.35], ...row])).lines;
    expect(noQuantityLabel.map((l) => [l.hsCode, l.quantity])).toEqual([['848180', 174]]);
  });
});
