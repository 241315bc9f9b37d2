import { findIdentifiers } from '../../../lambdas/domain/extraction/identifiers';

/** Identifiers OCR misread in one confusable character, from the generated scans (bench:extract). */
describe('identifiers read back from OCR confusions, only where their check digits agree', () => {
  test.each([
    ['Account (IBAN): K2309471755207730169', 'IBAN', 'KZ309471755207730169'], // 00146: Z read as 2
    ['USCC: 916501046UFP6RPLOX', 'CN-USCC', '916501046UFP6RPL0X'], // 00205: 0 read as O (no O in the USCC alphabet)
    ['BIN: O40140195677', 'KZ-BIN', '040140195677'],
  ])('%s → %s %s', (line, scheme, value) => {
    expect(findIdentifiers(line)).toEqual([expect.objectContaining({ scheme, value, valid: true })]);
  });

  test('a value printed right is taken as printed', () => {
    expect(findIdentifiers('IBAN: KZ95 9633 3612 1390 7375')).toEqual([{ scheme: 'IBAN', value: 'KZ959633361213907375', valid: true, country: 'KZ' }]);
  });

  test('a misreading whose repair fails the check is reported as read, and invalid', () => {
    // One digit of the account is wrong too: no repair makes the mod-97 check agree.
    expect(findIdentifiers('IBAN: K2309471755207730168')).toEqual([]);
    expect(findIdentifiers('IBAN: KZ309471755207730168')).toEqual([{ scheme: 'IBAN', value: 'KZ309471755207730168', valid: false, country: 'KZ' }]);
    expect(findIdentifiers('USCC: 916501046UFP6RPLOY')).toEqual([]);
  });
});
