import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { layout, type Run } from './layout';

const rows = (runs: Run[]) => extractInvoice(layout(runs)).lines.map((l) => [l.description, l.hsCode, l.quantity, l.amount]);

/**
 * Some invoices centre a row's numbers on its description block: the first description line is printed
 * above the values line, the second below it. The line above belongs to the row under it, not to the
 * row before.
 */
describe('goods rows whose description wraps around the values line', () => {
  test('a description printed above and below its numbers is one row', () => {
    // Prepare
    const runs: Run[] = [
      ['№', 0.05, 0.30], ['Наименование товара', 0.12, 0.30], ['Код ТН ВЭД', 0.5, 0.30], ['Кол-во', 0.65, 0.30], ['Цена', 0.75, 0.30], ['Сумма', 0.86, 0.30],
      ['5', 0.05, 0.32], ['Ферросилиций FeSi65, арт. 11980', 0.12, 0.32], ['7202.21.0000', 0.5, 0.32], ['32 тн', 0.65, 0.32], ['1549,02', 0.75, 0.32], ['49568,64', 0.86, 0.32],
      ['Микросхема интегральная (микроконтроллер)', 0.12, 0.3375],
      ['6', 0.05, 0.345], ['8542.31.9010', 0.5, 0.345], ['15398 шт.', 0.65, 0.345], ['10,57', 0.75, 0.345], ['162756,86', 0.86, 0.345],
      ['Cortex-M7 LQFP144, арт. 31151', 0.12, 0.3525],
      ['Микросхема интегральная (микроконтроллер)', 0.12, 0.3675],
      ['7', 0.05, 0.375], ['8542.31.9010', 0.5, 0.375], ['13105 шт.', 0.65, 0.375], ['9,77', 0.75, 0.375], ['128035,85', 0.86, 0.375],
      ['Cortex-M7 LQFP144, арт. 72096', 0.12, 0.3825],
      ['8', 0.05, 0.395], ['Ферросилиций FeSi75, арт. 10188', 0.12, 0.395], ['7202.21.0000', 0.5, 0.395], ['90,75 тн', 0.65, 0.395], ['1450,00', 0.75, 0.395], ['131587,50', 0.86, 0.395],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([
      ['Ферросилиций FeSi65, арт. 11980', '7202210000', 32, 49568.64],
      ['Микросхема интегральная (микроконтроллер) Cortex-M7 LQFP144, арт. 31151', '8542319010', 15398, 162756.86],
      ['Микросхема интегральная (микроконтроллер) Cortex-M7 LQFP144, арт. 72096', '8542319010', 13105, 128035.85],
      ['Ферросилиций FeSi75, арт. 10188', '7202210000', 90.75, 131587.5],
    ]);
  });

  test('the upper line of a description whose lower line OCR put on the values line opens that row, not the one above', () => {
    // Recorded on 00107 (a Kazakh scan): «Интегралды микросхема» overlaps the row under it and keeps more than a
    // line's height from the row above; «(микроконтроллер) Cortex-M4 LQFP100» came on the values line.
    const runs: Run[] = [
      ['№', 0.05, 0.30], ['Атауы', 0.12, 0.30], ['СЭҚ ТН коды', 0.5, 0.30], ['Саны', 0.65, 0.30], ['Бағасы', 0.75, 0.30], ['Сомасы', 0.86, 0.30],
      ['2', 0.05, 0.33], ['Күштік кабель 5x35', 0.12, 0.33], ['8544 49 9101', 0.5, 0.33], ['17637 м', 0.65, 0.33], ['3,48', 0.75, 0.33], ['61376,76', 0.86, 0.33],
      ['Интегралды микросхема', 0.12, 0.3575],
      ['3', 0.05, 0.36], ['(микроконтроллер) Cortex-M4 LQFP100', 0.12, 0.36], ['8542 31 901 0', 0.5, 0.36], ['11905 дана', 0.65, 0.36], ['5,58', 0.75, 0.36], ['66429,90', 0.86, 0.36],
    ];

    expect(rows(runs)).toEqual([
      ['Күштік кабель 5x35', '8544499101', 17637, 61376.76],
      ['Интегралды микросхема (микроконтроллер) Cortex-M4 LQFP100', '8542319010', 11905, 66429.9],
    ]);
  });

  test('a description wrapped only below its row still continues that row', () => {
    // Prepare
    const runs: Run[] = [
      ['№', 0.05, 0.30], ['Наименование товара', 0.12, 0.30], ['Код ТН ВЭД', 0.5, 0.30], ['Кол-во', 0.65, 0.30], ['Цена', 0.75, 0.30], ['Сумма', 0.86, 0.30],
      ['1', 0.05, 0.32], ['Микросхема интегральная (микроконтроллер)', 0.12, 0.32], ['8542.31.9010', 0.5, 0.32], ['100 шт.', 0.65, 0.32], ['10,00', 0.75, 0.32], ['1000,00', 0.86, 0.32],
      ['Cortex-M4 LQFP100', 0.12, 0.3275],
      ['2', 0.05, 0.34], ['Ферросилиций FeSi65', 0.12, 0.34], ['7202.21.0000', 0.5, 0.34], ['2 тн', 0.65, 0.34], ['1500,00', 0.75, 0.34], ['3000,00', 0.86, 0.34],
    ];

    // Act
    const lines = rows(runs);

    // Assess
    expect(lines).toEqual([
      ['Микросхема интегральная (микроконтроллер) Cortex-M4 LQFP100', '8542319010', 100, 1000],
      ['Ферросилиций FeSi65', '7202210000', 2, 3000],
    ]);
  });
});

describe('row numbers read into the description', () => {
  test('under a «№» column, a values row whose number cell is empty loses the number its description starts with', () => {
    // Prepare: OCR joined «21» and the description into one phrase; the rows above it were not read.
    const runs: Run[] = [
      ['№', 0.05, 0.30], ['Наименование товара', 0.12, 0.30], ['Код ТН ВЭД', 0.5, 0.30], ['Кол-во', 0.65, 0.30], ['Цена', 0.75, 0.30], ['Сумма', 0.86, 0.30],
      ['21 Күштік кабель 3x2.5, арт. 96644', 0.06, 0.32], ['8544499101', 0.5, 0.32], ['813', 0.65, 0.32], ['0,88', 0.75, 0.32], ['715,44', 0.86, 0.32],
      ['Сандық осциллограф', 0.12, 0.3275],
      ['200 MHz 2 ch', 0.12, 0.335],
    ];

    // Act
    const lines = rows(runs);

    // Assess: the row number goes; a wrapped line's own leading number stays.
    expect(lines).toEqual([['Күштік кабель 3x2.5, арт. 96644 Сандық осциллограф 200 MHz 2 ch', '8544499101', 813, 715.44]]);
  });
});

describe('row numbers misread before the description (OCR)', () => {
  /** The text-layer layout as OCR reports it: every item with a confidence, and the given words with theirs. */
  const scanned = (runs: Run[], words: Record<string, Array<[string, number]>>) => {
    const document = layout(runs);
    for (const page of document.pages) {
      page.engine = 'tesseract';
      for (const item of page.lines.flatMap((l) => l.items)) {
        item.confidence = 0.95;
        const given = words[item.text];
        if (given) item.words = given.map(([text, confidence]) => ({ text, confidence, box: item.box }));
      }
    }
    return extractInvoice(document).lines.map((l) => [l.description, l.quantity, l.amount]);
  };
  const header: Run[] = [['No.', 0.05, 0.3], ['Description', 0.12, 0.3], ['Qty', 0.6, 0.3], ['Price', 0.72, 0.3], ['Amount', 0.85, 0.3]];

  test('under a «№» column, a doubtful pair of letters where the row number should be is that number misread', () => {
    // Recorded on 00259 and 00027: row 2's «2» read "re" (0.51), joined to its description.
    const lines = scanned(
      [...header, ['1', 0.05, 0.32], ['Deep groove ball bearing 6306-2Z', 0.12, 0.32], ['137', 0.6, 0.32], ['45.35', 0.72, 0.32], ['6,212.95', 0.85, 0.32],
        ['re Deep groove ball bearing 6310-2RS', 0.06, 0.34], ['2,058', 0.6, 0.34], ['19.95', 0.72, 0.34], ['41,057.10', 0.85, 0.34]],
      { 're Deep groove ball bearing 6310-2RS': [['re', 0.51], ['Deep', 0.97], ['groove', 0.96], ['ball', 0.96], ['bearing', 0.93], ['6310-2RS', 0.92]] },
    );
    expect(lines).toEqual([['Deep groove ball bearing 6306-2Z', 137, 6212.95], ['Deep groove ball bearing 6310-2RS', 2058, 41057.1]]);
  });

  test('a confident short word, or one in a table without row numbers, stays', () => {
    const words = { 'La Deep groove ball bearing 6310-2RS': [['La', 0.95], ['Deep', 0.97], ['groove', 0.96], ['ball', 0.96], ['bearing', 0.93], ['6310-2RS', 0.92]] as Array<[string, number]> };
    const row: Run[] = [['La Deep groove ball bearing 6310-2RS', 0.12, 0.34], ['2,058', 0.6, 0.34], ['19.95', 0.72, 0.34], ['41,057.10', 0.85, 0.34]];
    expect(scanned([...header, ...row], words)[0][0]).toBe('La Deep groove ball bearing 6310-2RS');
    const doubtful = { 'La Deep groove ball bearing 6310-2RS': words['La Deep groove ball bearing 6310-2RS'].map(([t, c], i) => [t, i ? c : 0.5] as [string, number]) };
    expect(scanned([['Description', 0.12, 0.3], ['Qty', 0.6, 0.3], ['Price', 0.72, 0.3], ['Amount', 0.85, 0.3], ...row], doubtful)[0][0]).toBe('La Deep groove ball bearing 6310-2RS');
  });

  test('a doubtful short word inside the description column is the description\'s («ПК Lenovo»)', () => {
    const words = { 'ПК Lenovo ThinkPad': [['ПК', 0.6], ['Lenovo', 0.95], ['ThinkPad', 0.95]] as Array<[string, number]> };
    expect(scanned([...header, ['ПК Lenovo ThinkPad', 0.12, 0.34], ['2', 0.6, 0.34], ['19.95', 0.72, 0.34], ['39.90', 0.85, 0.34]], words)[0][0]).toBe('ПК Lenovo ThinkPad');
  });

  test('a column rule read as a stroke before the first word goes', () => {
    // Recorded on 00295: «2 ! Күштік транзистор MOSFET 650V 40A».
    const lines = scanned([...header, ['2', 0.05, 0.32], ['! Күштік транзистор MOSFET 650V 40A', 0.12, 0.32], ['3769', 0.6, 0.32], ['316.95', 0.72, 0.32], ['1,194,584.55', 0.85, 0.32]], {});
    expect(lines).toEqual([['Күштік транзистор MOSFET 650V 40A', 3769, 1194584.55]]);
    // …also when OCR joined the row number to it («2 ! Күштік», 00292) or the stroke comes first («! 2 Күштік»).
    for (const text of ['2 ! Күштік транзистор MOSFET 650V 40A', '! 2 Күштік транзистор MOSFET 650V 40A']) {
      const joined = scanned([...header, [text, 0.05, 0.32], ['3769', 0.6, 0.32], ['316.95', 0.72, 0.32], ['1,194,584.55', 0.85, 0.32]], {});
      expect([text, joined[0][0]]).toEqual([text, 'Күштік транзистор MOSFET 650V 40A']);
    }
  });
});

describe('HS codes with a table rule read as «1» before them (OCR)', () => {
  const scannedCodes = (runs: Run[]) => {
    const document = layout(runs);
    for (const page of document.pages) for (const item of page.lines.flatMap((l) => l.items)) item.confidence = 0.9;
    return extractInvoice(document).lines.map((l) => l.hsCode);
  };
  const header: Run[] = [['No.', 0.05, 0.3], ['HS code', 0.1, 0.3], ['Description', 0.25, 0.3], ['Qty', 0.6, 0.3], ['Price', 0.72, 0.3], ['Amount', 0.85, 0.3]];
  const row = (y: number, code: string, description: string): Run[] => [[String(Math.round((y - 0.3) * 50)), 0.05, y], [code, 0.1, y], [description, 0.25, y], ['2', 0.6, y], ['10.00', 0.72, y], ['20.00', 0.85, y]];

  test('a code of no printed length whose extra leading digits are 1 takes its column\'s length', () => {
    // Recorded on 00203 («1720221», «111720221» among 720221) and 00192 («18541290000» among 10-digit codes).
    const codes = scannedCodes([...header, ...row(0.32, '720221', 'Ферросилиций FeSi65'), ...row(0.34, '1720221', 'Ферросилиций FeSi65'), ...row(0.36, '111720221', 'Ферросилиций FeSi75'), ...row(0.38, '720221', 'Ферросилиций FeSi75')]);
    expect(codes).toEqual(['720221', '720221', '720221', '720221']);
    // An article number in the description is no code cell: «код 1502345» is not read as 502345.
    const article = scannedCodes([...header, ...row(0.32, '720221', 'Насос'), ...row(0.34, '720221', 'Насос'), ['3', 0.05, 0.36], ['Насос, код 1502345', 0.25, 0.36], ['2', 0.6, 0.36], ['10.00', 0.72, 0.36], ['20.00', 0.85, 0.36]]);
    expect(article).toEqual(['720221', '720221', '1502345']);
    const ten = scannedCodes([...header, ...row(0.32, '8541290000', 'Power transistor IGBT'), ...row(0.34, '18541290000', 'Power transistor IGBT'), ...row(0.36, '8541290000', 'Power transistor MOSFET')]);
    expect(ten).toEqual(['8541290000', '8541290000', '8541290000']);
  });

  test('a code of a printed length, other extra digits, or a column without a usual length, stay as read', () => {
    const codes = scannedCodes([...header, ...row(0.32, '720221', 'Ферросилиций FeSi65'), ...row(0.34, '11720221', 'Ферросилиций FeSi65'), ...row(0.36, '21110100', 'Бидай ұны'), ...row(0.38, '720221', 'Ферросилиций FeSi75'), ...row(0.4, '2720221', 'Ферросилиций FeSi75')]);
    expect(codes).toEqual(['720221', '11720221', '21110100', '720221', '2720221']);
    expect(scannedCodes([...header, ...row(0.32, '1720221', 'Ферросилиций FeSi65')])).toEqual(['1720221']);
    // Codes split 6 / 10 agree on no length.
    const tie = scannedCodes([...header, ...row(0.32, '720221', 'Ферросилиций'), ...row(0.34, '720221', 'Ферросилиций'), ...row(0.36, '8541290000', 'Power transistor'), ...row(0.38, '8541290000', 'Power transistor'), ...row(0.4, '1720221', 'Ферросилиций')]);
    expect(tie[4]).toBe('1720221');
  });
});

describe('a total whose label was not read', () => {
  const table: Run[] = [
    ['No.', 0.05, 0.30], ['商品名称', 0.12, 0.30], ['HS 编码', 0.45, 0.30], ['数量', 0.6, 0.30], ['单价', 0.72, 0.30], ['金额 (USD)', 0.85, 0.30],
    ['1', 0.05, 0.32], ['数字示波器 100 MHz 4 ch', 0.12, 0.32], ['903020', 0.45, 0.32], ['59', 0.6, 0.32], ['2,236.30', 0.72, 0.32], ['131,941.70', 0.85, 0.32],
    ['2', 0.05, 0.34], ['未锻轧锌 SHG 99.95%', 0.12, 0.34], ['790111', 0.45, 0.34], ['47.4', 0.6, 0.34], ['2,546.00', 0.72, 0.34], ['120,680.40', 0.85, 0.34],
  ];

  test('the amount under the table that sums its lines is the total, with a warning saying so', () => {
    // Act: «合计» came out of OCR as "Sit:".
    const model = extractInvoice(layout([...table, ['Sit:', 0.6, 0.37], ['252,622.10', 0.85, 0.37]]));

    // Assess
    expect(model.invoice.total).toBe(252622.1);
    expect(model.warnings.some((w) => w.startsWith('total:'))).toBe(true);
  });

  test('an amount that is not the sum of the lines is not taken', () => {
    // Act
    const model = extractInvoice(layout([...table, ['Sit:', 0.6, 0.37], ['250,000.00', 0.85, 0.37]]));

    // Assess
    expect(model.invoice.total).toBeUndefined();
  });
});

describe('totals on OCR lines', () => {
  test('separate OCR phrases are separate cells: "Total | 1 | 278.61 | 40.39 | 319.00" is 319, not 1 278.61', () => {
    // Prepare: the Flipkart scan of invoice2data, its Qty and Price cells 1.3 line heights apart.
    const document = layout([['Total', 0.55, 0.5], ['1', 0.67, 0.5], ['278.61', 0.692, 0.5], ['40.39', 0.8, 0.5], ['319.00', 0.9, 0.5]]);
    const scan = { ...document, pages: document.pages.map((p) => ({ ...p, engine: 'tesseract' as const, lines: p.lines.map((l) => ({ ...l, items: l.items.map((i) => ({ ...i, confidence: 0.9 })) })) })) };

    // Act
    const total = extractInvoice(scan).invoice.total;

    // Assess
    expect(total).toBe(319);
  });
});
