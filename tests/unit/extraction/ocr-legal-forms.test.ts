import { repairOcrLegalForm } from '../../../lambdas/domain/extraction/ocr-legal-forms';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import type { ReadDocument } from '../../../lambdas/domain/document-model';
import { layout } from './layout';

/** Misreadings seen on the generated scans (bench:extract), each undone; look-alikes that are real words stay. */
describe('legal forms misread by OCR', () => {
  test.each([
    ['Kapadokya Rulman San. ve Tic. A.5.', 'Kapadokya Rulman San. ve Tic. A.Ş.'],
    ['Marmara Metal A.S.', 'Marmara Metal A.Ş.'],
    ['Anadolu Kimya Ltd. Sti.', 'Anadolu Kimya Ltd. Şti.'],
    ['MACPAR MAKINA SAN VE TIC A.5.', 'MACPAR MAKINA SAN VE TIC A.S.'], // a name in capitals is spelt in ASCII
    ['Zhetysu Commerce Bank 15C', 'Zhetysu Commerce Bank JSC'],
    ['Altyn Kilt Bank ysc', 'Altyn Kilt Bank JSC'],
    // The Kyrgyz OsOO transliterated before the name (00007, 00251 on the Chinese scans).
    ['OSsOO Talas Treyd', 'OsOO Talas Treyd'],
    ['0sOO Chuy Komplekt', 'OsOO Chuy Komplekt'],
    ['T0O Saryarka Trade', 'TOO Saryarka Trade'],
  ])('%s → %s', (read, printed) => {
    expect(repairOcrLegalForm(read, { kazakh: false })).toBe(printed);
  });

  test('the Kazakh АҚ comes back only on a Kazakh document', () => {
    expect(repairOcrLegalForm('«Теңіз Сауда Банкі» АК', { kazakh: true })).toBe('«Теңіз Сауда Банкі» АҚ');
    expect(repairOcrLegalForm('«Теңіз Сауда Банкі» АК', { kazakh: false })).toBe('«Теңіз Сауда Банкі» АК');
  });

  test.each([
    // "jJsc" is one letter from JSC, OJSC and CJSC alike: no single closest form, so it stays.
    'Saryarka invest Bank jJsc', 'MACPAR MAKINA SAN VE TIC A.S.', 'Sun Inn', 'ALFA LLC', 'Beta LLP', 'Gamma Ltd', 'Delta PLLC', 'Praha Energo a.s.', 'Omega Trade', 'Kazakh Bank', 'ТОО «Альфа»', 'OsOO Talas Treyd', 'Ost Trade', 'Oto Motors', 'ZAO Kirov', 'Bao Steel',
  ])('%s stays as printed', (name) => {
    expect(repairOcrLegalForm(name, { kazakh: true })).toBe(name);
  });

  test.each([
    // Recorded on fresh scans: a form of look-alike letters takes the script of the unquoted name after it.
    ['ООО MVIZION', 'OOO MVIZION'],
    ['000 Zarafshan Import', 'OOO Zarafshan Import'],
    ['TOO Алатау', 'ТОО Алатау'],
  ])('%s → %s: a leading form is written in its name\'s script', (read, repaired) => {
    expect(repairOcrLegalForm(read, { kazakh: false })).toBe(repaired);
  });

  test.each(['ООО «Амур»', 'ТОО Алатау Trade', 'AO Kazatomprom'])('%s keeps its form (quoted, mixed, or already in the name\'s script)', (name) => {
    expect(repairOcrLegalForm(name, { kazakh: false })).toBe(name);
  });

  test('applied to names read by OCR, never to a text layer', () => {
    // Prepare
    const text = layout([['Покупатель:', 0.05, 0.1], ['Marmara Metal A.S.', 0.3, 0.1]]);
    const scan: ReadDocument = { ...text, pages: text.pages.map((p) => ({ ...p, engine: 'tesseract' })) };

    // Act
    const [printed, scanned] = [text, scan].map((d) => extractInvoice(d).parties.find((p) => p.role === 'buyer')?.name);

    // Assess
    expect(printed).toBe('Marmara Metal A.S.');
    expect(scanned).toBe('Marmara Metal A.Ş.');
  });
});
