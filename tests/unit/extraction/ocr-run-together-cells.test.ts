import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { scannedLayout, scannedPages, type Run } from './layout';

const rows = (pages: Run[][]) => extractInvoice(scannedPages(pages)).lines.map((l) => [l.description, l.hsCode, l.quantity, l.amount]);

/**
 * Cells OCR ran together across a column rule, recorded on Chinese scans of seed 11 (00376: a country of origin read
 * into the description; 00366: the header's shaded band lost, row numbers read into the description, the numbers
 * of a row read as one phrase, and the continuation page's header lost).
 */
describe('table cells OCR ran together', () => {
  // 00376, page 1: «No. | HS 编码 | 原产国 | 品名 | 数量 | 单位 | 单价 | 金额».
  const originHeader: Run[] = [
    ['No.', 0.08, 0.478, 0.02], ['HS 编码 /HS code', 0.116, 0.478, 0.082], ['原产国 / Origin', 0.218, 0.478, 0.083], ['品名 / Description of goods', 0.336, 0.478, 0.163],
    ['数量 /Qty', 0.556, 0.478, 0.05], ['单位 /UoM', 0.62, 0.478, 0.056], ['单价 / Price (USD)', 0.69, 0.478, 0.085], ['金额 (USD) /Amount USD', 0.791, 0.478, 0.126],
  ];

  test('a country of origin OCR ran into the description is the origin\'s cell («哈萨克斯坦共和国截止阀 …»)', () => {
    const lines = rows([[
      ...originHeader,
      ['1', 0.08, 0.5, 0.006], ['8481.80', 0.114, 0.5, 0.047], ['中国', 0.213, 0.5, 0.025], ['截止阀 DN50 PN16, 货号85729', 0.336, 0.5, 0.186], ['356件', 0.586, 0.5, 0.046], ['295.55', 0.739, 0.5, 0.039], ['105,215.80', 0.855, 0.5, 0.065],
      ['2', 0.08, 0.52, 0.006], ['8481.80', 0.114, 0.52, 0.047], ['哈萨克斯坦共和国 截止阀 DN100 PN25, 货号79497', 0.213, 0.52, 0.44], ['13件', 0.59, 0.52, 0.03], ['212.42', 0.74, 0.52, 0.039], ['2,761.46', 0.87, 0.52, 0.05],
    ]]);
    expect(lines).toEqual([
      ['截止阀 DN50 PN16, 货号85729', '848180', 356, 105215.8],
      ['截止阀 DN100 PN25, 货号79497', '848180', 13, 2761.46],
    ]);
  });

  test('a description running on past its header into the origin column right of it keeps its words', () => {
    const originAfter: Run[] = [['品名', 0.1, 0.3, 0.05], ['原产国', 0.4, 0.3, 0.05], ['数量', 0.56, 0.3], ['单价', 0.69, 0.3], ['金额', 0.8, 0.3]];
    const lines = rows([[...originAfter, ['截止阀 DN100 PN25, 货号79497 Shut-off valve', 0.1, 0.32, 0.36], ['13', 0.56, 0.32], ['212.42', 0.69, 0.32], ['2,761.46', 0.8, 0.32]]]);
    expect(lines).toEqual([['截止阀 DN100 PN25, 货号79497 Shut-off valve', undefined, 13, 2761.46]]);
  });

  // 00366, page 1: the header band read as «名 | 3 | TS | 4 | 单位».
  const lostHeader: Run[] = [['名', 0.144, 0.359, 0.008], ['3', 0.491, 0.359, 0.01], ['TS', 0.593, 0.359, 0.052], ['4', 0.67, 0.359, 0.014], ['单位', 0.707, 0.359, 0.022]];
  const firstRow: Run[] = [['1', 0.074, 0.385, 0.011], ['深沟球轴承6204-ZZ, 货号81152', 0.119, 0.385, 0.187], ['848210', 0.638, 0.385, 0.044], ['个', 0.707, 0.385, 0.016], ['5,681 22.75 129,242.75', 0.749, 0.385, 0.178]];

  test('a row whose numbers OCR read as one phrase gives the columns of a table whose header OCR lost', () => {
    expect(rows([[...lostHeader, ...firstRow]])).toEqual([['深沟球轴承6204-ZZ, 货号81152', '848210', 5681, 129242.75]]);
  });

  test('a row number OCR ran into the description with no space is the row number («10多层陶瓷电容器…»)', () => {
    const lines = rows([[
      ...lostHeader,
      ...firstRow,
      ['10 多层陶瓷电容器1206 22uF 16V, 货号80947', 0.083, 0.41, 0.293], ['853224', 0.639, 0.41, 0.044], ['台', 0.707, 0.41, 0.016], ['63016 0o19 11.973.04', 0.744, 0.41, 0.178],
      ['11 。 多层陶瓷电容器0805 10uF 25V, 货号83358', 0.083, 0.435, 0.293], ['853224', 0.639, 0.435, 0.044], ['台', 0.707, 0.435, 0.016], ['10,039 1.22 12,247.58', 0.744, 0.435, 0.178],
    ]]);
    // «0o19»: a price read with a letter O and no decimal point, still a number of the price's column.
    expect(lines.slice(1)).toEqual([
      ['多层陶瓷电容器1206 22uF 16V, 货号80947', '853224', 63016, 11973.04],
      ['多层陶瓷电容器0805 10uF 25V, 货号83358', '853224', 10039, 12247.58],
    ]);
  });

  test('a row number OCR ran into the description is the row number also under a misread «№» (00105, seed 11: «Ме»)', () => {
    const header: Run[] = [['Ме', 0.0804, 0.43, 0.0145], ['Наименование товара', 0.1131, 0.43, 0.1535], ['Код ТН ВЭД ЕАЭС', 0.5484, 0.43, 0.099], ['Ед,', 0.6626, 0.43, 0.021], ['Кол-во', 0.7013, 0.43, 0.04], ['Цена, USD', 0.7551, 0.43, 0.061], ['Стоимость, USD', 0.8283, 0.43, 0.09]];
    const values = (y: number, qty: string, price: string, amount: string): Run[] => [['7017900000', 0.55, y, 0.07], ['шт.', 0.66, y, 0.02], [qty, 0.72, y, 0.02], [price, 0.79, y, 0.03], [amount, 0.87, y, 0.05]];
    const lines = rows([[
      ...header,
      ['27', 0.08, 0.45, 0.012], ['Посуда лабораторная стеклянная 1000 ml, арт. 36550', 0.11, 0.45, 0.34], ...values(0.45, '166', '9,10', '1510,60'),
      ['28 Посуда лабораторная стеклянная 500 ml, арт. 17040', 0.0768, 0.47, 0.3736], ...values(0.47, '483', '10,50', '5 071,50'),
      ['36 ! Посуда лабораторная стеклянная 500 ml, арт. 31077', 0.0768, 0.49, 0.3736], ...values(0.49, '1211', '9,57', '11589,27'),
    ]]);
    expect(lines.map((l) => l[0])).toEqual(['Посуда лабораторная стеклянная 1000 ml, арт. 36550', 'Посуда лабораторная стеклянная 500 ml, арт. 17040', 'Посуда лабораторная стеклянная 500 ml, арт. 31077']);
  });

  test('of two numbers under the quantity of a header whose price label OCR lost, the right one is the price (00099, seed 11)', () => {
    const header: Run[] = [['序号货物名称', 0.066, 0.33, 0.1], ['单位数量', 0.69, 0.33, 0.1], ['金额', 0.86, 0.33, 0.026]];
    const [line] = extractInvoice(scannedPages([[...header, ['1', 0.068, 0.357, 0.006], ['变频器45 KW', 0.1, 0.357, 0.07], ['8504.40.9100', 0.6, 0.357, 0.07], ['个', 0.7, 0.357, 0.012], ['56', 0.76, 0.357, 0.014], ['17064.18', 0.79, 0.357, 0.05], ['955594.08', 0.87, 0.357, 0.06]]])).lines;
    expect([line.description, line.hsCode, line.quantity, line.unitPrice, line.amount]).toEqual(['变频器45 KW', '8504409100', 56, 17064.18, 955594.08]);
  });

  test('a number at the start of a description under its own header stays in it', () => {
    const header: Run[] = [['序号', 0.05, 0.3, 0.03], ['货物名称', 0.1, 0.3, 0.2], ['数量', 0.6, 0.3], ['单价', 0.72, 0.3], ['总价', 0.85, 0.3]];
    const lines = rows([[...header, ['1', 0.05, 0.32, 0.01], ['12 寸显示器', 0.1, 0.32, 0.08], ['3', 0.6, 0.32], ['100.00', 0.72, 0.32], ['300.00', 0.85, 0.32]]]);
    expect(lines).toEqual([['12 寸显示器', undefined, 3, 300]]);
  });

  test('a continuation page whose header OCR lost continues the table the page before left open', () => {
    const pageOne: Run[] = [...lostHeader, ...firstRow, ['doc-audit 第1页 , 共2页', 0.078, 0.952, 0.85]];
    const pageTwo: Run[] = [
      ['发 TRD20233176 ( 续》', 0.073, 0.055, 0.139],
      ['24 深沟球轴承6306-2Z, 货号49363', 0.072, 0.096, 0.233], ['848210', 0.636, 0.096, 0.044], ['个', 0.7, 0.096, 0.016], ['1,076 38.80 41748.80', 0.747, 0.096, 0.171],
      ['30 多层陶瓷电容器0805 10uF 25V，货号34493', 0.073, 0.12, 0.3], ['853224', 0.636, 0.12, 0.044], ['台', 0.7, 0.12, 0.016], ['28,149', 0.74, 0.12, 0.04], ['0.36', 0.81, 0.12, 0.02], ['10133.64', 0.86, 0.12, 0.05],
      ['合计 : 4.967,.375.27 CNY', 0.075, 0.15, 0.163],
    ];
    expect(rows([pageOne, pageTwo]).slice(1)).toEqual([
      ['深沟球轴承6306-2Z, 货号49363', '848210', 1076, 41748.8],
      ['多层陶瓷电容器0805 10uF 25V，货号34493', '853224', 28149, 10133.64],
    ]);
  });

  test('a page of text after a table a totals row closed starts no table', () => {
    const pageOne: Run[] = [...lostHeader, ...firstRow, ['合计 : 129,242.75 CNY', 0.075, 0.41, 0.163]];
    const pageTwo: Run[] = [['附加条款 Terms', 0.073, 0.1, 0.3], ['1', 0.074, 0.12, 0.011], ['运费 Freight charges', 0.119, 0.12, 0.187], ['848210', 0.638, 0.12, 0.044], ['个', 0.707, 0.12, 0.016], ['2 10.00 20.00', 0.749, 0.12, 0.178]];
    expect(rows([pageOne, pageTwo])).toHaveLength(1);
  });
});

test('scannedLayout is scannedPages of one page', () => {
  expect(scannedLayout([['a', 0.1, 0.1]]).pages).toHaveLength(1);
});
