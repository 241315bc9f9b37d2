import type { Box, DocumentPage, TextItem, TextLine } from '../../../lambdas/domain/document-model';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { amountReadings, amountsAgree, reconcileAmounts } from '../../../lambdas/domain/extraction/parse-values';

/**
 * The goods-table rules that make extraction tolerant of OCR: pages are built the way tesseract-tsv.ts
 * builds them (items with their words, boxes 0..1, confidences), one printed row per line.
 */

const HEIGHT = 0.012;

/** An OCR'd phrase: words laid out left to right from x0, each `width` wide, one word space apart. */
function phrase(text: string, x0: number, y: number, width = 0.05): TextItem {
  const words = text.split(' ').map((word, i) => ({ text: word, box: [x0 + i * (width + 0.006), y, x0 + i * (width + 0.006) + width, y + HEIGHT] as Box, confidence: 0.9 }));
  const box: Box = [words[0].box[0], y, words[words.length - 1].box[2], y + HEIGHT];
  return words.length > 1 ? { text, box, confidence: 0.9, words } : { text, box, confidence: 0.9 };
}

function row(y: number, ...cells: Array<[string, number, number?]>): TextLine {
  const items = cells.map(([text, x0, width]) => phrase(text, x0, y, width));
  return { text: items.map((i) => i.text).join(' '), box: [items[0].box[0], y, items[items.length - 1].box[2], y + HEIGHT], items };
}

function goodsOf(lines: TextLine[]) {
  const page: DocumentPage = { page: 1, engine: 'tesseract', width: 1654, height: 2339, lines };
  return extractInvoice({ mediaType: 'image/png', pages: [page] }).lines.map(({ evidence: _e, ...line }) => line);
}

