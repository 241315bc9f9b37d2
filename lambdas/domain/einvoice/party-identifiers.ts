import type { PartyIdentifier } from '../invoice-model';
import { isValidCnUscc, isValidIban, isValidKzBin, isValidRuInn, isValidRuOgrn } from '../extraction/identifiers';

/**
 * Identifier schemes of e-invoice parties, named as the text extractor names them (VAT, IBAN, SWIFT,
 * KZ-BIN…) plus the ones only structured invoices carry: TAX-NUMBER (a national tax number that is not a
 * VAT id, CII schemeID "FC"), GLN/DUNS/LEI and other ISO 6523 ICD schemes, PARTY-ID (a number the seller
 * or buyer assigned, no scheme), LEGAL-ID (a company registration number without a scheme), GTIN.
 */

/** GS1 mod-10 check digit (GLN, GTIN-8/12/13/14). */
export function isValidGs1(value: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(value)) return false;
  const digits = value.split('').map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

const VALIDATORS: Record<string, (value: string) => boolean> = {
  'KZ-BIN': isValidKzBin,
  'KZ-IIN': isValidKzBin,
  'RU-INN': isValidRuInn,
  'RU-OGRN': isValidRuOgrn,
  'CN-USCC': isValidCnUscc,
  IBAN: isValidIban,
  GLN: isValidGs1,
};

/** ISO/IEC 6523 International Code Designators seen on invoices (EAS/ICD code lists). */
const ICD_SCHEMES: Record<string, string> = {
  '0002': 'FR-SIRENE',
  '0009': 'FR-SIRET',
  '0060': 'DUNS',
  '0088': 'GLN',
  '0199': 'LEI',
  '0204': 'DE-LEITWEG',
};

export const icdScheme = (code: string | undefined) => (code ? (ICD_SCHEMES[code] ?? `ICD-${code}`) : undefined);

/** Identifiers are compared and validated without the spaces printed inside them (IBANs in groups of 4). */
export function partyIdentifier(scheme: string, raw: string): PartyIdentifier {
  const compact = ['IBAN', 'VAT', 'SWIFT'].includes(scheme) ? raw.replace(/\s+/g, '').toUpperCase() : raw.trim();
  const validate = VALIDATORS[scheme];
  return validate ? { scheme, value: compact, valid: validate(compact) } : { scheme, value: compact };
}

/**
 * Kazakhstan's BIN and IIN share 12 digits and the check algorithm; the fifth digit tells them apart:
 * 4–6 is a BIN's entity type, while an IIN carries the first digit of the birth day (0–3) there.
 */
export const kzTinScheme = (tin: string) => (/^\d{4}[456]/.test(tin) ? 'KZ-BIN' : 'KZ-IIN');

/**
 * A national tax or registration number of a known shape gets its national scheme, so that its check digits
 * are tested (a Kazakh seller's BIN in a CII tax registration, a Russian INN as a legal id).
 */
export function nationalScheme(country: string | undefined, value: string): string | undefined {
  if (country === 'KZ' && /^\d{12}$/.test(value)) return kzTinScheme(value);
  if (country === 'RU' && /^(\d{10}|\d{12})$/.test(value)) return 'RU-INN';
  if (country === 'CN' && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return 'CN-USCC';
  return undefined;
}

/** ISO country of a VAT id ("EL" is Greece's VAT prefix). */
export function countryOfVat(vat: string): string | undefined {
  const prefix = vat.slice(0, 2).toUpperCase();
  if (!/^[A-Z]{2}$/.test(prefix)) return undefined;
  return prefix === 'EL' ? 'GR' : prefix;
}

/** Country of a bank from its BIC (characters 5–6) or, failing that, its IBAN. */
export function countryOfBank(bic: string | undefined, iban: string | undefined): string | undefined {
  const fromBic = bic?.replace(/\s/g, '').toUpperCase().slice(4, 6);
  if (fromBic && /^[A-Z]{2}$/.test(fromBic)) return fromBic;
  const fromIban = iban?.replace(/\s/g, '').toUpperCase().slice(0, 2);
  return fromIban && /^[A-Z]{2}$/.test(fromIban) ? fromIban : undefined;
}
