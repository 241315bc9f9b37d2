import type { ReadDocument } from '../../../lambdas/domain/document-model';
import { unionBox } from '../../../lambdas/domain/document-model';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { reconcileAmounts, amountReadings } from '../../../lambdas/domain/extraction/parse-values';
import { scannedLayout, type Run } from './layout';

const goods = (document: ReadDocument) => extractInvoice(document).lines.map((l) => [l.description, l.hsCode, l.quantity, l.unitPrice, l.amount]);

/** Pages of OCR'd runs, numbered in order. */
const pages = (...runs: Run[][]): ReadDocument => ({ mediaType: 'application/pdf', pages: runs.map((r, i) => ({ ...scannedLayout(r).pages[0], page: i + 1 })) });

/** The header of 00214 (seed 11): «№» read «Ne», the code left of the description. */
const header214: Run[] = [['Ne', 0.075, 0.48, 0.023], ['Код ТН ВЭД', 0.109, 0.48, 0.093], ['Наименование товара', 0.214, 0.48, 0.174], ['Кол-во', 0.597, 0.48, 0.058], ['Ед.', 0.664, 0.48, 0.029], ['Цена за ед., CNY', 0.704, 0.48, 0.111], ['Сумма, CNY', 0.825, 0.48, 0.09]];

