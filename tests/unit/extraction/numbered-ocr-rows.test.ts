import type { GoodsLine } from '../../../lambdas/domain/invoice-model';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { withRepeatedDescriptions } from '../../../lambdas/domain/extraction/repeated-words';
import { scannedLayout, type Run } from './layout';

const rows = (runs: Run[]) => extractInvoice(scannedLayout(runs)).lines.map((l) => [l.description, l.hsCode, l.quantity, l.amount]);

/** A values row as OCR read it: the row number run into the description's cell, then code, unit, quantity, price, amount. */
const row = (y: number, description: string, code: string, unit: string, quantity: string, price: string, amount: string): Run[] => [
  [description, 0.076, y, 0.42],
  [code, 0.51, y],
  [unit, 0.62, y],
  [quantity, 0.67, y],
  [price, 0.78, y],
  [amount, 0.86, y],
];

/** Recorded on fresh scans (seed 13): 00323, a long ru table whose header OCR lost; 00017, a one-column ru table. */
describe('numbered OCR rows', () => {
  test('a table whose header was lost loses the row numbers OCR read into its descriptions, and numbers made letters', () => {
    // No «№» column tells the number from the text: «16 !», «[29», «137» (a rule read as 1 before 37), «40 41» (two
    // rows run together), and «іп '» and «ЕТЕ», numbers read as letters, before a word that starts other rows.
    const lines = rows([
      ...row(0.1, "іп ' Мука пшеничная T-405, арт. 33217", '1101 00 1500', 'тн', '156.99', '303.00', '47,567.97'),
      ...row(0.125, '16 ! Мука пшеничная T-550, арт. 22317', '1101 001500', 'тн', '25.45', '304.00', '7,736.80'),
      ...row(0.15, '124 Коммутатор сетевой управляемый 8x10G SFP+, арт. 42134', '8517 62 000 9', 'шт.', '16', '240.58', '3,849.28'),
      ...row(0.175, '[29 Мука пшеничная T-550, арт. 36636', '1101 00 1500', 'тн', '116.3', '238.00', '27,679.40'),
      ...row(0.2, 'ЕТЕ Мука пшеничная T-550, арт. 16119', '1101 00 1500', 'тн', '28', '245.50', '6,874.00'),
      ...row(0.225, '137 Мука пшеничная T-550, арт. 61726', '1101 00 1500', 'тн', '178', '296.89', '52,846.42'),
      ...row(0.25, '40 41 Мука пшеничная T-550, арт. 89028', '1101 00 1500', 'тн', '609', '235.19', '143,230.71'),
    ]);
    expect(lines).toEqual([
      ['Мука пшеничная T-405, арт. 33217', '1101001500', 156.99, 47567.97],
      ['Мука пшеничная T-550, арт. 22317', '1101001500', 25.45, 7736.8],
      ['Коммутатор сетевой управляемый 8x10G SFP+, арт. 42134', '8517620009', 16, 3849.28],
      ['Мука пшеничная T-550, арт. 36636', '1101001500', 116.3, 27679.4],
      ['Мука пшеничная T-550, арт. 16119', '1101001500', 28, 6874],
      ['Мука пшеничная T-550, арт. 61726', '1101001500', 178, 52846.42],
      ['Мука пшеничная T-550, арт. 89028', '1101001500', 609, 143230.71],
    ]);
  });

  test('numbers the descriptions share, or that do not rise from row to row, are the goods\' own', () => {
    const shared = rows([
      ...row(0.1, '100 Ом резистор SMD 0805, арт. 11001', '8533 21 0000', 'шт.', '1000', '0.02', '20.00'),
      ...row(0.125, '100 Ом резистор SMD 1206, арт. 11002', '8533 21 0000', 'шт.', '2000', '0.03', '60.00'),
      ...row(0.15, '100 Ом резистор SMD 0603, арт. 11003', '8533 21 0000', 'шт.', '500', '0.02', '10.00'),
      ...row(0.175, 'Кабель силовой 3x2.5, арт. 11004', '8544 49 9300', 'м', '100', '1.50', '150.00'),
    ]).map(([description]) => description);
    expect(shared).toEqual(['100 Ом резистор SMD 0805, арт. 11001', '100 Ом резистор SMD 1206, арт. 11002', '100 Ом резистор SMD 0603, арт. 11003', 'Кабель силовой 3x2.5, арт. 11004']);
    const falling = rows([
      ...row(0.1, '40 Вт лампа светодиодная E27, арт. 21001', '8539 52 0009', 'шт.', '10', '2.00', '20.00'),
      ...row(0.125, '12 В блок питания, арт. 21002', '8504 40 3009', 'шт.', '5', '4.00', '20.00'),
      ...row(0.15, '5 В зарядное устройство USB, арт. 21003', '8504 40 5500', 'шт.', '8', '2.50', '20.00'),
    ]).map(([description]) => description);
    expect(falling).toEqual(['40 Вт лампа светодиодная E27, арт. 21001', '12 В блок питания, арт. 21002', '5 В зарядное устройство USB, арт. 21003']);
  });

  test('a dotted code with one of its dots read as a comma is the code', () => {
    const header: Run[] = [['№', 0.08, 0.1], ['Наименование', 0.11, 0.1], ['ТН ВЭД ЕАЭС', 0.38, 0.1], ['Страна происх.', 0.49, 0.1], ['Количество', 0.6, 0.1], ['Ед.', 0.69, 0.1], ['Цена, RUB', 0.73, 0.1], ['Стоимость, RUB', 0.82, 0.1]];
    const lines = rows([
      ...header,
      ['13', 0.081, 0.12], ['Приёмник навигационный GNSS L1/L2, арт. 16824', 0.11, 0.12, 0.26], ['8526,91.0000', 0.38, 0.12], ['Китай', 0.49, 0.12], ['3', 0.67, 0.12], ['шт.', 0.69, 0.12], ['122,282.96', 0.73, 0.12], ['366,848.88', 0.84, 0.12],
      ['14', 0.081, 0.14], ['Приёмник навигационный GNSS L1/L2, арт. 38660', 0.11, 0.14, 0.26], ['8526.91,0000', 0.38, 0.14], ['Китай', 0.49, 0.14], ['3', 0.67, 0.14], ['шт.', 0.69, 0.14], ['50,742.07', 0.73, 0.14], ['152,226.21', 0.84, 0.14],
    ]);
    expect(lines).toEqual([
      ['Приёмник навигационный GNSS L1/L2, арт. 16824', '8526910000', 3, 366848.88],
      ['Приёмник навигационный GNSS L1/L2, арт. 38660', '8526910000', 3, 152226.21],
    ]);
  });

  test('an L beside a digit read as 1 («11/15» for L1/L5) takes the description the document prints on more rows', () => {
    const receiver = (band: string, article: number) => `Приёмник навигационный GNSS ${band} RTK, арт. ${article}`;
    const lines: GoodsLine[] = [receiver('L1/L5', 64351), receiver('L1/L5', 49428), receiver('L1/L5', 38958), receiver('11/15', 98484)].map((description, i) => ({
      description,
      evidence: { page: 1, box: [0, i / 50, 1, (i + 1) / 50], text: description },
    }));
    withRepeatedDescriptions(lines, new Set([1]));
    expect(lines[3].description).toBe(receiver('L1/L5', 98484));
    // Digits stay digits: a «2 ch» is no «L ch», and «11/12» is not taken for «L1/L5».
    const other: GoodsLine[] = [receiver('L1/L5', 64351), receiver('L1/L5', 49428), receiver('11/12', 98484)].map((description, i) => ({
      description,
      evidence: { page: 1, box: [0, i / 50, 1, (i + 1) / 50], text: description },
    }));
    withRepeatedDescriptions(other, new Set([1]));
    expect(other[2].description).toBe(receiver('11/12', 98484));
  });

  test('a header cell whose label OCR garbled at the start («No. Desiiiption of goods») still names the description column', () => {
    // Recorded on seed 61's 00207 (a banded first reading): «No.» names the row number, «Desiiiption» names nothing,
    // «goods» names the description. The garbled word belongs to the description's label, not to the row number's cell.
    const tapered = (y: number, no: string, code: string, quantity: string, price: string, amount: string): Run[] => [
      [no, 0.0683, y, 0.0055],
      [`Tapered roller bearing ${code}`, 0.101, y, 0.1735],
      ['8482 20 0009', 0.5756, y, 0.0864],
      [quantity, 0.7164, y, 0.014],
      ['units', 0.7437, y, 0.0284],
      [price, 0.8138, y, 0.032],
      [amount, 0.8924, y, 0.0411],
    ];
    const lines = rows([
      ['No. Desiiiption of goods', 0.0677, 0.3788, 0.1741], ['HS code', 0.5756, 0.3788, 0.0538], ['Quantity', 0.679, 0.3788, 0.0514],
      ['Unit', 0.7437, 0.3788, 0.0272], ['Rate,EUR', 0.7884, 0.3788, 0.0562], ['Amount, EUR', 0.8585, 0.3788, 0.075],
      ...tapered(0.401, '1', '30207', '76', '12.48', '948.48'),
      ...tapered(0.4241, '2', '33116', '54', '16.77', '905.58'),
    ]);
    expect(lines).toEqual([
      ['Tapered roller bearing 30207', '8482200009', 76, 948.48],
      ['Tapered roller bearing 33116', '8482200009', 54, 905.58],
    ]);
  });
});
