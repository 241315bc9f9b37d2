import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { scannedLayout, type Run } from './layout';

const rows = (runs: Run[], confidences?: Record<string, number>) =>
  extractInvoice(scannedLayout(runs, confidences)).lines.map((l) => [l.description, l.hsCode, l.quantity, l.unitPrice, l.amount]);

const header: Run[] = [['Наименование товара', 0.12, 0.3], ['Код ТН ВЭД', 0.45, 0.3], ['Кол-во', 0.6, 0.3], ['Цена', 0.72, 0.3], ['Сумма', 0.85, 0.3]];

/** Goods cells OCR ran together, spaced anew or lost the header of, on fresh scans (seed 2026). */
describe('goods cells damaged by OCR', () => {
  test('an item that starts with a number under another number column starts with that column («344 ЕЗІ ае 4337,63 …»)', () => {
    // Recorded on 00248: the quantity, a speck, the price and the amount read as one item lying mostly under «Цена».
    const lines = rows([...header, ['Масло подсолнечное, арт. 47823', 0.12, 0.32], ['1512.19.1000', 0.45, 0.32], ['344 ЕЗІ ае 4337,63 1492144,72', 0.66, 0.32, 0.3]]);
    expect(lines).toEqual([['Масло подсолнечное, арт. 47823', '1512191000', 344, 4337.63, 1492144.72]]);
  });

  test('a code cell spaced anew by OCR or run into by the next cell is still the code', () => {
    const lines = rows([
      ...header,
      ['Масло подсолнечное, арт. 18150', 0.12, 0.32], ['1 512.19.1000 Г', 0.45, 0.32], ['131,65', 0.6, 0.32], ['4512,00', 0.72, 0.32], ['594004,80', 0.85, 0.32],
      ['Масло подсолнечное, арт. 16283', 0.12, 0.34], ['1512.19.1000 48,63', 0.45, 0.34, 0.1], ['4512,00', 0.72, 0.34], ['219418,56', 0.85, 0.34],
    ]);
    expect(lines.map((l) => l[1])).toEqual(['1512191000', '1512191000']);
  });

  test('a code in a cell of its own right of the description is the code when OCR lost the code column\'s label', () => {
    // Recorded on 00279: «Код ТН ВЭД ЕАЭС» read as a rule and specks; the code «3901 10 1000» fell to the description.
    const noCodeLabel: Run[] = [['Наименование товара', 0.12, 0.3], ['Кол-во', 0.6, 0.3], ['Цена', 0.72, 0.3], ['Сумма', 0.85, 0.3]];
    const lines = rows([...noCodeLabel, ['Полиэтилен низкой плотности 15803-020', 0.12, 0.32], ['3901 10 1000', 0.45, 0.32], ['35,9', 0.6, 0.32], ['1038,00', 0.72, 0.32], ['37264,20', 0.85, 0.32]]);
    expect(lines).toEqual([['Полиэтилен низкой плотности 15803-020', '3901101000', 35.9, 1038, 37264.2]]);
  });

  test('doubtful specks after a description go; a confident short word stays', () => {
    const lines = rows(
      [...header, ['Коммутатор 24xGE 4xSFP+ Түн!', 0.12, 0.32], ['8517.62.0000', 0.45, 0.32], ['3', 0.6, 0.32], ['1500,00', 0.72, 0.32], ['4500,00', 0.85, 0.32],
        ['Осциллограф 200 MHz 2 ch', 0.12, 0.34], ['9030.20.1000', 0.45, 0.34], ['2', 0.6, 0.34], ['800,00', 0.72, 0.34], ['1600,00', 0.85, 0.34]],
      { 'Түн!': 0.35, ch: 0.9 },
    );
    expect(lines.map((l) => l[0])).toEqual(['Коммутатор 24xGE 4xSFP+', 'Осциллограф 200 MHz 2 ch']);
  });

  test('a line with a code of its own under a row with one is a row whose numbers OCR lost, not wrapped text', () => {
    const lines = rows([
      ...header,
      ['Масло подсолнечное, арт. 40826', 0.12, 0.32], ['1512.19.1000', 0.45, 0.32], ['10', 0.6, 0.32], ['4512,00', 0.72, 0.32], ['45120,00', 0.85, 0.32],
      ['Масло подсолнечное, арт. 21093', 0.12, 0.335], ['1512.19.1000', 0.45, 0.335],
    ]);
    expect(lines[0]).toEqual(['Масло подсолнечное, арт. 40826', '1512191000', 10, 4512, 45120]);
  });

  test('a partly read amount never has more digits than the product it stands for', () => {
    // Recorded on 00204: the price lost its leading «5» («100,93» for 5 100,93); 12 × 100,93 = 1 211,16 ends like
    // the amount «61 211,16» but is shorter: the amount stands, and the price follows from it.
    const lines = rows([...header, ['Бидай ұны, арт. 67050', 0.12, 0.32], ['1101.00.1100', 0.45, 0.32], ['12', 0.6, 0.32], ['100,93', 0.72, 0.32], ['61211,16', 0.85, 0.32]]);
    expect(lines[0][4]).toBe(61211.16);
  });
});

