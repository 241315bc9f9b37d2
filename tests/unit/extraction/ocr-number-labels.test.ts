import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { scannedLayout } from './layout';

/** Invoice numbers behind bilingual labels whose second half OCR misread, from seed 71's scans (bench:extract). */
describe('the invoice number behind a bilingual label OCR misread', () => {
  const scan = (numberLine: string) =>
    scannedLayout([
      ['ИНВОЙС / INVOICE', 0.07, 0.05],
      [numberLine, 0.07, 0.08],
      ['Продавец / Supplier: ТОО «Тенгиз Энерго Сапплай»', 0.07, 0.11],
      ['Договор (контракт): № ALM-BY-2024/48 от 23 мая 2024 г.', 0.07, 0.24],
      ['№ п/п Товар Код ТН ВЭД Количество Ед. изм. Цена, RUB Сумма, RUB', 0.07, 0.32],
      ['№. Goods HS code Quantity Unit Unit price, RUB Total (RUB)', 0.07, 0.33],
      ['1 Кабель силовой 3x2.5 / Power cable 854449 6 532 м 348,67 2 277 512,44', 0.07, 0.35],
    ]);

  test.each([
    ['Счёт-фактура № / Invoice Mo.: ALM20241199 Дата / Date: 9 сентября 2024 г.', 'ALM20241199'], // 00175: "No." read «Mo.»
    ['Счёт-фактура № / Invoice № .: INV-25-4521 Дата / Date: 04.06.2025', 'INV-25-4521'], // 00311: "No." read «№ .»
    ['Счёт-фактура № / Invoice No.: ЭКС-88243 Дата / Date: 14.03.2023', 'ЭКС-88243'],
  ])('%s → %s', (line, number) => {
    expect(extractInvoice(scan(line)).invoice.number).toBe(number);
  });

  test('a bare «№» heading a table column is no invoice number: its value must hold a digit', () => {
    // The number line lost altogether: «№ п/п» and «№ Наименование» used to be taken for the number.
    const invoice = extractInvoice(scan('Счёт-фактура'));
    expect(invoice.invoice.number).toBeUndefined();
  });
});