describe('goods table read by OCR', () => {
  test('a header OCR ran together is cut into its cells, and values go to the header cell they lie under', () => {
    const lines = [
      row(0.30, ['№ Наименование товара', 0.07, 0.09], ['Код ТН ВЭД Кол-во Ед. Цена, USD Сумма, USD', 0.5, 0.045]),
      // Under «Код ТН ВЭД» (0.5–0.645) the code starts left of «Код»; the price and amount run together.
      row(0.32, ['1', 0.072, 0.01], ['Насос центробежный 45 kW', 0.12, 0.07], ['8413702100', 0.49, 0.08], ['2', 0.69, 0.01], ['шт', 0.74, 0.02], ['472 896,54 945 793,08', 0.75, 0.045]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: 'Насос центробежный 45 kW', hsCode: '8413702100', quantity: 2, unit: 'шт', unitPrice: 472896.54, amount: 945793.08 }]);
  });

  test('a header OCR cut short (no number column named) leaves the numbers to arithmetic: the three that agree are quantity, price and amount', () => {
    // The shaded header's right half was lost: «# Description of goods | HS code» only.
    const lines = [
      row(0.28, ['#', 0.081, 0.01], ['Description of goods', 0.12, 0.07], ['HS code', 0.52, 0.03]),
      row(0.30, ['la CNC lathe CK6150', 0.074, 0.06], ['845811', 0.52, 0.05], ['3', 0.62, 0.01], ['pcs', 0.66, 0.02], ['3877240.64', 0.74, 0.07], ['11631721.92', 0.84, 0.08]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: 'la CNC lathe CK6150', hsCode: '845811', quantity: 3, unit: 'pcs', unitPrice: 3877240.64, amount: 11631721.92 }]);
  });

  test('a table whose header OCR lost altogether starts at its first row whose numbers multiply out', () => {
    const lines = [
      row(0.44, ['Payment: 30 days net', 0.076, 0.04]),
      // The shaded header band, read as junk.
      row(0.46, ['. ок', 0.075, 0.02], ['Ды', 0.4, 0.02], ['екн', 0.8, 0.02]),
      row(0.49, ['1', 0.082, 0.01], ['Power cable 5x35', 0.12, 0.05], ['8544.49', 0.5, 0.05], ['3619 m', 0.6, 0.03], ['1,80', 0.72, 0.04], ['6 514,20', 0.84, 0.04]),
      row(0.51, ['2', 0.082, 0.01], ['Power cable 3x2.5', 0.12, 0.05], ['8544.49', 0.5, 0.05], ['1932 m', 0.6, 0.03], ['3,00', 0.72, 0.04], ['5 796,00', 0.84, 0.04]),
      row(0.55, ['Total: 12 310,20 EUR', 0.074, 0.05]),
    ];
    expect(goodsOf(lines)).toEqual([
      { description: 'Power cable 5x35', hsCode: '854449', quantity: 3619, unitPrice: 1.8, amount: 6514.2 },
      { description: 'Power cable 3x2.5', hsCode: '854449', quantity: 1932, unitPrice: 3, amount: 5796 },
    ]);
  });

  test('without a header, a line whose numbers do not multiply out opens no table', () => {
    const lines = [row(0.49, ['Contract', 0.08, 0.05], ['No. 15', 0.3, 0.03], ['3', 0.6, 0.01], ['2024', 0.72, 0.04], ['6 514,20', 0.84, 0.04])];
    expect(goodsOf(lines)).toEqual([]);
  });

  test('numbers that do not multiply out are not guessed into columns', () => {
    const lines = [
      row(0.28, ['#', 0.081, 0.01], ['Description of goods', 0.12, 0.07], ['HS code', 0.52, 0.03]),
      row(0.30, ['1', 0.081, 0.01], ['CNC lathe CK6150', 0.12, 0.06], ['845811', 0.52, 0.05], ['3', 0.62, 0.01], ['pcs', 0.66, 0.02], ['1000.00', 0.74, 0.07], ['2500.00', 0.84, 0.08]),
    ];
    expect(goodsOf(lines)).toEqual([]);
  });

  test('header labels in look-alike letters of the other script still name their columns («TH ВЭД»)', () => {
    const lines = [
      row(0.30, ['№', 0.07, 0.01], ['TH ВЭД', 0.12, 0.04], ['Наименование', 0.25, 0.1], ['Количество', 0.6, 0.07], ['Сумма', 0.85, 0.06]),
      row(0.32, ['1', 0.07, 0.01], ['8504.40', 0.1, 0.06], ['Преобразователь частоты 22 kW', 0.25, 0.08], ['12', 0.65, 0.02], ['10 623,36', 0.85, 0.03]),
    ];
    // No price column: the price follows from amount ÷ quantity.
    expect(goodsOf(lines)).toEqual([{ description: 'Преобразователь частоты 22 kW', hsCode: '850440', quantity: 12, unitPrice: 885.28, amount: 10623.36 }]);
  });

  test('a header cell the vocabulary does not know (misread) keeps its content out of the description', () => {
    // «№» read as «Ж», «HS code» as «code»: the row number and the code are not part of the description,
    // and the code is still found in the unnamed column.
    const lines = [
      row(0.30, ['Ж', 0.077, 0.008], ['code', 0.131, 0.03], ['Description of goods', 0.21, 0.05], ['Qty', 0.669, 0.024], ['Unit Rate, AED', 0.729, 0.03], ['Total (AED)', 0.844, 0.035]),
      row(0.32, ['1', 0.077, 0.005], ['0204.41.0000', 0.108, 0.083], ['Frozen lamb carcasses, ref. 89499', 0.209, 0.04], ['52.21', 0.689, 0.025], ['20,970.00', 0.77, 0.06], ['1,094,634.00', 0.849, 0.079]),
    ];
    // «52.21» is how Tesseract read the printed 52.2: price × quantity must give the amount, so it is 52.2.
    expect(goodsOf(lines)).toEqual([{ description: 'Frozen lamb carcasses, ref. 89499', hsCode: '0204410000', quantity: 52.2, unitPrice: 20970, amount: 1094634 }]);
  });

  test('a quantity printed with its unit under the unit header is the quantity; an unreadable one follows from amount ÷ price', () => {
    const lines = [
      row(0.30, ['Description', 0.1, 0.08], ['Quantity', 0.6, 0.05], ['UoM', 0.67, 0.03], ['Unit price', 0.72, 0.04], ['Amount', 0.86, 0.05]),
      row(0.32, ['Digital oscilloscope', 0.1, 0.08], ['5件', 0.665, 0.03], ['10.291.91', 0.75, 0.05], ['51,459.55', 0.86, 0.06]),
      row(0.34, ['Frozen lamb carcasses', 0.1, 0.08], ['НЕЕ', 0.62, 0.03], ['17,301.27', 0.75, 0.05], ['190,313.97', 0.86, 0.06]),
    ];
    expect(goodsOf(lines)).toEqual([
      { description: 'Digital oscilloscope', quantity: 5, unitPrice: 10291.91, amount: 51459.55 },
      { description: 'Frozen lamb carcasses', quantity: 11, unitPrice: 17301.27, amount: 190313.97 },
    ]);
  });

  test('a row number read into the description goes; a number that is not the next ordinal stays', () => {
    const lines = [
      row(0.30, ['Description of goods', 0.1, 0.06], ['Qty', 0.6, 0.03], ['Amount', 0.85, 0.05]),
      row(0.32, ['[1 CNC lathe CK6150', 0.1, 0.05], ['3', 0.6, 0.01], ['11,631,721.92', 0.85, 0.07]),
      row(0.34, ['7 kW motor', 0.1, 0.05], ['2', 0.6, 0.01], ['1,000.00', 0.85, 0.07]),
    ];
    expect(goodsOf(lines).map((l) => l.description)).toEqual(['CNC lathe CK6150', '7 kW motor']);
  });

  test('an HS code read into the description cell moves to the empty HS column', () => {
    const lines = [
      row(0.30, ['№', 0.07, 0.01], ['Наименование', 0.12, 0.1], ['Код ТН ВЭД', 0.45, 0.04], ['Кол-во', 0.62, 0.05], ['Сумма', 0.85, 0.05]),
      row(0.32, ['1', 0.07, 0.01], ['Насос центробежный 22 kW 8413.70', 0.12, 0.06], ['5', 0.65, 0.01], ['30 810,35', 0.85, 0.03]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: 'Насос центробежный 22 kW', hsCode: '841370', quantity: 5, unitPrice: 6162.07, amount: 30810.35 }]);
  });

  test('the table ends at a line far below the last row, and a wrapped description continues only a close row', () => {
    const lines = [
      row(0.30, ['Description of goods', 0.1, 0.06], ['Qty', 0.6, 0.03], ['Amount', 0.85, 0.05]),
      row(0.32, ['Computing server 1U 1xCPU,', 0.1, 0.06], ['2', 0.6, 0.01], ['84,160.86', 0.85, 0.06]),
      row(0.335, ['ref. 50195', 0.1, 0.04]),
      row(0.9, ['Synthetic document', 0.1, 0.08], ['Page 1 of 2', 0.85, 0.02]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: 'Computing server 1U 1xCPU, ref. 50195', quantity: 2, unitPrice: 42080.43, amount: 84160.86 }]);
  });
});