describe('bilingual goods-table headers damaged by OCR', () => {
  test('a garbled header line under a whole one is its other language: the whole one names what it leaves unnamed', () => {
    // Recorded on 00031 (fresh seed): «Цена за ед., EUR» and «Стоимость, EUR», printed small, read «ЕНЕ» and «СІРИИОСТЕДЕНЕ».
    const lines = rows([
      ['Атауы', 0.12, 0.3], ['СЭҚ ТН коды', 0.45, 0.3], ['Саны', 0.6, 0.3], ['Бағасы, EUR', 0.72, 0.3], ['Сомасы, EUR', 0.85, 0.3],
      ['Наименование', 0.12, 0.313], ['Код ТН ВЭД', 0.45, 0.313], ['Кол-во', 0.6, 0.313], ['ЕНЕ', 0.72, 0.313, 0.07], ['СІРИИОСТЕДЕНЕ', 0.85, 0.313, 0.07],
      ['Төмен тығыздықты полиэтилен 15803-020', 0.12, 0.335], ['3901.10.1000', 0.45, 0.335], ['23,97', 0.6, 0.335], ['945,00', 0.72, 0.335], ['22 651,65', 0.85, 0.335],
    ]);
    expect(lines).toEqual([['Төмен тығыздықты полиэтилен 15803-020', '3901101000', 23.97, 945, 22651.65]]);
  });
});

describe('party labels read by OCR', () => {
  const partyNames = (runs: Run[]) => Object.fromEntries(extractInvoice(scannedLayout(runs)).parties.map((p) => [p.role, p.name]));

  test('an English label read in Cyrillic letters of the same shapes, or with a full stop for its colon, is still the label', () => {
    expect(partyNames([['Seller:', 0.05, 0.1], ['Zhetysu Trade LLP', 0.2, 0.1], ['Виуег:', 0.05, 0.2], ['Marmara Metal Ltd', 0.2, 0.2]])).toMatchObject({ seller: 'Zhetysu Trade LLP', buyer: 'Marmara Metal Ltd' });
    expect(partyNames([['Продавец:', 0.05, 0.1], ['ТОО «Жетысу»', 0.2, 0.1], ['Покупатель.', 0.05, 0.2], ['АО «Сибирь»', 0.2, 0.2]])).toMatchObject({ seller: 'ТОО «Жетысу»', buyer: 'АО «Сибирь»' });
  });

  test('a line opening with an address label in a cell of its own is the address, not the name', () => {
    const parties = extractInvoice(scannedLayout([
      ['Жүк алушы / Грузополучатель:', 0.05, 0.1],
      ['Мекенжайы / Адрес', 0.05, 0.115], ['ул. Гагарина, 94, Алматы', 0.25, 0.115],
      ['ТОО «Жетысу»', 0.05, 0.13],
    ])).parties;
    expect(parties.find((p) => p.role === 'consignee')?.name).not.toMatch(/Мекенжайы|Гагарина/);
  });
});
