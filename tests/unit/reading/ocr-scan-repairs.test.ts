import type { DocumentPage } from '../../../lambdas/domain/document-model';
import { extractInvoice, withoutOcrDebris } from '../../../lambdas/domain/extraction/invoice-extractor';
import { parseAmount } from '../../../lambdas/domain/extraction/parse-values';
import { layoutDpiFor } from '../../../lambdas/domain/reading/ocr/raster-plan';
import { parseTesseractTsv, restoreLegalFormLetters, restoreNumeroSign, tsvPageToDocumentPage } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';
import { layout } from '../extraction/layout';
import { LEGAL_FORM_ZEROS_TSV, LOW_CONFIDENCE_NAME_TSV, NUMERO_WITH_COLON_TSV } from './tesseract-scan-rows';

/** An engine line of the given words, left to right. */
const words = (texts: string[]) => ({ words: texts.map((text, i) => ({ text, box: [i * 0.1, 0, i * 0.1 + 0.05, 0.01] as [number, number, number, number] })) });

/** The recorded rows as the page model's line texts. */
function linesOf(tsv: string): string[] {
  const [page] = parseTesseractTsv(tsv);
  return tsvPageToDocumentPage(page, { pageNumber: 1 }).lines.map((l) => l.text);
}

describe('layout resolution told to Tesseract (layoutDpiFor)', () => {
  test('a rasterised page: its resolution times the scale', () => {
    expect(layoutDpiFor({ dpi: 300, width: 0, height: 0 }, 0.7)).toBe(210);
    expect(layoutDpiFor({ dpi: 300, width: 0, height: 0 }, 1)).toBe(300);
  });

  test('an image without a known resolution is taken for an A4 page (its long side 11.69 in)', () => {
    expect(layoutDpiFor({ width: 1241, height: 1754 }, 1)).toBe(150);
    expect(layoutDpiFor({ width: 2339, height: 1654 }, 0.5)).toBe(100);
  });

  test('never below the 70 dpi Tesseract accepts', () => {
    expect(layoutDpiFor({ dpi: 100, width: 0, height: 0 }, 0.5)).toBe(70);
  });
});

describe('scan repairs on recorded Tesseract rows', () => {
  test('"Ne:" before a number on a Cyrillic line is the numero sign of a label cell, colon kept', () => {
    // Act
    const [line] = linesOf(NUMERO_WITH_COLON_TSV);

    // Assess
    expect(line).toContain('№: SHY20251536');
    expect(line).not.toContain('Ne');
  });

  test('«Ме» (a noisy scan\'s «№») before a number on a Cyrillic line is the numero sign too; before a word it stays', () => {
    // Prepare
    const numbered = words(['Счёт', 'Ме', '202411379']);
    const worded = words(['Счёт', 'Ме', 'счёта']);

    // Act
    restoreNumeroSign(numbered);
    restoreNumeroSign(worded);

    // Assess
    expect(numbered.words.map((w) => w.text)).toEqual(['Счёт', '№', '202411379']);
    expect(worded.words.map((w) => w.text)).toEqual(['Счёт', 'Ме', 'счёта']);
  });

  test('and the invoice number is then read after it, not the contract number elsewhere', () => {
    // Prepare
    const [tsvPage] = parseTesseractTsv(NUMERO_WITH_COLON_TSV);
    const page = tsvPageToDocumentPage(tsvPage, { pageNumber: 1 });

    // Act
    const invoice = extractInvoice({ mediaType: 'application/pdf', pages: [page] }).invoice;

    // Assess
    expect(invoice.number).toBe('SHY20251536');
  });

  test('zeros before a quoted name are the legal form\'s letters, in the script of the line', () => {
    // Act
    const lines = linesOf(LEGAL_FORM_ZEROS_TSV);

    // Assess
    expect(lines.join('\n')).toContain('ООО «Амур Электрон»');
    expect([...'ООО'].every((ch) => /\p{Script=Cyrillic}/u.test(ch))).toBe(true);
  });

  test('a number before a quote stays a number («1 000 "…"»), and so do zeros before an unquoted word', () => {
    // Prepare
    const thousand = words(['1', '000', '«шт»']);
    const plain = words(['Итого', '000', 'руб']);

    // Act
    restoreLegalFormLetters(thousand);
    restoreLegalFormLetters(plain);

    // Assess
    expect(thousand.words.map((w) => w.text)).toEqual(['1', '000', '«шт»']);
    expect(plain.words.map((w) => w.text)).toEqual(['Итого', '000', 'руб']);
  });

  test('the Kyrgyz «ОсОО» read «Oc00» before a quoted name gets its letters back', () => {
    // Prepare
    const latin = words(['Oc00', '«Ала-Тоо', 'Трейд»']);
    const mixed = words(['Ос00', '«Ала-Тоо', 'Трейд»']);

    // Act
    restoreLegalFormLetters(latin);
    restoreLegalFormLetters(mixed);

    // Assess
    expect(latin.words[0].text).toBe('ОсОО');
    expect(mixed.words[0].text).toBe('ОсОО');
  });

  test('a word read right with a low confidence is kept; a speck Tesseract itself gives 0 % is not', () => {
    // Act
    const [line] = linesOf(LOW_CONFIDENCE_NAME_TSV);

    // Assess
    expect(line).toBe('BEIJING ALITE TECHNOLOGIES CO., LTD.');
  });
});

