import type { ReadDocument } from '../../../lambdas/domain/document-model';
import { PrintedText } from '../../../lambdas/domain/einvoice/printed-text';
import { findDate, monthOf } from '../../../lambdas/domain/extraction/parse-values';

const page = (...texts: string[]): ReadDocument => ({
  mediaType: 'application/pdf',
  pages: [{ page: 1, engine: 'pdf-text', width: 595, height: 842, lines: texts.map((text, i) => ({ text, box: [0.1, 0.1 + i * 0.02, 0.5, 0.11 + i * 0.02], items: [] })) }],
});

/**
 * The cross-check finds an e-invoice's date in the visible text in every form the extractor reads: both
 * use one month table (MONTH_WORDS), so a date the extractor reads is never "not printed" to the cross-check.
 */
describe('dates printed in words, found by the cross-check and read by the extractor', () => {
  test.each([
    ['Factuurdatum: 3 mei 2024', '2024-05-03'],
    ['Datum: 12 maart 2024', '2024-03-12'],
    ['Дата: 1 май 2024', '2024-05-01'],
    ['Күні: 2025 жылғы 26 қазан', '2025-10-26'],
    ['Күні: 2025 ж. 05 қаңтар', '2025-01-05'],
    ['Rechnungsdatum: 7. Mai 2014', '2014-05-07'],
    ['Date: March 5, 2025', '2025-03-05'],
  ])('%s → %s', (text, iso) => {
    // Act
    const found = new PrintedText(page('INVOICE', text)).findDate(iso);

    // Assess
    expect(found?.text).toBe(text);
    expect(findDate(text)).toBe(iso);
  });

  test('another day of the same month is not the date', () => {
    expect(new PrintedText(page('Күні: 2025 жылғы 26 қазан')).findDate('2025-10-25')).toBeUndefined();
    expect(new PrintedText(page('Factuurdatum: 3 mei 2024')).findDate('2024-05-30')).toBeUndefined();
  });

  test('month words in every language of the table, whole or abbreviated', () => {
    expect(['mei', 'maart', 'май', 'март', 'mrz', 'okt', 'dez', 'juil', 'желтоқсан'].map(monthOf)).toEqual([5, 3, 5, 3, 3, 10, 12, 7, 12]);
  });
});
