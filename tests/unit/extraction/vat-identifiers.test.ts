import { findIdentifiers, vatFormatValid } from '../../../lambdas/domain/extraction/identifiers';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { layout } from './layout';

/** EU VAT numbers under their German, French, Dutch and English labels, with the country's format checked. */
describe('VAT number labels', () => {
  test.each([
    ['USt.-Id.-Nr.: DE123456789', 'DE123456789'],
    ['USt-ID: DE136695976', 'DE136695976'],
    ['UStId DE 136 695 976', 'DE136695976'],
    ['Ust-IdNr.: DE123456789', 'DE123456789'],
    ['Umsatzsteuer-Identifikationsnummer: ATU12345678', 'ATU12345678'],
    ['BTW-nummer: NL815254295B01', 'NL815254295B01'],
    ['BTW NL 8152.54.295.B01', 'NL815254295B01'],
    ['N° TVA : FR 32 123 456 789', 'FR32123456789'],
    ['TVA intracommunautaire: FR11999999998', 'FR11999999998'],
    ['VAT No. GB123456789', 'GB123456789'],
    ['VAT NO DE123456789', 'DE123456789'],
    ['USt-IdNr. DE811569869 Steuernummer 12/345/67890', 'DE811569869'],
  ])('%s → VAT %s, format valid', (line, value) => {
    // Act
    const found = findIdentifiers(line);

    // Assess
    expect(found).toEqual([{ scheme: 'VAT', value, valid: true, country: value.slice(0, 2) }]);
  });

  test('a number that breaks its country format is kept, marked invalid', () => {
    // Act
    const found = findIdentifiers('Uw BTW nummer: NL00333599698');

    // Assess
    expect(found).toEqual([{ scheme: 'VAT', value: 'NL00333599698', valid: false, country: 'NL' }]);
  });

  test.each([
    ['DE123456789', true], ['DE12345678', false], ['ATU12345678', true], ['AT12345678', false], ['FR11999999998', true],
    ['NL815254295B01', true], ['NL815254295', false], ['BE0123456789', true], ['BE2123456789', false], ['ESX1234567X', true],
    ['EL123456789', true], ['IE1234567T', true], ['SE123456789001', true], ['CHE123456789MWST', true], ['XX123456789', undefined],
  ])('format of %s: %s', (value, valid) => {
    expect(vatFormatValid(value)).toBe(valid);
  });

  test('words that merely contain a label ("August", "Industriestraße") and VAT rates give no VAT number', () => {
    expect(findIdentifiers('August 2014, Industriestraße 12, DE 80333 München')).toEqual([]);
    expect(findIdentifiers('VAT: 0% (export)')).toEqual([]);
    expect(findIdentifiers('BTW 21 % Grondslag 41,31')).toEqual([]);
  });

  test('Russian, Kazakh, Chinese and UAE schemes are read as before', () => {
    expect(findIdentifiers('ИНН/КПП: 7707083893/773601001')).toEqual([
      { scheme: 'RU-INN', value: '7707083893', valid: true, country: 'RU' },
      { scheme: 'RU-KPP', value: '773601001', country: 'RU' },
    ]);
    expect(findIdentifiers('БИН 090840015627').map((f) => f.scheme)).toEqual(['KZ-BIN']);
    expect(findIdentifiers('统一社会信用代码：91330782MA28A1B2C3').map((f) => [f.scheme, f.value])).toEqual([['CN-USCC', '91330782MA28A1B2C3']]);
    expect(findIdentifiers('TRN 100123456789003')).toEqual([{ scheme: 'VAT', value: '100123456789003', country: 'AE' }]);
  });

  test('a VAT number labelled "USt-ID" inside a labelled party block goes to that party', () => {
    // Prepare
    const document = layout([
      ['Verkäufer:', 0.1, 0.2],
      ['Rohstoff AG Salzgitter', 0.1, 0.215],
      ['Marktstr. 153', 0.1, 0.23],
      ['DE 38226 Salzgitter', 0.1, 0.245],
      ['USt-ID: DE 123 456 789', 0.1, 0.26],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.map((p) => [p.role, p.name, p.identifiers])).toEqual([['seller', 'Rohstoff AG Salzgitter', [{ scheme: 'VAT', value: 'DE123456789', valid: true }]]]);
  });

  test('a USt-IdNr. label with its I read as l is still the label («USt-ldNr.»)', () => {
    expect(findIdentifiers('USt-ldNr.: DE811569869').map((f) => f.value)).toEqual(['DE811569869']);
  });
});
