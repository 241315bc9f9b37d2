import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { withRepeatedSpellings } from '../../../lambdas/domain/extraction/repeated-words';
import type { GoodsLine } from '../../../lambdas/domain/invoice-model';
import { scannedLayout, type Run } from './layout';

const rows = (runs: Run[], confidences?: Record<string, number>) => extractInvoice(scannedLayout(runs, confidences)).lines.map((l) => [l.description, l.quantity, l.unitPrice, l.amount]);

/** Goods table rows of kk/ru scans recorded on the seed-11 test set (00261, 00357). */
describe('kk/ru scanned goods rows', () => {
  // 00261: a code column left of the description, numbers with a decimal comma and a space between thousands.
  const header: Run[] = [['№', 0.067, 0.1], ['Код ТН ВЭД', 0.099, 0.1], ['Наименование', 0.22, 0.1], ['Кол-во', 0.63, 0.1], ['Ед.', 0.7, 0.1], ['Цена, USD', 0.77, 0.1], ['Сумма, USD', 0.86, 0.1]];
  const row = (y: number, no: string, description: string, quantity: string, unit: string | undefined, price: string | undefined, amount: string): Run[] => [
    [no, 0.067, y], ['5201009000', 0.099, y], [description, 0.22, y], [quantity, 0.64, y], ...(unit ? [[unit, 0.7, y] as Run] : []), ...(price ? [[price, 0.79, y] as Run] : []), [amount, 0.86, y],
  ];

  test('a price read without its leading digit does not make the whole amount a misreading: the price is amount ÷ quantity', () => {
    // «1 969,93» read «969,93» (a rule took the «1»): 251 × 969,93 = 243 452,43 ends in the amount's last digits,
    // but the amount was read whole, and 494 452,43 ÷ 251 = 1 969,93 ends in the price's.
    const lines = rows([
      ...header,
      ...row(0.13, '6', 'Мақта талшығы type 4, арт. 70008', '39,963', 'т', '1820,00', '72 732,66'),
      ...row(0.15, '7', 'Мақта талшығы type 4, арт. 96275', '251', 'т', '969,93', '494 452,43'),
    ]);
    expect(lines).toEqual([
      ['Мақта талшығы type 4, арт. 70008', 39.963, 1820, 72732.66],
      ['Мақта талшығы type 4, арт. 96275', 251, 1969.93, 494452.43],
    ]);
  });

  test('in a document of decimal commas, a quantity «126,352» whose price OCR lost is 126.352, not 126 352 at a price of 1.50', () => {
    const lines = rows([
      ...header,
      ...row(0.13, '25', 'Ферросилиций FeSi65, арт. 96862', '32,6', undefined, '1518,00', '49 486,80'),
      ...row(0.15, '26', 'Ферросилиций FeSi65, арт. 42530', '126,352', 'Т', undefined, '189 528,00'),
      ...row(0.17, '28', 'Мақта талшығы type 5, арт. 24483', '269,4 Т', undefined, '1 675,00', '451 245,00'),
    ]);
    expect(lines[1]).toEqual(['Ферросилиций FeSi65, арт. 42530', 126.352, 1500, 189528]);
  });

  test('a document printing its amounts with a decimal point keeps «1,500» a thousand and five hundred', () => {
    const lines = rows([
      ...header,
      ...row(0.13, '1', 'Steel pipe, art. 96862', '32.6', undefined, '1518.00', '49,486.80'),
      ...row(0.15, '2', 'Steel pipe, art. 42530', '1,500', 'm', undefined, '2,250.00'),
      ...row(0.17, '3', 'Steel pipe, art. 24483', '269.4', 'm', '1,675.00', '451,245.00'),
    ]);
    expect(lines[1]).toEqual(['Steel pipe, art. 42530', 1500, 1.5, 2250]);
  });

  test('a row number read as two doubtful words left of the description column goes («ГЕ қ» for 9)', () => {
    // 00357: «9» read as «ГЕ» (59%) and «қ» (48%), run into the description's item.
    const header357: Run[] = [['№', 0.087, 0.1], ['Наименование товара', 0.134, 0.1], ['ТН ВЭД ЕАЭС', 0.43, 0.1], ['Количество', 0.55, 0.1], ['Ед', 0.64, 0.1], ['Цена за ед., USD', 0.71, 0.1], ['Стоимость, USD', 0.82, 0.1]];
    const lines = rows(
      [
        ...header357,
        ['8', 0.088, 0.13], ['Бидай ұны T-405, арт. 31007', 0.14, 0.13], ['1101.00', 0.43, 0.13], ['70,6 т', 0.6, 0.13], ['323,00', 0.77, 0.13], ['22803,80', 0.85, 0.13],
        ['ГЕ қ Бидай ұны T-405, арт. 18267', 0.081, 0.15, 0.24], ['1101.00', 0.43, 0.15], ['298,4 т.', 0.59, 0.15], ['278,00', 0.77, 0.15], ['82955,20', 0.857, 0.15],
      ],
      { ГЕ: 0.59, қ: 0.48 },
    );
    expect(lines).toEqual([
      ['Бидай ұны T-405, арт. 31007', 70.6, 323, 22803.8],
      ['Бидай ұны T-405, арт. 18267', 298.4, 278, 82955.2],
    ]);
  });
});

