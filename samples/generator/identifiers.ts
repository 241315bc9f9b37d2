/**
 * Synthetic party identifiers with valid check digits. The rules for BIN, INN, USCC, IBAN and the
 * German VAT number come from samples/check-digits.ts; the Turkish VKN rule (not needed by the
 * hand-written samples) lives here. KPP, SWIFT, the UAE TRN and the Kyrgyz/Uzbek tax numbers have no
 * published check digit, so only their shape is generated and checked.
 */
import {
  deVatCheckDigit,
  ibanCheckDigits,
  isValidDeVat,
  isValidIban,
  isValidKzBin,
  isValidRuInn10,
  isValidUscc,
  isWellFormedRuKpp,
  kzBinCheckDigit,
  orgCodeCheckChar,
  ruInn10CheckDigit,
  usccCheckChar,
} from '../check-digits';
import type { Rng } from './rng';
import type { Identifier, IdScheme } from './types';

/** Turkish VKN (10 digits), the python-stdnum `tr.vkn` rule: test vector 4540536920. */
export function trVknCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new Error(`VKN prefix must be 9 digits: ${first9}`);
  let sum = 0;
  [...first9].reverse().forEach((ch, k) => {
    const i = k + 1;
    const c1 = (Number(ch) + i) % 10;
    if (c1) sum += (c1 * 2 ** i) % 9 || 9;
  });
  return (10 - (sum % 10)) % 10;
}

export const isValidTrVkn = (value: string): boolean =>
  /^\d{10}$/.test(value) && trVknCheckDigit(value.slice(0, 9)) === Number(value[9]);

/** KZ BIN of a resident legal entity: YYMM of registration, 4 (legal entity), 0 (head office), serial, check. */
export function makeKzBin(rng: Rng): string {
  for (;;) {
    const yy = String(rng.int(0, 24)).padStart(2, '0');
    const mm = String(rng.int(1, 12)).padStart(2, '0');
    const first11 = `${yy}${mm}40${rng.digits(5)}`;
    const check = kzBinCheckDigit(first11);
    // A prefix for which both weight sets give 10 is never issued; draw again.
    if (check !== null) return `${first11}${check}`;
  }
}

/** RU INN of an organisation (region + tax office + serial + check) and a KPP of the same office. */
export function makeRuInnKpp(rng: Rng, region: string): { inn: string; kpp: string } {
  const office = `${region}${String(rng.int(1, 99)).padStart(2, '0')}`;
  const first9 = `${office}${rng.digits(5)}`;
  return { inn: `${first9}${ruInn10CheckDigit(first9)}`, kpp: `${office}01001` };
}

// GB 11714 organisation codes use digits and capitals; USCC forbids I, O, S, V, Z anywhere.
const ORG_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** CN USCC: 9 (market regulator) 1 (enterprise), 6-digit region, 9-char organisation code, check character. */
export function makeUscc(rng: Rng, regionCode: string): string {
  for (;;) {
    let org8 = '';
    for (let i = 0; i < 8; i++) org8 += rng.pick([...ORG_CODE_ALPHABET]);
    const orgCheck = orgCodeCheckChar(org8);
    if (!ORG_CODE_ALPHABET.includes(orgCheck)) continue;
    const first17 = `91${regionCode}${org8}${orgCheck}`;
    const uscc = `${first17}${usccCheckChar(first17)}`;
    if (isValidUscc(uscc)) return uscc;
  }
}

export function makeDeVat(rng: Rng): string {
  const first8 = `${rng.int(1, 3)}${rng.digits(7)}`;
  return `DE${first8}${deVatCheckDigit(first8)}`;
}

/** UAE TRN: 15 digits starting with 100; no published check digit. */
export const makeAeTrn = (rng: Rng): string => `100${rng.digits(12)}`;

export function makeTrVkn(rng: Rng): string {
  const first9 = `${rng.int(1, 9)}${rng.digits(8)}`;
  return `${first9}${trVknCheckDigit(first9)}`;
}

/** Kyrgyz INN of an organisation: 14 digits starting with 0 or 1 and a registration date; shape only. */
export function makeKgInn(rng: Rng): string {
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const month = String(rng.int(1, 12)).padStart(2, '0');
  return `0${day}${month}${rng.int(2005, 2023)}${rng.digits(5)}`;
}

/** Uzbek STIR (INN) of an organisation: 9 digits starting with 2 or 3; shape only. */
export const makeUzInn = (rng: Rng): string => `${rng.pick(['2', '3'])}${rng.digits(8)}`;

/** IBAN lengths of the countries used here (ISO 13616 registry). */
const IBAN_BBAN: Record<string, (rng: Rng, bankCode: string) => string> = {
  KZ: (rng, bank) => `${bank}${rng.digits(13)}`,
  DE: (rng, bank) => `${bank}${rng.digits(10)}`,
  TR: (rng, bank) => `${bank}0${rng.digits(16)}`,
  AE: (rng, bank) => `${bank}${rng.digits(16)}`,
};

export function makeIban(rng: Rng, country: string, bankCode: string): string {
  const bban = IBAN_BBAN[country];
  if (!bban) throw new Error(`no IBAN format for ${country}`);
  const body = bban(rng, bankCode);
  return `${country}${ibanCheckDigits(country, body)}${body}`;
}

/** Groups of four, as banks print IBANs on paper. */
export const groupIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** Check-digit or shape test of one identifier, for the truth checks and the tests. */
export function isValidIdentifier(id: Identifier, country: string): boolean {
  const v = id.value;
  const rules: Record<IdScheme, () => boolean> = {
    'KZ-BIN': () => isValidKzBin(v),
    'RU-INN': () => isValidRuInn10(v),
    'RU-KPP': () => isWellFormedRuKpp(v),
    'CN-USCC': () => isValidUscc(v),
    VAT: () => (v.startsWith('DE') ? isValidDeVat(v) : country === 'AE' && /^100\d{12}$/.test(v)),
    SWIFT: () => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v) && v.slice(4, 6) === country,
    IBAN: () => isValidIban(v) && v.startsWith(country),
    'TR-VKN': () => isValidTrVkn(v),
    'KG-INN': () => /^[01]\d{13}$/.test(v),
    'UZ-INN': () => /^[23]\d{8}$/.test(v),
  };
  return rules[id.scheme]();
}