describe('extraction rules for OCR text', () => {
  test('OCR debris at either end of a party name goes; legal forms and printed names stay', () => {
    expect(withoutOcrDebris('_ «Сарыарка Инвест Банк» АК')).toBe('«Сарыарка Инвест Банк» АК');
    expect(withoutOcrDebris('с 3 "Тобыл Металл Дистрибуция" ЖШС')).toBe('"Тобыл Металл Дистрибуция" ЖШС');
    expect(withoutOcrDebris('ООО «Амур Электрон» 11')).toBe('ООО «Амур Электрон»');
    expect(withoutOcrDebris('雷阿尔卡投资银行股份公司 = о м')).toBe('雷阿尔卡投资银行股份公司');
    expect(withoutOcrDebris('АО «Ока Инструмент» - 2. 1')).toBe('АО «Ока Инструмент»');
    // A soft sign standing alone anywhere is a speck (seed 41's 00119).
    expect(withoutOcrDebris('«Жетісу Кабель ь Дистрибуция» ЖШС')).toBe('«Жетісу Кабель Дистрибуция» ЖШС');
    for (const name of ['АО «Алтын Кілт Банк»', 'BEIJING ALITE TECHNOLOGIES CO., LTD.', '丝路轴承有限责任合伙企业 (Zhibek Zholy Bearing LLP)', 'ИП Иванов И. И.', 'Müller GmbH & Co. KG', 'Ab 12']) {
      expect(withoutOcrDebris(name)).toBe(name);
    }
  });

  test('a bilingual number label read without its slash does not give the second label\'s first word as the number', () => {
    // Prepare: «发票号码 / Invoice No.:» as OCR read it.
    const document = layout([
      ['发票号码 Invoice No.:', 0.1, 0.1],
      ['PVL20232845', 0.45, 0.1],
    ]);

    // Act
    const { invoice } = extractInvoice(document);

    // Assess
    expect(invoice.number).toBe('PVL20232845');
  });

  test('a number label read with a dot after «№», or without its first character («票号码»), still gives the number', () => {
    // 00180 (ru/en JPEG) and 00214 (Chinese JPEG, 发 lost at the page edge).
    const numberOf = (label: string, value: string) => extractInvoice(layout([[label, 0.08, 0.08], [value, 0.45, 0.08]])).invoice.number;
    expect(numberOf('Счёт-фактура № / Invoice №.:', '648/25')).toBe('648/25');
    expect(numberOf('票号码 :', 'SHY20257429')).toBe('SHY20257429');
  });

  test('a number label read with a semicolon for its colon, or «No,» for «No.», still gives the number', () => {
    // 00318, 00189 and 00218 of seed 11 (Chinese scans).
    const numberOf = (label: string, value: string) => extractInvoice(layout([[label, 0.08, 0.08], [value, 0.32, 0.08]])).invoice.number;
    expect(numberOf('发票号码 ;', '202406769')).toBe('202406769');
    expect(numberOf('发票号码 / Invoice No,', 'EXP-22179')).toBe('EXP-22179');
    expect(extractInvoice(layout([['发票号码 ; KRG-2024-0614', 0.07, 0.07], ['日期 : 2024-04-08', 0.52, 0.07]])).invoice.number).toBe('KRG-2024-0614');
  });

  test('a separator at the end of an amount is not part of it («1962,00.» is 1962)', () => {
    expect(parseAmount('1962,00.')).toBe(1962);
    expect(parseAmount('24 024,33.')).toBe(24024.33);
    expect(parseAmount('1,234.')).toBe(1234);
    expect(parseAmount('1.234,56')).toBe(1234.56);
  });

  test('a quote that nothing closes before an OCR\'d description is a speck', () => {
    // Prepare
    const H = 0.012;
    const item = (text: string, x0: number, y: number, x1: number) => ({ text, box: [x0, y, x1, y + H] as [number, number, number, number], confidence: 0.9 });
    const row = (y: number, cells: Array<[string, number, number]>) => {
      const items = cells.map(([t, a, b]) => item(t, a, y, b));
      return { text: items.map((i) => i.text).join(' '), box: [items[0].box[0], y, items[items.length - 1].box[2], y + H] as [number, number, number, number], items };
    };
    const page: DocumentPage = {
      page: 1,
      engine: 'tesseract',
      width: 1654,
      height: 2339,
      lines: [
        row(0.3, [['№', 0.05, 0.07], ['Наименование товара', 0.1, 0.35], ['Код ТН ВЭД', 0.45, 0.55], ['Кол-во', 0.6, 0.66], ['Цена', 0.7, 0.76], ['Сумма', 0.85, 0.92]]),
        row(0.33, [['1', 0.05, 0.06], ['“Сандық осциллограф 200 MHz 2 ch', 0.1, 0.4], ['9030 20 000 0', 0.45, 0.55], ['2', 0.62, 0.64], ['2 565,87', 0.7, 0.78], ['5 131,74', 0.85, 0.93]]),
        row(0.36, [['2', 0.05, 0.06], ['Кабель «Тип А»', 0.1, 0.3], ['8544 49 910 1', 0.45, 0.55], ['3', 0.62, 0.64], ['1,00', 0.7, 0.78], ['3,00', 0.85, 0.93]]),
      ],
    };

    // Act
    const lines = extractInvoice({ mediaType: 'image/png', pages: [page] }).lines.map((l) => l.description);

    // Assess
    expect(lines).toEqual(['Сандық осциллограф 200 MHz 2 ch', 'Кабель «Тип А»']);
  });
});
