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
      { description: 'Power cable 5x35', hsCode: '854449', quantity: 3619, unit: 'm', unitPrice: 1.8, amount: 6514.2 },
      { description: 'Power cable 3x2.5', hsCode: '854449', quantity: 1932, unit: 'm', unitPrice: 3, amount: 5796 },
    ]);
  });

  test('without a header, a row may print its HS code before the description, and a quantity whose reading only the arithmetic settles', () => {
    // 00287 (Kazakh, 150 dpi): the header read as junk; «52,144 тонна» is 52.144 t, as 52.144 × 133 740,00 = 6 973 738,56
    // («6973 738,56»: OCR dropped a group space).
    const lines = [
      row(0.34, ['[oo', 0.068, 0.02], ['Tayenmmareys', 0.2, 0.1], ['(сымы [', 0.5, 0.03], ['бас М', 0.8, 0.03]),
      row(0.37, ['1', 0.069, 0.01], ['7304191000', 0.1, 0.08], ['Жіксіз болат құбырлар 159x6', 0.25, 0.06], ['52,144 тонна', 0.55, 0.05], ['133 740,00', 0.7, 0.04], ['6973 738,56', 0.84, 0.04]),
      row(0.39, ['2', 0.069, 0.01], ['7304191000', 0.1, 0.08], ['Жіксіз болат құбырлар 219x8', 0.25, 0.06], ['296 тонна', 0.55, 0.05], ['95 405,05', 0.7, 0.04], ['28 239 894,80', 0.84, 0.04]),
    ];
    expect(goodsOf(lines)).toEqual([
      { description: 'Жіксіз болат құбырлар 159x6', hsCode: '7304191000', quantity: 52.144, unit: 'тонна', unitPrice: 133740, amount: 6973738.56 },
      { description: 'Жіксіз болат құбырлар 219x8', hsCode: '7304191000', quantity: 296, unit: 'тонна', unitPrice: 95405.05, amount: 28239894.8 },
    ]);
  });

  test('lines set as close above the header as its own lines are («Currency: TRY», «Payment: …») are no part of it', () => {
    // 00192 (150 dpi TIFF): merged into the header, «Payment: irrevocable L/C at sight» became a wide column that took
    // every description.
    const lines = [
      row(0.256, ['Currency: TRY', 0.064, 0.1]),
      row(0.270, ['Payment: irrevocable L/C at sight', 0.065, 0.045]),
      row(0.288, ['№. Tariff code', 0.076, 0.035], ['goods', 0.32, 0.045], ['aty', 0.62, 0.028], ['Unit Rate, TRY', 0.724, 0.022], ['Amount, TRY', 0.83, 0.04]),
      row(0.315, ['2', 0.072, 0.008], ['8458110000', 0.1, 0.08], ['CNC lathe CK6150', 0.2, 0.04], ['1', 0.63, 0.008], ['pcs', 0.676, 0.025], ['1,169,431.49', 0.735, 0.06], ['1,169,431.49', 0.84, 0.07]),
    ];
    // «aty» is read as the quantity's label (a blurred Q), so «pcs» after the quantity is its unit.
    expect(goodsOf(lines)).toEqual([{ description: 'CNC lathe CK6150', hsCode: '8458110000', quantity: 1, unit: 'pcs', unitPrice: 1169431.49, amount: 1169431.49 }]);
  });

  test('Chinese header labels OCR ran together, and read a character a word («总» «价»), still name their columns', () => {
    // 00076 (Chinese JPEG): «数量单位单价 (UsD) 总价» as one item; its amount went to the price column.
    // Word boxes as OCR gave them.
    const item = (y: number, words: Array<[string, number, number]>): TextItem => ({
      text: words.map(([t]) => t).join(' '),
      box: [words[0][1], y, words[words.length - 1][2], y + HEIGHT],
      confidence: 0.9,
      words: words.map(([text, x0, x1]) => ({ text, box: [x0, y, x1, y + HEIGHT] as Box, confidence: 0.9 })),
    });
    const headerItems = [
      item(0.423, [['序号', 0.067, 0.092], ['商品', 0.105, 0.157], ['名', 0.136, 0.148], ['称', 0.148, 0.159]]),
      item(0.423, [['海关', 0.535, 0.567], ['编码', 0.567, 0.588], ['原', 0.604, 0.611], ['产', 0.617, 0.624], ['国', 0.63, 0.638]]),
      item(0.423, [['数量', 0.721, 0.747], ['单位', 0.759, 0.784], ['单价', 0.796, 0.819], ['(UsD)', 0.822, 0.85], ['总', 0.863, 0.89], ['价', 0.882, 0.891]]),
    ];
    const lines = [
      { text: headerItems.map((i) => i.text).join(' '), box: [0.067, 0.423, 0.891, 0.423 + HEIGHT] as Box, items: headerItems },
      row(0.446, ['1', 0.069, 0.003], ['低密度聚乙烯15803-020', 0.105, 0.146], ['3901.10', 0.535, 0.047], ['哈萨克斯坦共和国', 0.599, 0.11], ['200吨', 0.726, 0.046], ['1.281.62', 0.801, 0.05], ['256,324.00', 0.868, 0.065]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: '低密度聚乙烯15803-020', hsCode: '390110', quantity: 200, unit: '吨', unitPrice: 1281.62, amount: 256324 }]);
  });

  test('a Chinese header cell without word boxes is cut before each label of another kind, in proportion to its text', () => {
    // As a text layer or a merged OCR item gives it: «数量单位单价» over three columns.
    const header: TextLine = { text: '品名 数量单位单价 金额', box: [0.1, 0.3, 0.9, 0.312], items: [
      { text: '品名', box: [0.1, 0.3, 0.15, 0.312] },
      { text: '数量单位单价', box: [0.5, 0.3, 0.74, 0.312] },
      { text: '金额', box: [0.82, 0.3, 0.87, 0.312] },
    ] };
    const values: TextLine = { text: 'Zinc 10 t 2 600,00 26 000,00', box: [0.1, 0.32, 0.9, 0.332], items: [
      { text: 'Zinc', box: [0.1, 0.32, 0.14, 0.332] },
      { text: '10', box: [0.51, 0.32, 0.53, 0.332] },
      { text: 't', box: [0.59, 0.32, 0.6, 0.332] },
      { text: '2 600,00', box: [0.67, 0.32, 0.73, 0.332] },
      { text: '26 000,00', box: [0.82, 0.32, 0.88, 0.332] },
    ] };
    const page: DocumentPage = { page: 1, engine: 'pdf-text', width: 595, height: 842, lines: [header, values] };
    expect(extractInvoice({ mediaType: 'application/pdf', pages: [page] }).lines.map(({ evidence: _e, ...line }) => line)).toEqual([
      { description: 'Zinc', quantity: 10, unit: 't', unitPrice: 2600, amount: 26000 },
    ]);
  });

  test('a wide number right-aligned under a narrow label, read in one item with the number before it, is cut off into its column', () => {
    // 00125 (Chinese PNG): «890.00 3,553,387.30» under «单价» and «总价».
    const lines = [
      row(0.282, ['序号 货物 名 称', 0.067, 0.012], ['HS 编码', 0.602, 0.02], ['单位 数量', 0.692, 0.024], ['单价', 0.796, 0.026], ['总 价', 0.853, 0.013]),
      row(0.303, ['1', 0.068, 0.004], ['铁矿球团 Fe 65%', 0.108, 0.025], ['2601120000', 0.602, 0.073], ['吨', 0.699, 0.006], ['3,992.57', 0.733, 0.051], ['890.00', 0.801, 0.046]),
    ];
    lines[1].items[5] = { text: '890.00 3,553,387.30', box: [0.801, 0.303, 0.94, 0.315], confidence: 0.9, words: [
      { text: '890.00', box: [0.801, 0.303, 0.847, 0.315], confidence: 0.9 },
      { text: '3,553,387.30', box: [0.857, 0.303, 0.94, 0.315], confidence: 0.9 },
    ] };
    expect(goodsOf(lines)).toEqual([{ description: '铁矿球团 Fe 65%', hsCode: '2601120000', quantity: 3992.57, unit: '吨', unitPrice: 890, amount: 3553387.3 }]);
  });

  test('a label with its value right above the header («原产国 ; 哈萨克斯坦共和国») is no header line, though it names a column', () => {
    // 00249 (Chinese TIFF): merged into the header, the origin line's cell swallowed «No.» and moved the description.
    const lines = [
      row(0.25, ['原产国 ; 哈萨克斯坦共和国', 0.082, 0.04]),
      row(0.262, ['目的国 : 中国', 0.082, 0.04]),
      row(0.274, ['No.', 0.088, 0.02], ['货物 名 称', 0.122, 0.015], ['HS 编码', 0.62, 0.025], ['数量', 0.683, 0.026], ['单位', 0.74, 0.025], ['单价', 0.777, 0.026], ['金额 (USD)', 0.844, 0.03]),
      row(0.29, ['1', 0.089, 0.004], ['硅铁 FeSi75', 0.122, 0.03], ['7202.21', 0.619, 0.046], ['132吨', 0.707, 0.046], ['1,391.33', 0.782, 0.05], ['183,655.56', 0.85, 0.064]),
    ];
    expect(goodsOf(lines)).toEqual([{ description: '硅铁 FeSi75', hsCode: '720221', quantity: 132, unit: '吨', unitPrice: 1391.33, amount: 183655.56 }]);
  });

  test('without a header, a line whose text follows anything but a row number or an HS code opens no table', () => {
    // A dated payment line whose numbers happen to multiply out.
    const lines = [row(0.37, ['12.05.2025', 0.069, 0.08], ['Payment received', 0.25, 0.06], ['2', 0.55, 0.05], ['3,00', 0.7, 0.04], ['6,00', 0.84, 0.04])];
    expect(goodsOf(lines)).toEqual([]);
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
      { description: 'Digital oscilloscope', quantity: 5, unit: '件', unitPrice: 10291.91, amount: 51459.55 },
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

  test('four decimals or more are a thousands separator kept and the decimal point lost (seed 37\'s 00243)', () => {
    expect(amountReadings('282.74478')).toEqual([282.74478, 282744.78]);
    expect(amountReadings('20,47915')).toEqual([20.47915, 20479.15]);
    // The printed quantity wins over the one the first reading would have made of the price (2 000 × 282.74478).
    expect(reconcileAmounts({ quantity: [2], unitPrice: amountReadings('282.74478'), amount: amountReadings('565,489.56') }, true)).toEqual({ quantity: 2, unitPrice: 282744.78, amount: 565489.56 });
    expect(amountReadings('1.2345')).toEqual([1.2345]);
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

  test('an OCR row whose amount was read only in part takes quantity × price when its last five printed digits, or its whole units, agree', () => {
    // «1 101 051,12» read «051,12» (a rule took «1 101»); «144 904,80» with «144» read «ШЕТІ».
    expect(reconcileAmounts({ quantity: [121.69], unitPrice: [9048], amount: amountReadings('051,12'), printedAmount: '051,12' }, true)).toEqual({ quantity: 121.69, unitPrice: 9048, amount: 1101051.12 });
    expect(reconcileAmounts({ quantity: [69.8], unitPrice: [2076], amount: amountReadings('ШЕТІ 904,80'), printedAmount: 'ШЕТІ 904,80' }, true)).toEqual({ quantity: 69.8, unitPrice: 2076, amount: 144904.8 });
    // «13 489, вз.»: the cents read as letters, the units whole.
    expect(reconcileAmounts({ quantity: [9], unitPrice: [1498.87], amount: amountReadings('13 489, вз.'), printedAmount: '13 489, вз.' }, true)).toEqual({ quantity: 9, unitPrice: 1498.87, amount: 13489.83 });
    // Four digits are too few to vouch for it (a price is derived that nearly fits the amount as read), and a text
    // layer is never second-guessed.
    expect(reconcileAmounts({ quantity: [121.69], unitPrice: [9048], amount: amountReadings('51,12'), printedAmount: '51,12' }, true)).toEqual({ quantity: 121.69, unitPrice: 0.42, amount: 51.12 });
    expect(reconcileAmounts({ quantity: [121.69], unitPrice: [9048], amount: amountReadings('051,12'), printedAmount: '051,12' })).toEqual({ quantity: 121.69, unitPrice: 9048, amount: 51.12 });
  });

  test('amountsAgree allows the rounding of the amount to the cent', () => {
    expect(amountsAgree(3, 0.335, 1.01)).toBe(true);
    expect(amountsAgree(3, 0.335, 1.03)).toBe(false);
  });
});

describe('price and amount cells OCR ran together', () => {
  // Header cells: «Цена, USD» from 0.755, «Сумма, USD» from 0.857.
  const header = row(0.30, ['№ Наименование товара', 0.07, 0.09], ['Код ТН ВЭД Кол-во Ед. Цена, USD Сумма, USD', 0.5, 0.045]);

  test('are cut where the quantity multiplies out, dropping a speck before the price («5 1 352,34 Гг 59 502,96»)', () => {
    const lines = [header, row(0.32, ['1', 0.072, 0.01], ['Сандық осциллограф 200 MHz', 0.12, 0.07], ['9030200000', 0.49, 0.08], ['44', 0.66, 0.02], ['дана', 0.71, 0.03], ['5 1 352,34 Гг 59 502,96', 0.8, 0.02])];
    expect(goodsOf(lines)).toEqual([{ description: 'Сандық осциллограф 200 MHz', hsCode: '9030200000', quantity: 44, unit: 'дана', unitPrice: 1352.34, amount: 59502.96 }]);
  });

  test('with trailing specks read as full stops («1 498,87. 13 489,83.»)', () => {
    const lines = [header, row(0.32, ['1', 0.072, 0.01], ['Сандық осциллограф 200 MHz', 0.12, 0.07], ['9030200000', 0.49, 0.08], ['9', 0.66, 0.02], ['дана', 0.71, 0.03], ['1 498,87. 13 489,83.', 0.83, 0.03])];
    expect(goodsOf(lines)[0]).toMatchObject({ quantity: 9, unitPrice: 1498.87, amount: 13489.83 });
  });

  test('numbers no cut multiplies out are left to the other rules, not forced', () => {
    const lines = [header, row(0.32, ['1', 0.072, 0.01], ['Сандық осциллограф 200 MHz', 0.12, 0.07], ['9030200000', 0.49, 0.08], ['9', 0.66, 0.02], ['дана', 0.71, 0.03], ['1 498,87 13 411,11', 0.83, 0.03])];
    const [line] = goodsOf(lines);
    expect(line.quantity).toBe(9);
    expect(line.unitPrice).not.toBe(1498.87);
  });
});

describe('invoice total and currency read by OCR', () => {
  const invoiceOf = (lines: TextLine[]) => extractInvoice({ mediaType: 'image/png', pages: [{ page: 1, engine: 'tesseract', width: 1654, height: 2339, lines }] }).invoice;
  const table = [
    row(0.30, ['№', 0.07, 0.01], ['Тауар атауы', 0.12, 0.07], ['Саны', 0.55, 0.04], ['Бағасы', 0.7, 0.04], ['Сомасы', 0.84, 0.04]),
    row(0.32, ['1', 0.07, 0.01], ['Мыс катодтары', 0.12, 0.07], ['10', 0.55, 0.02], ['100 000,00', 0.7, 0.04], ['1 000 000,00', 0.84, 0.04]),
    row(0.34, ['2', 0.07, 0.01], ['Алюминий', 0.12, 0.07], ['1', 0.55, 0.02], ['254 127,11', 0.7, 0.04], ['254 127,11', 0.84, 0.04]),
  ];

  test('a total OCR split in two at a lost group space («1254 127,11») is the goods lines\' sum when its digits joined give it', () => {
    // 00295: the printed 1 254 127,11 read as «1254 127,11», which parses as 1254 and 127.11.
    const invoice = invoiceOf([...table, row(0.38, ['Барлығы:', 0.55, 0.05], ['1254 127,11', 0.7, 0.04])]);
    expect(invoice.total).toBe(1254127.11);
  });

  test('a total that is no split reading of the sum stays as printed', () => {
    // 1254 and 127.11 joined give 1254127.11, not this table's sum (1 254 127,12).
    const other = [...table.slice(0, 2), row(0.34, ['2', 0.07, 0.01], ['Алюминий', 0.12, 0.07], ['1', 0.55, 0.02], ['254 127,12', 0.7, 0.04], ['254 127,12', 0.84, 0.04])];
    expect(invoiceOf([...other, row(0.38, ['Барлығы:', 0.55, 0.05], ['1254 127,11', 0.7, 0.04])]).total).toBe(1254);
  });

  test('a total whose decimal separator OCR lost («1254127 11» → 125412711) is the sum its digits spell', () => {
    // 00016 (Chinese TIFF): «311,344.20» read «31134420».
    expect(invoiceOf([...table, row(0.38, ['Барлығы:', 0.55, 0.05], ['125412711', 0.7, 0.04])]).total).toBe(1254127.11);
  });

  test('a total with VAT above the goods lines\' sum is left as printed', () => {
    const lines = [...table, row(0.38, ['Барлығы:', 0.55, 0.05], ['1 254 127,11', 0.7, 0.04]), row(0.40, ['Барлығы ҚҚС-мен:', 0.55, 0.05], ['1 404 622,36', 0.7, 0.04])];
    expect(invoiceOf(lines).total).toBe(1404622.36);
  });

  test('a header whose quantity label OCR lost: a number of its own ending the description cell is the quantity when it multiplies out', () => {
    // Seed 59, 00063: «Саны» dropped from the header; the quantity stands between the description and the unit's label.
    const lines = [
      row(0.39, ['№', 0.068, 0.01], ['ЕАЭО СЭКТН коды', 0.098, 0.03], ['Тауардың атауы', 0.39, 0.05], ['Өлш. бірл.', 0.70, 0.025], ['Бағасы, EUR', 0.776, 0.03], ['Сомасы, EUR', 0.859, 0.03]),
      row(0.41, ['9', 0.067, 0.006], ['1101001500', 0.098, 0.07], ['Бидай ұны T-550, арт. 87087', 0.389, 0.03], ['63', 0.672, 0.013], ['254,31', 0.806, 0.04], ['16 021,53', 0.875, 0.026]),
      // An article number in a cell of its own that does not multiply out stays in the description.
      row(0.43, ['10', 0.067, 0.01], ['2818200000', 0.098, 0.07], ['Металлургиялық глинозем', 0.389, 0.05], ['22469', 0.60, 0.04], ['356,73', 0.806, 0.04], ['238 295,64', 0.875, 0.026]),
    ];
    expect(goodsOf(lines)).toEqual([
      { description: 'Бидай ұны T-550, арт. 87087', hsCode: '1101001500', quantity: 63, unitPrice: 254.31, amount: 16021.53 },
      expect.objectContaining({ description: 'Металлургиялық глинозем 22469', hsCode: '2818200000', unitPrice: 356.73, amount: 238295.64 }),
    ]);
  });

  test('a header whose code label OCR lost: a tariff code beside the row number, under «No.», is the row\'s code', () => {
    // Seed 61, 00301: «No. | Goods | Qty | …» over «1 | 852691 | GNSS navigation receiver …», «HS code» dropped.
    const lines = [
      row(0.42, ['No.', 0.074, 0.02], ['Goods', 0.169, 0.04], ['Qty', 0.67, 0.02], ['Unit', 0.736, 0.03], ['Price (USD)', 0.775, 0.03], ['Total (USD)', 0.853, 0.03]),
      row(0.445, ['1', 0.074, 0.006], ['852691', 0.107, 0.05], ['GNSS navigation receiver L1/L5 RTK', 0.169, 0.06], ['12', 0.709, 0.012], ['pcs', 0.736, 0.02], ['909.18', 0.799, 0.04], ['10,910.16', 0.866, 0.05]),
      row(0.467, ['2', 0.074, 0.006], ['848210', 0.107, 0.05], ['Deep groove ball bearing 6205-2RS', 0.17, 0.06], ['119', 0.701, 0.02], ['pcs', 0.736, 0.02], ['1.56', 0.815, 0.03], ['185.64', 0.886, 0.04]),
    ];
    expect(goodsOf(lines)).toEqual([
      { description: 'GNSS navigation receiver L1/L5 RTK', hsCode: '852691', quantity: 12, unit: 'pcs', unitPrice: 909.18, amount: 10910.16 },
      { description: 'Deep groove ball bearing 6205-2RS', hsCode: '848210', quantity: 119, unit: 'pcs', unitPrice: 1.56, amount: 185.64 },
    ]);
  });

  test('a currency code read in Cyrillic look-alikes («СМҮ», «СМУ») is the one code its letters can spell', () => {
    // 00282, 00295 (Kazakh scans): CNY on the currency line and after the total.
    expect(invoiceOf([...table, row(0.38, ['Барлығы:', 0.55, 0.05], ['1 254 127,11 СМҮ', 0.7, 0.04])]).currency).toBe('CNY');
    expect(invoiceOf([row(0.2, ['Валюта: СМУ', 0.07, 0.05]), ...table]).currency).toBe('CNY');
  });

  test('Cyrillic capitals that spell no code, or several, give no currency', () => {
    expect(invoiceOf([...table, row(0.38, ['Барлығы:', 0.55, 0.05], ['1 254 127,11', 0.7, 0.04], ['ҚҚС', 0.84, 0.03])]).currency).toBeUndefined();
    expect(invoiceOf([row(0.2, ['Валюта: ТОО', 0.07, 0.05]), ...table]).currency).toBeUndefined();
  });
});

describe('party labels read by OCR', () => {
  const partiesOf = (lines: TextLine[]) => extractInvoice({ mediaType: 'image/png', pages: [{ page: 1, engine: 'tesseract', width: 1654, height: 2339, lines }] }).parties.map((p) => `${p.role}: ${p.name}`);

  test('a semicolon read for the colon after a role label still starts the party («买方 ; …»)', () => {
    // 00250 (Chinese JPEG): the buyer ran into the seller's name.
    const lines = [
      row(0.11, ['卖方 : 阿拉套电缆服务有限责任合伙企业 (Alatau Cable Service LLP)', 0.082, 0.03], ['买方 ; 义乌恒通金属材料有限公司', 0.5, 0.03]),
      row(0.125, ['哈萨克斯坦共和国阿克托别市多斯特克大街99号239室', 0.098, 0.03], ['中国上海市长江路205号227室', 0.5, 0.03]),
    ];
    expect(partiesOf(lines)).toEqual(['seller: 阿拉套电缆服务有限责任合伙企业 (Alatau Cable Service LLP)', 'buyer: 义乌恒通金属材料有限公司']);
  });

  test('and so does a label cell read «购货方 ;» before its value cell', () => {
    // 00168 (Chinese PNG): without it the buyer was taken from the address line above.
    const lines = [
      row(0.183, ['购货方 ;', 0.074, 0.03], ['乌鲁木齐华顺国际贸易有限公司', 0.3, 0.03]),
      row(0.204, ['地址 :', 0.074, 0.03], ['中国霍尔果斯市长江路231号597室', 0.3, 0.03]),
    ];
    expect(partiesOf(lines)).toEqual(['buyer: 乌鲁木齐华顺国际贸易有限公司']);
  });

  test('a semicolon after a word that names no role stays', () => {
    const lines = [row(0.11, ['Seller: Alatau Cable Service LLP', 0.082, 0.03]), row(0.125, ['Note; goods as per contract', 0.082, 0.03])];
    expect(partiesOf(lines)).toEqual(['seller: Alatau Cable Service LLP']);
  });
});
