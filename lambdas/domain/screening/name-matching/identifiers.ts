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

export function normaliseIdentifier(value: string): string {
  const v = value.toUpperCase().replace(/[\s.\-‐–—/]+/g, '');
  return /^IMO\d{7}$/.test(v) ? v.slice(3) : v;
}

const digits = (s: string) => [...s].map(Number);

/** Russian INN (10 or 12 digits) check digits. */
function validInn(v: string): boolean {
  const d = digits(v);
  const check = (weights: number[]) => (weights.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  if (/^\d{10}$/.test(v)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (/^\d{12}$/.test(v)) return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  return false;
}

/** Russian OGRN (13 digits, mod 11) and OGRNIP (15 digits, mod 13). */
function validOgrn(v: string): boolean {
  if (/^\d{13}$/.test(v)) return Number(BigInt(v.slice(0, 12)) % 11n % 10n) === Number(v[12]);
  if (/^\d{15}$/.test(v)) return Number(BigInt(v.slice(0, 14)) % 13n % 10n) === Number(v[14]);
  return false;
}

/** Kazakh BIN/IIN (12 digits): weights 1..11, and 3..11,1,2 when the first sum gives 10. */
function validKzId(v: string): boolean {
  if (!/^\d{12}$/.test(v)) return false;
  const d = digits(v);
  let sum = d.slice(0, 11).reduce((s, x, i) => s + x * (i + 1), 0) % 11;
  if (sum === 10) sum = d.slice(0, 11).reduce((s, x, i) => s + x * (((i + 2) % 11) + 1), 0) % 11;
  return sum !== 10 && sum === d[11];
}

/** undefined when the scheme has no check digit we know. */
export function checkDigitValid(scheme: string, value: string): boolean | undefined {
  if (scheme === 'RU-INN') return validInn(value);
  if (scheme === 'RU-OGRN') return validOgrn(value);
  if (scheme === 'KZ-BIN' || scheme === 'KZ-IIN') return validKzId(value);
  if (scheme === 'IMO') {
    if (!/^\d{7}$/.test(value)) return false;
    const d = digits(value);
    return d.slice(0, 6).reduce((s, x, i) => s + x * (7 - i), 0) % 10 === d[6];
  }
  return undefined;
}
