import { findDate, monthOf, parseAmount, parseHsCode } from '../../lambdas/domain/extraction/parse-values';
import { findIdentifiers, isValidCnUscc, isValidIban, isValidKzBin, isValidRuInn, isValidRuOgrn } from '../../lambdas/domain/extraction/identifiers';

describe('parseAmount', () => {
  test.each([
    ['1 234 567,00', 1234567],
    ['1,234,567.00', 1234567],
    ['1.234.567,00', 1234567],
    ['6,85', 6.85],
    ['1,234', 1234],
    ['2 003 400,00 RUB', 2003400],
    ['USD 169,560.00', 169560],
  ])('%s → %d', (raw, value) => expect(parseAmount(raw)).toBe(value));

  test('text without digits is not an amount', () => expect(parseAmount('шт')).toBeUndefined());
});

describe('findDate', () => {
  test.each([
    ['Счёт-фактура № KZ-2025-0117 от 14.03.2025', '2025-03-14'],
    ['Date: 2025-03-14', '2025-03-14'],
    ['日期：2025年3月20日', '2025-03-20'],
    ['от 19 марта 2025 г.', '2025-03-19'],
    ['Date: March 5, 2025', '2025-03-05'],
  ])('%s → %s', (text, iso) => expect(findDate(text)).toBe(iso));

  test('an impossible date is not a date', () => expect(findDate('31.02.2025')).toBeUndefined());

  test.each([
    ['Кун! / Дата: 116. 12. 2025', '2025-12-16'],
    ['Дата: 16. 12. 2025', '2025-12-16'],
    ['Date: |05.03.2025', '2025-03-05'],
    ['11.12.2025', '2025-12-11'],
    ['1.12.2025', '2025-12-01'],
  ])('a scanned date with spaces after the dots or a cell rule read before the day: %s → %s', (text, iso) => expect(findDate(text)).toBe(iso));

  test.each([
    ['Rechnungsdatum 7. Mai 2014', '2014-05-07'],
    ['Vom 17. Dezember 2018', '2018-12-17'],
    ['Facture n°562044387 du 02 Juillet 2015', '2015-07-02'],
    ['le 02 juin 2015', '2015-06-02'],
    ['Factuurdatum: 19 april 2014', '2014-04-19'],
    ['3 maart 2021', '2021-03-03'],
    ['Invoice Date: August 3 , 2014', '2014-08-03'],
    ['Invoice Date: 20-10-2015', '2015-10-20'],
    ['8-9-2022', '2022-09-08'],
    ['03/20/2023', '2023-03-20'],
    ['12 Stk 2014, geliefert am 3. März 2020', '2020-03-03'],
  ])('European and US forms: %s → %s', (text, iso) => expect(findDate(text)).toBe(iso));

  test('day first wins when both readings are possible; US month first only for a slash date', () => {
    expect(findDate('04/03/2023')).toBe('2023-03-04');
    expect(findDate('03.20.2023')).toBeUndefined();
  });
});

describe('monthOf', () => {
  test.each([
    ['Juillet', 7], ['juin', 6], ['Mai', 5], ['mei', 5], ['März', 3], ['Okt.', 10], ['décembre', 12], ['марта', 3], ['қазан', 10], ['Sept', 9],
  ])('%s → %d', (name, month) => expect(monthOf(name)).toBe(month));

  test('a word that is no month name gives none', () => expect(monthOf('Stk')).toBeUndefined());
});

describe('parseHsCode', () => {
  test.each([
    ['8482 10 100 9', '8482101009'],
    ['8482.10', '848210'],
    ['ТН ВЭД 8542310000', '8542310000'],
  ])('%s → %s', (raw, code) => expect(parseHsCode(raw)).toBe(code));

  test('a four-digit number alone is not an HS code', () => expect(parseHsCode('2025')).toBeUndefined());
});

describe('identifier check digits', () => {
  test('KZ BIN, including the second weight set', () => {
    expect(isValidKzBin('090840015627')).toBe(true);
    expect(isValidKzBin('150940023191')).toBe(true);
    expect(isValidKzBin('090840015628')).toBe(false);
  });

  test('RU INN (10 digits) and OGRN of the real SDN entry 39164', () => {
    expect(isValidRuInn('7710889933')).toBe(true);
    expect(isValidRuInn('7710889934')).toBe(false);
    expect(isValidRuOgrn('1117746411529')).toBe(true);
  });

  test('CN USCC and IBAN', () => {
    expect(isValidCnUscc('91650104MA78Q4LW57')).toBe(true);
    expect(isValidCnUscc('91650104MA78Q4LW58')).toBe(false);
    expect(isValidIban('KZ259470000284715003')).toBe(true);
    expect(isValidIban('KZ259470000284715004')).toBe(false);
  });

  test('findIdentifiers reads "ИНН/КПП: a/b" as two identifiers and flags a bad check digit', () => {
    expect(findIdentifiers('ИНН/КПП: 6671045829/667101001')).toEqual([
      { scheme: 'RU-INN', value: '6671045829', valid: true, country: 'RU' },
      { scheme: 'RU-KPP', value: '667101001', country: 'RU' },
    ]);
    expect(findIdentifiers('БИН: 090840015628')).toEqual([{ scheme: 'KZ-BIN', value: '090840015628', valid: false, country: 'KZ' }]);
  });
});
