import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { scannedLayout, type Run } from './layout';

const rows = (document: ReturnType<typeof scannedLayout>) => extractInvoice(document).lines.map((l) => [l.description, l.hsCode, l.quantity, l.amount]);

/** Recorded on holdout scans (seed 13, 00373 and 00358). */
describe('OCR slivers and cells run into the description', () => {
  // A «Наименование» label far narrower than the text under it: a description stands mostly outside its header.
  const header: Run[] = [['№', 0.073, 0.3], ['Наименование', 0.106, 0.3, 0.048], ['Код ТН ВЭД', 0.445, 0.3, 0.061], ['Количество', 0.568, 0.3, 0.07], ['Цена, USD', 0.701, 0.3, 0.076], ['Стоимость, USD', 0.823, 0.3, 0.1]];

  test('a line OCR boxed with no height (a speck read «SS») neither ends the table nor joins a row', () => {
    const document = scannedLayout([
      ...header,
      ['31', 0.073, 0.32], ['Пшеница мягкая 3 класса, арт. 65240', 0.11, 0.32, 0.25], ['1001 99 000 0', 0.445, 0.32, 0.1], ['137,7 т', 0.61, 0.32], ['263,00', 0.77, 0.32], ['36 215,10', 0.86, 0.32],
      ['SS', 0.141, 0.334, 0.052],
      ['32', 0.073, 0.345], ['Пшеница мягкая 3 класса, арт. 37300', 0.11, 0.345, 0.25], ['1001 99 000 0', 0.445, 0.345, 0.1], ['935,06 т', 0.61, 0.345], ['250,00', 0.77, 0.345], ['233 765,00', 0.86, 0.345],
    ]);
    // The sliver as OCR boxed it: a line as tall as a hair, its speck read at 0.45.
    const sliver = document.pages[0].lines.find((l) => l.text === 'SS')!;
    sliver.box = [sliver.box[0], 0.3341, sliver.box[2], 0.3343];
    for (const item of sliver.items) [item.box, item.confidence, item.words] = [sliver.box, 0.45, undefined];
    expect(rows(document)).toEqual([
      ['Пшеница мягкая 3 класса, арт. 65240', '1001990000', 137.7, 36215.1],
      ['Пшеница мягкая 3 класса, арт. 37300', '1001990000', 935.06, 233765],
    ]);
  });

  test('a description OCR ran into the code after it, lying mostly under the code\'s label, starts under its own', () => {
    // «18» for row 8 (a rule read as «1»); the item spans the description and the code, mostly under the code's label.
    const document = scannedLayout([
      ...header,
      ['7', 0.073, 0.32], ['Посуда лабораторная стеклянная 1000 ml, арт. 59262', 0.11, 0.32, 0.3], ['7017 90 000 0', 0.445, 0.32, 0.1], ['2197 шт.', 0.61, 0.32], ['7,99', 0.78, 0.32], ['17 554,03', 0.86, 0.32],
      ['18', 0.069, 0.34], ['Пшеница мягкая 3 класса, арт. 12465 1001 99 000 0', 0.108, 0.34, 0.435], ['1701 т', 0.611, 0.34], ['220,54', 0.767, 0.34], ['375 138,54', 0.851, 0.34],
    ]);
    expect(rows(document)).toEqual([
      ['Посуда лабораторная стеклянная 1000 ml, арт. 59262', '7017900000', 2197, 17554.03],
      ['Пшеница мягкая 3 класса, арт. 12465', '1001990000', 1701, 375138.54],
    ]);
  });

  test('a row number OCR read as an item of its own before the description is no word of it, rows lost above or not', () => {
    // No header read (the columns come from the first values row); the first rows lost, so the numbers run ahead of
    // the rows read. The «0» of «20» read as a letter.
    const document = scannedLayout([
      ['三级软小麦 , 货号71935', 0.102, 0.46], ['100199', 0.63, 0.46], ['吨', 0.69, 0.46], ['1,022', 0.74, 0.46], ['1,875.53', 0.79, 0.46], ['1,916,791.66', 0.86, 0.46],
      ['4', 0.068, 0.49], ['网管交换机48x1G, 货号58367', 0.102, 0.49], ['851762', 0.63, 0.49], ['台', 0.69, 0.49], ['10', 0.76, 0.49], ['6,172.69', 0.79, 0.49], ['61,726.90', 0.88, 0.49],
      ['2o', 0.066, 0.52], ['三级软小麦货号97780', 0.11, 0.52], ['100199', 0.63, 0.52], ['吨', 0.69, 0.52], ['314', 0.76, 0.52], ['1,628.33', 0.79, 0.52], ['511,295.62', 0.87, 0.52],
    ]);
    expect(rows(document).map((r) => r[0])).toEqual(['三级软小麦 , 货号71935', '网管交换机48x1G, 货号58367', '三级软小麦货号97780']);
  });
});