describe('amountReadings', () => {
  test('the usual reading first, then the alternatives OCR and locales allow', () => {
    expect(amountReadings('1 234,56')).toEqual([1234.56]);
    expect(amountReadings('93,058')).toEqual([93058, 93.058]);
    expect(amountReadings('1163172192')).toEqual([1163172192, 11631721.92]);
    expect(amountReadings('10.291.91')).toContain(10291.91);
    expect(amountReadings('1О0,00')).toContain(100);
    expect(amountReadings('шт')).toEqual([]);
  });
});

describe('reconcileAmounts', () => {
  test('a consistent row is taken as read', () => {
    expect(reconcileAmounts({ quantity: [12], unitPrice: [885.28], amount: [10623.36] })).toEqual({ quantity: 12, unitPrice: 885.28, amount: 10623.36 });
  });

  test('disagreeing readings take the alternatives that agree («93,058» tonnes is 93.058, not 93 058)', () => {
    expect(reconcileAmounts({ quantity: amountReadings('93,058'), unitPrice: amountReadings('26 700,00'), amount: amountReadings('2 484 648,60') })).toEqual({
      quantity: 93.058,
      unitPrice: 26700,
      amount: 2484648.6,
    });
    expect(reconcileAmounts({ quantity: [3], unitPrice: amountReadings('3877240,64'), amount: amountReadings('1163172192') })).toEqual({ quantity: 3, unitPrice: 3877240.64, amount: 11631721.92 });
  });

  test('only OCR rows derive a value from the other two: a quantity when it looks printed, else the amount', () => {
    expect(reconcileAmounts({ quantity: [], unitPrice: [17301.27], amount: [190313.97] })).toEqual({ quantity: undefined, unitPrice: 17301.27, amount: 190313.97 });
    expect(reconcileAmounts({ quantity: [], unitPrice: [17301.27], amount: [190313.97] }, true)).toEqual({ quantity: 11, unitPrice: 17301.27, amount: 190313.97 });
    expect(reconcileAmounts({ quantity: [2], unitPrice: [472896.54], amount: [] }, true)).toEqual({ quantity: 2, unitPrice: 472896.54, amount: 945793.08 });
    // A discount line of a text-layer invoice is left as printed.
    expect(reconcileAmounts({ quantity: [10], unitPrice: [100], amount: [900] })).toEqual({ quantity: 10, unitPrice: 100, amount: 900 });
  });

  test('amountsAgree allows the rounding of the amount to the cent', () => {
    expect(amountsAgree(3, 0.335, 1.01)).toBe(true);
    expect(amountsAgree(3, 0.335, 1.03)).toBe(false);
  });
});