describe('kk goods-table header read by OCR', () => {
  test('«СЭҚ ТН коды» with its «Қ» read as «К» and its spaces lost («СЭКТНкоды») still names the code column', () => {
    // 00247: the header's code, unit and quantity labels in one item, its price label lost.
    const lines = extractInvoice(
      scannedLayout(
        [
          ['№ Атауы', 0.067, 0.409, 0.07], ['БАЗ СЭКТНкоды nu. Саны', 0.487, 0.409, 0.236], ['RUB Сомасы, RUB', 0.81, 0.409, 0.13],
          ['2', 0.068, 0.454], ['Металлургиялық глинозем, арт. 32676', 0.095, 0.454, 0.248], ['2818200000', 0.49, 0.454], ['т', 0.611, 0.454], ['851', 0.722, 0.454], ['39266,12', 0.769, 0.454], ['33 415 468,12', 0.847, 0.454],
        ],
        { БАЗ: 0.39, СЭКТНкоды: 0.41 },
      ),
    ).lines;
    expect(lines.map((l) => [l.description, l.hsCode, l.quantity, l.unitPrice, l.amount])).toEqual([['Металлургиялық глинозем, арт. 32676', '2818200000', 851, 39266.12, 33415468.12]]);
  });
});

describe('withRepeatedSpellings: junk for a letter', () => {
  const linesOf = (...descriptions: string[]): GoodsLine[] => descriptions.map((description, i) => ({ description, evidence: { page: 1, box: [0, i / 50, 1, (i + 1) / 50], text: description } }));
  const cotton = (n: number, type: string) => `Мақта талшығы ${type} ${4 + (n % 2)}, арт. ${60000 + n}`;

  test('a word read with junk for a letter and look-alikes for the rest («?уре» for type) takes the spelling of more rows', () => {
    // 00261: «type» on 22 rows, «?уре» (Cyrillic у р е after a «?») on 8: not four times as many, but no word is
    // printed with a «?» in it.
    const lines = linesOf(...[1, 2, 3, 4, 5].map((n) => cotton(n, 'type')), cotton(6, '?уре'), cotton(7, '?уре'));
    const warnings = withRepeatedSpellings(lines, new Set([1]));
    expect(lines.map((l) => l.description)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => cotton(n, 'type')));
    expect(warnings).toHaveLength(2);
  });

  test('a word with junk in it keeps its reading when its spelling is on no more rows, or differs by a letter as well', () => {
    const lines = linesOf(...[1, 2].map((n) => cotton(n, 'type')), cotton(3, '?уре'), cotton(4, '?уре'), ...[5, 6, 7].map((n) => cotton(n, 'tape')), cotton(8, '?ура'));
    withRepeatedSpellings(lines, new Set([1]));
    expect(lines[2].description).toBe(cotton(3, '?уре'));
    expect(lines[7].description).toBe(cotton(8, '?ура'));
  });
});
