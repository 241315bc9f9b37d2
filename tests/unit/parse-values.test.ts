import { findDate, parseAmount, parseHsCode } from '../../lambdas/domain/extraction/parse-values';
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