/** Long Russian scans of the seed-11 test set (00105, 00214): tables of 33 and 43 rows over two and three pages. */
describe('long scanned tables', () => {
  test('a repeated header whose price and amount labels OCR garbled continues the table under the columns of the page before', () => {
    // Recorded on 00105, page 2: «Цена, USD Стоимость, USD» read «wera, 050 Game usD»; that header names no number column.
    const document = pages(
      [
        ['№', 0.08, 0.43, 0.015], ['Наименование товара', 0.113, 0.43, 0.154], ['Код ТН ВЭД ЕАЭС', 0.548, 0.43, 0.099], ['Ед.', 0.663, 0.43, 0.021], ['Кол-во', 0.701, 0.43, 0.04], ['Цена, USD', 0.755, 0.43, 0.061], ['Стоимость, USD', 0.828, 0.43, 0.09],
        ['1', 0.082, 0.45], ['Посуда лабораторная стеклянная 500 ml, арт. 70733', 0.113, 0.45], ['7017900000', 0.55, 0.45], ['шт.', 0.663, 0.45], ['696', 0.72, 0.45], ['11,56', 0.78, 0.45], ['8 045,76', 0.87, 0.45],
      ],
      [
        ['Продолжение счёта-фактуры № 057/24', 0.075, 0.054],
        ['№', 0.08, 0.07, 0.014], ['Наименование товара', 0.113, 0.07, 0.153], ['Код ТН ВЭД ЕАЭС', 0.548, 0.07, 0.099], ['wera, 050 Game usD', 0.754, 0.07, 0.163],
        ['22', 0.08, 0.12], ['Посуда лабораторная стеклянная 1000 ml, арт. 24667', 0.113, 0.12], ['7017900000', 0.55, 0.12], ['шт.', 0.663, 0.12], ['487', 0.72, 0.12], ['2,39', 0.79, 0.12], ['1163,93', 0.87, 0.12],
        ['Итого', 0.113, 0.15], ['9 209,69', 0.85, 0.15],
      ],
    );
    expect(goods(document)).toEqual([
      ['Посуда лабораторная стеклянная 500 ml, арт. 70733', '7017900000', 696, 11.56, 8045.76],
      ['Посуда лабораторная стеклянная 1000 ml, арт. 24667', '7017900000', 487, 2.39, 1163.93],
    ]);
  });

  test('a row number, a code and a description OCR read as one run give the code to the row and the number to no one', () => {
    // Recorded on 00214: the run starts left of the code's column and lies mostly over the description's.
    const document = pages([
      ...header214,
      ['1', 0.082, 0.5], ['8413702100', 0.11, 0.5], ['Насос центробежный 11 kW, арт. 75853', 0.22, 0.5], ['18 шт.', 0.64, 0.5], ['83097,48', 0.75, 0.5], ['1495754,64', 0.84, 0.5],
      ['15 7403110000 Катоды медные рафинированные Cu 99.99%, арт. 66698', 0.08, 0.53, 0.5], ['246,9 тн', 0.62, 0.53], ['68106.00', 0.75, 0.53], ['16815371.40', 0.84, 0.53],
      // A bracket before the code, a full stop after it, a stroke of the rule after the number.
      ['9 (8413702100 Насос центробежный 11 kW, арт. 32024', 0.08, 0.56, 0.43], ['6 шт.', 0.64, 0.56], ['58025,25', 0.75, 0.56], ['348151,50', 0.85, 0.56],
      ['116 7403110000. Катоды медные рафинированные M00k, арт. 90410', 0.08, 0.59, 0.5], ['47,65 тн', 0.62, 0.59], ['65776,00', 0.75, 0.59], ['3134226,40', 0.84, 0.59],
      ['20° 8413702100 Насос центробежный 11 kW, арт. 40495', 0.07, 0.62, 0.43], ['2 шт.', 0.64, 0.62], ['39263,93', 0.75, 0.62], ['78527,86', 0.84, 0.62],
      // A rule read as «1» before the code: the other rows' codes have ten digits.
      ['25 17403110000 Катоды медные рафинированные M00k, арт. 43551', 0.08, 0.65, 0.5], ['41,7 ТН', 0.62, 0.65], ['61650,00', 0.75, 0.65], ['2570805,00', 0.84, 0.65],
    ]);
    expect(goods(document)).toEqual([
      ['Насос центробежный 11 kW, арт. 75853', '8413702100', 18, 83097.48, 1495754.64],
      ['Катоды медные рафинированные Cu 99.99%, арт. 66698', '7403110000', 246.9, 68106, 16815371.4],
      ['Насос центробежный 11 kW, арт. 32024', '8413702100', 6, 58025.25, 348151.5],
      ['Катоды медные рафинированные M00k, арт. 90410', '7403110000', 47.65, 65776, 3134226.4],
      ['Насос центробежный 11 kW, арт. 40495', '8413702100', 2, 39263.93, 78527.86],
      ['Катоды медные рафинированные M00k, арт. 43551', '7403110000', 41.7, 61650, 2570805],
    ]);
  });

  test('a speck without a digit in the quantity cell leaves the quantity to the number under the unit', () => {
    // Recorded on 00214, row 11: «ТЕ» under «Кол-во», «2 шт.» under «Ед.», the price lost.
    const document = pages([
      ...header214,
      ['11', 0.083, 0.5], ['8413702100', 0.12, 0.5], ['Насос центробежный 11 kW, арт. 21982', 0.22, 0.5], ['ТЕ', 0.61, 0.5], ['2 шт.', 0.65, 0.5], ['156492, 26', 0.85, 0.5],
    ]);
    expect(goods(document)).toEqual([['Насос центробежный 11 kW, арт. 21982', '8413702100', 2, 78246.13, 156492.26]]);
  });

  test('with no quantity read, a whole quantity at a price that lost its decimal comma comes before a fraction at the price as read', () => {
    // Recorded on 00214, row 20: 39 263,93 read «3926393», the quantity «2 шт.» read «аш».
    expect(reconcileAmounts({ quantity: [], unitPrice: amountReadings('3926393'), amount: amountReadings('78527,86') }, true)).toEqual({ quantity: 2, unitPrice: 39263.93, amount: 78527.86 });
    // A quantity read keeps its own price derivation (00264: 2218 × «7:91» = 16 124,86 gives the price, not 2038.54).
    expect(reconcileAmounts({ quantity: [2218], unitPrice: amountReadings('7:91'), amount: amountReadings('16 124,86') }, true)).toEqual({ quantity: 2218, unitPrice: 7.27, amount: 16124.86 });
  });

  test('a quantity read with a stray leading digit is amount ÷ price when its digits stand inside the reading', () => {
    // Recorded on 00137 (seed 23): «71,759.528 t | 2,830.00 | 4,979,464.24». The amount's last five digits agree with
    // 71 759,528 × 2 830 too, so the amount as read must win before its legible digits are weighed.
    expect(reconcileAmounts({ quantity: amountReadings('71,759.528'), unitPrice: amountReadings('2,830.00'), amount: amountReadings('4,979,464.24'), printedAmount: '4,979,464.24' }, true)).toEqual({ quantity: 1759.528, unitPrice: 2830, amount: 4979464.24 });
    // A quantity whose digits do not hold amount ÷ price keeps the older repairs: here the amount lost its leading digit.
    expect(reconcileAmounts({ quantity: [12], unitPrice: [100.93], amount: amountReadings('211,16'), printedAmount: '211,16' }, true)).toEqual({ quantity: 12, unitPrice: 100.93, amount: 1211.16 });
  });

  test('a quantity that lost a digit, a price read in one wrong digit or with its separators garbled: the arithmetic tells', () => {
    // Recorded on dev 00007 (a Chinese table, its rules taken off before OCR), cells as read: the quantity «业197» (1 197,
    // its 1 read as a Han character), the amount in two items «14 | ,747.04». The first amount reading is 747.04, and
    // 747.04 ÷ 12.32 would make 60.636 pieces; 14 747.04 ÷ 12.32 = 1 197 holds the digits read.
    expect(reconcileAmounts({ quantity: amountReadings('197'), unitPrice: amountReadings('12.32'), amount: [747.04, ...amountReadings('14 ,747.04')] }, true)).toEqual({ quantity: 1197, unitPrice: 12.32, amount: 14747.04 });
    // «3,639 | 3.15 | 18&， | 740.85»: 5.15 read 3.15. With 3 639 pieces only the true price lands on 18 740.85 to the cent.
    expect(reconcileAmounts({ quantity: [3639], unitPrice: [3.15], amount: [740.85, 18740.85] }, true)).toEqual({ quantity: 3639, unitPrice: 5.15, amount: 18740.85 });
    // A small quantity fits too many prices: 3 × 23 958.84 = 71 876.52 as read, but the amount's legible digits say
    // 77 876.52 = 3 × 25 958.84 (seed 41's 00130), and they are weighed first.
    expect(reconcileAmounts({ quantity: [3], unitPrice: [25958.84], amount: [71876.52], printedAmount: '71,876.52' }, true)).toEqual({ quantity: 3, unitPrice: 25958.84, amount: 77876.52 });
    // «17 | 1.318,.59 | 22， 416.03»: the price has no reading of its own, its digits are 22 416.03 ÷ 17 to the cent.
    expect(reconcileAmounts({ quantity: [17], unitPrice: amountReadings('1.318,.59'), amount: [416.03, 22416.03], printedPrice: '1.318,.59', printedAmount: '22， 416.03' }, true)).toEqual({ quantity: 17, unitPrice: 1318.59, amount: 22416.03 });
  });

  test('two rows OCR took for one text line, their cells one over the other, are two rows', () => {
    // Recorded on 00214, rows 12 and 13 of a skewed page: Tesseract put both in one line, row 13's number, code and
    // description in one run under row 12's code and description, a rule's stroke «Е» beside row 12's number.
    const document = pages([
      ...header214,
      ['11', 0.083, 0.73], ['8413702100', 0.12, 0.73], ['Насос центробежный 11 kW, арт. 21982', 0.22, 0.73], ['2 шт.', 0.65, 0.73], ['78246,13', 0.75, 0.73], ['156492,26', 0.85, 0.73],
      ['Е 12', 0.075, 0.762, 0.023], ['7403110000', 0.116, 0.76, 0.085], ['Катоды медные рафинированные grade A, арт. 33064', 0.217, 0.762, 0.369], ['65,7 тн', 0.626, 0.761], ['67032,00', 0.752, 0.761], ['4404002,40', 0.84, 0.761],
      ['13 7403110000 Катоды медные рафинированные grade A, арт. 20254', 0.083, 0.782, 0.504], ['131,79 тн', 0.609, 0.784], ['60725,00', 0.752, 0.781], ['8002947,75', 0.841, 0.782],
    ]);
    // One line of the page holds the runs from y 0.76 to 0.784, as OCR reported them.
    const page = document.pages[0];
    const stacked = page.lines.filter((l) => l.box[1] >= 0.755);
    const items = stacked.flatMap((l) => l.items).sort((a, b) => a.box[0] - b.box[0]);
    // «Е» a tall stroke read doubtfully, «12» confidently.
    items[0].words = [{ text: 'Е', confidence: 0.65, box: [0.075, 0.757, 0.082, 0.803] }, { text: '12', confidence: 0.95, box: [0.083, 0.762, 0.098, 0.77] }];
    page.lines = [...page.lines.filter((l) => !stacked.includes(l)), { text: items.map((i) => i.text).join(' '), box: unionBox(items.map((i) => i.box)), items }];
    expect(goods(document)).toEqual([
      ['Насос центробежный 11 kW, арт. 21982', '8413702100', 2, 78246.13, 156492.26],
      ['Катоды медные рафинированные grade A, арт. 33064', '7403110000', 65.7, 67032, 4404002.4],
      ['Катоды медные рафинированные grade A, арт. 20254', '7403110000', 131.79, 60725, 8002947.75],
    ]);
  });

  test('specks beside a row\'s cells, one over the other, do not cut its line', () => {
    // Recorded on 00383 (seed 11): «SS)» and «ы.» over the row number (there beside it).
    const document = pages([
      ['№', 0.07, 0.34], ['Description', 0.11, 0.34], ['HS code', 0.57, 0.34], ['Qty', 0.65, 0.34], ['Unit price', 0.77, 0.34], ['Amount', 0.85, 0.34],
      ['3', 0.07, 0.415], ['Refined copper cathodes grade A, ref. 18402', 0.11, 0.415], ['7403.11', 0.57, 0.415], ['106.516 MT', 0.65, 0.415], ['8,490.00', 0.77, 0.415], ['904,320.84', 0.85, 0.415],
    ]);
    const line = document.pages[0].lines[1];
    line.items.push({ text: 'SS)', box: [0.062, 0.408, 0.08, 0.413], confidence: 0.4 }, { text: 'ы.', box: [0.088, 0.408, 0.1, 0.413], confidence: 0.3 });
    line.items.sort((a, b) => a.box[0] - b.box[0]);
    expect(goods(document)).toEqual([['Refined copper cathodes grade A, ref. 18402', '740311', 106.516, 8490, 904320.84]]);
  });
});
