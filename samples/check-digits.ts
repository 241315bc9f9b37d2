/**
 * Check-digit rules for the identifiers printed on the sample invoices.
 * The generator asserts every identifier with these so that the pipeline's own
 * validators can be tested against documents that are synthetic but well-formed.
 */

const digitsOnly = (s: string): boolean => /^\d+$/.test(s);

const weightedSum = (digits: string, weights: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

/**
 * Kazakhstan BIN/IIN: 12th digit from the first 11. A second weight set is used when
 * the first gives 10; if that also gives 10 the number cannot be issued (null).
 */
export function kzBinCheckDigit(first11: string): number | null {
  if (first11.length !== 11 || !digitsOnly(first11)) throw new Error(`BIN prefix must be 11 digits: ${first11}`);
  const primary = weightedSum(first11, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (primary !== 10) return primary;
  const secondary = weightedSum(first11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return secondary === 10 ? null : secondary;
}

export const isValidKzBin = (bin: string): boolean =>
  bin.length === 12 && digitsOnly(bin) && kzBinCheckDigit(bin.slice(0, 11)) === Number(bin[11]);

/** Russian INN of a legal entity (10 digits). */
export function ruInn10CheckDigit(first9: string): number {
  if (first9.length !== 9 || !digitsOnly(first9)) throw new Error(`INN prefix must be 9 digits: ${first9}`);
  return (weightedSum(first9, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
}

export const isValidRuInn10 = (inn: string): boolean =>
  inn.length === 10 && digitsOnly(inn) && ruInn10CheckDigit(inn.slice(0, 9)) === Number(inn[9]);

/** Russian KPP has no check digit; only its shape (4 digits, 2 alphanumerics, 3 digits) is checked. */
export const isWellFormedRuKpp = (kpp: string): boolean => /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);

// GB 32100-2015 alphabet: digits plus capitals without I, O, S, V, Z (31 symbols).
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Chinese organisation code (GB 11714), the 9th-17th characters of a USCC.
 * Its last character is itself a check character (mod 11, 'X' for 10).
 */
export function orgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error(`organisation code prefix must be 8 chars: ${first8}`);
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  // Letters count as 10..35 in GB 11714 (plain base-36 value).
  const sum = weights.reduce((acc, w, i) => acc + w * parseInt(first8[i], 36), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Unified Social Credit Code check character (18th) from the first 17 characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`USCC prefix must be 17 chars: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`character not allowed in USCC: ${first17[i]}`);
    sum += value * (3 ** i % 31);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(uscc: string): boolean {
  if (!/^[0-9A-Z]{18}$/.test(uscc)) return false;
  try {
    return usccCheckChar(uscc.slice(0, 17)) === uscc[17] && orgCodeCheckChar(uscc.slice(8, 16)) === uscc[16];
  } catch {
    return false;
  }
}

/** ISO 13616 mod-97 over the rearranged IBAN, letters as 10..35; chunked to stay within float precision. */
function ibanRemainder(rearranged: string): number {
  const numeric = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (let i = 0; i < numeric.length; i += 7) remainder = Number(String(remainder) + numeric.slice(i, i + 7)) % 97;
  return remainder;
}

export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - ibanRemainder(`${bban}${country}00`)).padStart(2, '0');
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '');
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(compact)) return false;
  // Kazakhstan fixes the length at 20; other countries are only checked by mod 97 here.
  if (compact.startsWith('KZ') && compact.length !== 20) return false;
  return ibanRemainder(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** German USt-IdNr: ISO 7064 MOD 11,10 over the first 8 digits gives the 9th. */
export function deVatCheckDigit(first8: string): number {
  if (first8.length !== 8 || !digitsOnly(first8)) throw new Error(`DE VAT prefix must be 8 digits: ${first8}`);
  let product = 10;
  for (const ch of first8) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

export const isValidDeVat = (vat: string): boolean =>
  /^DE\d{9}$/.test(vat) && vat[2] !== '0' && deVatCheckDigit(vat.slice(2, 10)) === Number(vat[10]);
