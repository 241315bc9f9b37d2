import type { PartyIdentifier } from '../invoice-model';

/** Identifiers printed in party blocks, with the country each scheme implies and its check-digit test. */
interface Scheme {
  scheme: string;
  label: RegExp;
  value: RegExp;
  country?: (value: string) => string | undefined;
  valid?: (value: string) => boolean;
}

const weighted = (digits: string, weights: number[]) => weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

/** Kazakhstan BIN/IIN: 12 digits, mod-11 check with a second weight set when the first gives 10. */
export function isValidKzBin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  let check = weighted(value, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (check === 10) check = weighted(value, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return check !== 10 && check === Number(value[11]);
}

/** Russian INN: 10 digits (organisations) or 12 (individuals), mod-11 mod-10 checks. */
export function isValidRuInn(value: string): boolean {
  const check = (weights: number[]) => (weighted(value, weights) % 11) % 10;
  if (/^\d{10}$/.test(value)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(value[9]);
  if (/^\d{12}$/.test(value)) {
    return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(value[10]) && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(value[11]);
  }
  return false;
}

/** Russian OGRN (13 digits, mod 11) and OGRNIP (15 digits, mod 13). */
export function isValidRuOgrn(value: string): boolean {
  if (/^\d{13}$/.test(value)) return Number(BigInt(value.slice(0, 12)) % 11n % 10n) === Number(value[12]);
  if (/^\d{15}$/.test(value)) return Number(BigInt(value.slice(0, 14)) % 13n % 10n) === Number(value[14]);
  return false;
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** China Unified Social Credit Code (GB 32100-2015): 18 characters, mod-31 check character. */
export function isValidCnUscc(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  const sum = USCC_WEIGHTS.reduce((s, w, i) => s + w * USCC_ALPHABET.indexOf(value[i]), 0);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === value[17];
}

/** IBAN: ISO 13616 mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(rearranged) % 97n === 1n;
}

const SCHEMES: Scheme[] = [
  { scheme: 'KZ-BIN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(БИН|БСН|BIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{12})\b/, country: () => 'KZ', valid: isValidKzBin },
  { scheme: 'KZ-IIN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИИН|ЖСН|IIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{12})\b/, country: () => 'KZ', valid: isValidKzBin },
  { scheme: 'RU-INN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИНН|INN|Tax ID)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{10}|\d{12})\b/, country: () => 'RU', valid: isValidRuInn },
  { scheme: 'RU-KPP', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(КПП|KPP)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\/\s*(\d{9})\b|(?:КПП|KPP)\s*[:：]?\s*(\d{9})\b/i, country: () => 'RU' },
  // Kyrgyz INN (14 digits), Uzbek STIR/INN (9 digits), Turkish VKN (10 digits): common counterparties' tax numbers.
  { scheme: 'KG-INN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИНН|INN|TIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{14})\b/, country: () => 'KG' },
  { scheme: 'UZ-STIR', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(СТИР|STIR|ИНН|INN|TIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /(?<![\d/])(\d{9})(?![\d/])/, country: () => 'UZ' },
  { scheme: 'TR-VKN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(VKN|Vergi\s*No)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{10})\b/, country: () => 'TR' },
  { scheme: 'RU-OGRN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ОГРН|OGRN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{13}|\d{15})\b/, country: () => 'RU', valid: isValidRuOgrn },
  { scheme: 'CN-USCC', label: /(USCC|统一社会信用代码|信用代码|社会信用代码)/i, value: /\b([0-9A-HJ-NPQRTUWXY]{18})\b/, country: () => 'CN', valid: isValidCnUscc },
  { scheme: 'VAT', label: /(VAT|USt-?IdNr|НДС\s*№|TVA)/i, value: /\b([A-Z]{2}[0-9A-Z]{8,12})\b/, country: (v) => v.slice(0, 2) === 'EL' ? 'GR' : v.slice(0, 2) },
  { scheme: 'VAT', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])TRN(?![\p{Script=Latin}\p{Script=Cyrillic}])/u, value: /\b(\d{15})\b/, country: () => 'AE' },
  { scheme: 'IBAN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(IBAN|ИИК|IIK|ЖСК|р\/с|счёт|счет|шот)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b([A-Z]{2}\d{2}[A-Z0-9 ]{10,34})\b/, country: (v) => v.slice(0, 2), valid: isValidIban },
  { scheme: 'SWIFT', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(SWIFT|BIC|БИК|БСК)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/, country: (v) => v.slice(4, 6) },
];

export interface FoundIdentifier extends PartyIdentifier {
  valid?: boolean;
  country?: string;
}

/** Finds labelled identifiers on one printed line ("ИНН/КПП: 7710889933/771001001" yields two). */
export function findIdentifiers(line: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const s of SCHEMES) {
    const labelMatch = line.match(s.label);
    if (!labelMatch) continue;
    const after = line.slice(labelMatch.index ?? 0);
    const match = after.match(s.value);
    const value = match && (match[1] ?? match[2])?.replace(/\s/g, '');
    if (!value || found.some((f) => f.value === value)) continue;
    found.push({ scheme: s.scheme, value, ...(s.valid ? { valid: s.valid(value) } : {}), country: s.country?.(value) });
  }
  // BIN and IIN share a format; a line labelled for one must not yield both.
  return found.filter((f, i) => !(f.scheme === 'KZ-IIN' && found.some((g, j) => j !== i && g.value === f.value)));
}
