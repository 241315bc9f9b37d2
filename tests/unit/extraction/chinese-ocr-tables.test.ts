import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { amountsOnLine } from '../../../lambdas/domain/extraction/header-fields';
import { scannedLayout, type Run } from './layout';

const extract = (runs: Run[]) => extractInvoice(scannedLayout(runs));
const rows = (runs: Run[]) => extract(runs).lines.map((l) => [l.description, l.hsCode, l.quantity, l.amount]);

const header: Run[] = [['序号', 0.05, 0.3], ['货物名称', 0.12, 0.3], ['HS编码', 0.45, 0.3], ['数量', 0.6, 0.3], ['单价', 0.72, 0.3], ['总价', 0.85, 0.3]];
const row = (y: number, description: string, hs: string, qty: string, price: string, amount: string): Run[] => [
  [description, 0.12, y], [hs, 0.45, y], [qty, 0.6, y], [price, 0.72, y], [amount, 0.85, y],
];

/** Chinese goods tables as OCR reads them off fresh scans (seed 2026). */
describe('Chinese goods tables read by OCR', () => {
  test('header words OCR split are one label, the longest one: «商品» «编码» is the code, not the goods', () => {
    const split: Run[] = [['名称', 0.12, 0.3], ['商品 编码', 0.45, 0.3], ['数 量', 0.6, 0.3], ['单 价', 0.72, 0.3], ['总 价', 0.85, 0.3]];
    expect(rows([...split, ...row(0.32, '无缝钢管', '7304.19', '12', '100.00', '1200.00')])).toEqual([['无缝钢管', '730419', 12, 1200]]);
  });

  test('a row number read with a Chinese full stop or comma is no part of the description («4。无缝钢管»)', () => {
    const lines = rows([...header.slice(1), ...row(0.32, '1。无缝钢管', '7304.19', '12', '100.00', '1200.00'), ...row(0.34, '2，未锻轧锌', '7901.11', '5', '2000.00', '10000.00')]);
    expect(lines.map((l) => l[0])).toEqual(['无缝钢管', '未锻轧锌']);
  });

  test('a table rule read as 一 is not wrapped text, and a lone number under the table is not a row', () => {
    const lines = extract([
      ...header,
      ...row(0.32, '无缝钢管', '7304.19', '12', '100.00', '1200.00'),
      ['一 ;一 一 一', 0.12, 0.335],
      ...row(0.35, '未锻轧锌', '7901.11', '5', '2000.00', '10000.00'),
      ['11200.00 USD', 0.85, 0.37],
      ['增值税 : 0%', 0.12, 0.385],
    ]);
    expect(lines.lines.map((l) => [l.description, l.amount])).toEqual([['无缝钢管', 1200], ['未锻轧锌', 10000]]);
    // The unlabelled sum under the table is the total.
    expect(lines.invoice.total).toBe(11200);
  });

  test("a header's other printed line read into it as unnamed cells over the named ones does not cut the columns", () => {
    // Recorded on 00288 (seed 23): «# Description of goods | H.S. code | Quantity UoM» read as «和» (from the row
    // number to half the page), «Ms ende» over «商品编码» and «quanag ua men» over «数量»; page 1 lost all its rows.
    const merged: Run[] = [
      ['序号品名', 0.067, 0.41, 0.063], ['和', 0.067, 0.41, 0.409], ['Ms ende', 0.603, 0.41, 0.055], ['商品编码', 0.604, 0.41, 0.068],
      ['quanag ua men', 0.694, 0.41, 0.156], ['数量', 0.695, 0.41, 0.025], ['单位单价 WUsD) 金额', 0.758, 0.41, 0.132],
    ];
    const goods: Run[] = [['1', 0.068, 0.443], ['低密度聚乙烯10803-020, 货号15215', 0.1, 0.443, 0.3], ['3901101000', 0.6, 0.443], ['140吨', 0.72, 0.443], ['1,176.86', 0.8, 0.443], ['164,760.40', 0.87, 0.443]];
    expect(rows([...merged, ...goods])).toEqual([['低密度聚乙烯10803-020, 货号15215', '3901101000', 140, 164760.4]]);
  });

  test('row numbers run into Chinese descriptions go when three or more rise with their rows («10精炼铜阴极»)', () => {
    // Recorded on 00311 (seed 29): rows 10 to 17 read with their numbers glued on, the rows between without.
    const rowsAt = (labels: string[]) => labels.flatMap((label, i) => row(0.32 + i * 0.02, label, '7403.11', '10', '100.00', '1000.00'));
    // A row before them was lost, so none is the next ordinal as the table is read: the document-level rule cuts them.
    const numbered = rows([...header, ...rowsAt(['精炼铜阴极 M00k', '3精炼铜阴极', '4精炼铜阴极 grade A', '精炼铜阴极', '6精炼铜阴极'])]);
    expect(numbered.map((l) => l[0])).toEqual(['精炼铜阴极 M00k', '精炼铜阴极', '精炼铜阴极 grade A', '精炼铜阴极', '精炼铜阴极']);
    // Numbers that do not follow the rows are the descriptions' own.
    const own = rows([...header, ...rowsAt(['3级软小麦', '3级软小麦', '2级软小麦', '精炼铜阴极'])]);
    expect(own.map((l) => l[0])).toEqual(['3级软小麦', '3级软小麦', '2级软小麦', '精炼铜阴极']);
  });

  test('a code OCR ran into its description starts the description cell («8541290000功率晶体管 …»)', () => {
    const codeFirst: Run[] = [['序号', 0.05, 0.3], ['HS编码', 0.09, 0.3], ['货物名称', 0.2, 0.3], ['数量', 0.6, 0.3], ['单价', 0.72, 0.3], ['总价', 0.85, 0.3]];
    const lines = rows([...codeFirst, ['2 8541290000 功率晶体管 MOSFET 650V', 0.05, 0.32, 0.33], ['357', 0.6, 0.32], ['1.50', 0.72, 0.32], ['535.50', 0.85, 0.32]]);
    expect(lines).toEqual([['功率晶体管 MOSFET 650V', '8541290000', 357, 535.5]]);
  });

  test('a dotted code under the quantity\'s header is the code when the code\'s label was lost («HSs 编码数量»)', () => {
    const lostLabel: Run[] = [['货物名称', 0.12, 0.3], ['HSs 编码数量', 0.5, 0.3], ['单价', 0.72, 0.3], ['总价', 0.85, 0.3]];
    const lines = rows([...lostLabel, ['圆锥滚子轴承 32312', 0.12, 0.32], ['8482.20', 0.5, 0.32], ['400', 0.6, 0.32], ['37.29', 0.72, 0.32], ['14916.00', 0.85, 0.32]]);
    expect(lines).toEqual([['圆锥滚子轴承 32312', '848220', 400, 14916]]);
  });

  test('a quantity printed with its unit under the unit\'s header, the quantity\'s label lost («数» «量单位单价»)', () => {
    const lostQty: Run[] = [['货物名称', 0.12, 0.3], ['单位', 0.6, 0.3], ['总价', 0.85, 0.3]];
    const lines = rows([...lostQty, ['数控车床', 0.12, 0.32], ['357台', 0.6, 0.32], ['3570.00', 0.85, 0.32]]);
    expect(lines).toEqual([['数控车床', undefined, 357, 3570]]);
  });

  test('two separators in a row between digits are one («32,.979,891.49»)', () => {
    const line = scannedLayout([['总计 32,.979,891.49', 0.6, 0.5]]).pages[0].lines[0];
    expect(amountsOnLine(line)).toEqual([32979891.49]);
  });

  test('a code OCR ran into the description with no space before the Han text is the code (00192, seed 7: «1001.99三级软小麦货号25974»)', () => {
    const noCodeColumn: Run[] = [['No.', 0.07, 0.3], ['HS 编码', 0.11, 0.3], ['货物名称', 0.18, 0.3, 0.3], ['数量', 0.67, 0.3], ['单价', 0.79, 0.3], ['金额', 0.87, 0.3]];
    const lines = rows([...noCodeColumn, ['8 1001.99三级软小麦货号25974', 0.07, 0.32, 0.3], ['165吨', 0.67, 0.32], ['1,874.12', 0.79, 0.32], ['309,229.80', 0.87, 0.32]]);
    expect(lines).toEqual([['三级软小麦货号25974', '100199', 165, 309229.8]]);
  });

  test('a quantity, its unit and the price run together with no space are three cells («2件4,021.48», 00214)', () => {
    const lines = rows([...header, ...row(0.32, '数字示波器200 MHz 2 ch', '903020', '', '', '').filter(([text]) => text), ['2件4,021.48', 0.7, 0.32], ['8,042.96', 0.85, 0.32]]);
    expect(lines).toEqual([['数字示波器200 MHz 2 ch', '903020', 2, 8042.96]]);
    const [line] = extract([...header, ['数字示波器200 MHz 2 ch', 0.12, 0.32], ['903020', 0.45, 0.32], ['2件4,021.48', 0.6, 0.32], ['8,042.96', 0.85, 0.32]]).lines;
    expect([line.quantity, line.unit, line.unitPrice]).toEqual([2, '件', 4021.48]);
  });
});
