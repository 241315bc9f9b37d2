import { isValidKzBin, isValidRuInn, isValidRuOgrn } from '../../extraction/identifiers';
import { normaliseIdentifierValue } from '../../lists/identifier-schemes';

/**
 * Identifier evidence: an exact registration/tax/vessel/bank identifier is a match whatever the name;
 * a different value under the same specific scheme speaks against a name match.
 */
export interface QueryIdentifier {
  scheme: string;
  value: string;
}

/** What a query may call a scheme → the scheme names the list parsers emit. */
const SCHEME_ALIASES: Record<string, string> = {
  INN: 'RU-INN', 'RU-INN': 'RU-INN', OGRN: 'RU-OGRN', 'RU-OGRN': 'RU-OGRN', OGRNIP: 'RU-OGRN', BIN: 'KZ-BIN', 'KZ-BIN': 'KZ-BIN',
  IIN: 'KZ-IIN', 'KZ-IIN': 'KZ-IIN', BIC: 'SWIFT', SWIFT: 'SWIFT', 'SWIFT/BIC': 'SWIFT', IMO: 'IMO', LEI: 'LEI', USCC: 'CN-USCC',
  'CN-USCC': 'CN-USCC', MMSI: 'MMSI', KPP: 'RU-KPP', OKPO: 'RU-OKPO',
};

/** Schemes that say only "some number": they match any scheme on value, and never contradict. */
const GENERIC = new Set(['TAX-ID', 'REGISTRATION', 'NATIONAL-ID', 'OTHER-ID', 'ID', 'VAT', '']);

export function canonicalScheme(scheme: string | undefined): string {
  const upper = (scheme ?? '').trim().toUpperCase();
  return SCHEME_ALIASES[upper] ?? upper;
}

export function isGenericScheme(scheme: string): boolean {
  return GENERIC.has(scheme);
}

/** As the lists store identifiers (normaliseIdentifierValue), also without slashes, and IMO numbers without "IMO". */
export function normaliseIdentifier(value: string): string {
  const v = normaliseIdentifierValue(value).replace(/\//g, '');
  return /^IMO\d{7}$/.test(v) ? v.slice(3) : v;
}

const digits = (s: string) => [...s].map(Number);

/** undefined when the scheme has no check digit we know. */
export function checkDigitValid(scheme: string, value: string): boolean | undefined {
  // The same validators the extractor uses on printed identifiers.
  if (scheme === 'RU-INN') return isValidRuInn(value);
  if (scheme === 'RU-OGRN') return isValidRuOgrn(value);
  if (scheme === 'KZ-BIN' || scheme === 'KZ-IIN') return isValidKzBin(value);
  if (scheme === 'IMO') {
    if (!/^\d{7}$/.test(value)) return false;
    const d = digits(value);
    return d.slice(0, 6).reduce((s, x, i) => s + x * (7 - i), 0) % 10 === d[6];
  }
  return undefined;
}
