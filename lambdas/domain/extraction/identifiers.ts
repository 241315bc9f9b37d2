import type { PartyIdentifier } from '../invoice-model';

/** Identifiers printed in party blocks, with the country each scheme implies and its check-digit test. */
interface Scheme {
  scheme: string;
  label: RegExp;
  /** The value after the label: the first capture group of a pattern, or a function for printed variants. */
  value: RegExp | ((text: string) => string | undefined);
  country?: (value: string) => string | undefined;
  valid?: (value: string) => boolean | undefined;
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

/**
 * VAT numbers by country prefix (the formats the EU's VIES checks, plus GB, XI, CH and NO): the prefix, then
 * the national number. EL is Greece.
 */
const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/, BE: /^BE[01]\d{9}$/, BG: /^BG\d{9,10}$/, CY: /^CY\d{8}[A-Z]$/, CZ: /^CZ\d{8,10}$/, DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/, EE: /^EE\d{9}$/, EL: /^EL\d{9}$/, ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/, FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/, HR: /^HR\d{11}$/, HU: /^HU\d{8}$/, IE: /^IE(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/, LT: /^LT(\d{9}|\d{12})$/, LU: /^LU\d{8}$/, LV: /^LV\d{11}$/, MT: /^MT\d{8}$/, NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/, PT: /^PT\d{9}$/, RO: /^RO\d{2,10}$/, SE: /^SE\d{10}01$/, SI: /^SI\d{8}$/, SK: /^SK\d{10}$/,
  GB: /^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, XI: /^XI(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, CHE: /^CHE\d{9}(MWST|TVA|IVA)?$/, NO: /^NO\d{9}(MVA)?$/,
};

/** Whether a VAT number has the format of its country prefix; undefined for a prefix without a known format. */
export function vatFormatValid(value: string): boolean | undefined {
  const format = VAT_FORMATS[value.startsWith('CHE') ? 'CHE' : value.slice(0, 2)];
  return format ? format.test(value) : undefined;
}

/**
 * A VAT number after its label, printed with or without spaces, dots or dashes ("DE 123 456 789",
 * "CHE-123.456.789 MWST", "NL 8152.54.295.B01"). The longest spelling that has its country's format wins;
 * else the first plain prefix-and-number token.
 */
function vatAfterLabel(text: string): string | undefined {
  const candidates: string[] = [];
  for (const start of text.matchAll(/(?<![\p{L}\p{N}])(?=[A-Z]{2})/gu)) {
    const m = text.slice(start.index).match(/^([A-Z]{2,3})[\s.-]?((?:[0-9A-Z][\s.-]?){7,14})/u);
    if (!m) continue;
    const raw = `${m[1]}${m[2]}`.replace(/[\s.-]/g, '');
    // Try the spelling cut back word by word: "DE123456789 Steuernummer" must not swallow the next word.
    for (let end = raw.length; end >= 9; end--) {
      const value = raw.slice(0, end);
      if (vatFormatValid(value)) return value;
    }
    const plain = `${m[1]}${m[2]}`.match(/^[A-Z]{2}[0-9A-Z]{8,12}(?![0-9A-Z])/)?.[0];
    if (plain && /\d/.test(plain)) candidates.push(plain);
  }
  return candidates[0];
}

/**
 * Labels of a VAT number: VAT, USt-IdNr. (USt.-Id.-Nr., USt-ID, UStId; OCR reads its I as l or 1, «USt-ldNr.»), BTW,
 * N° TVA, TVA intracommunautaire, MwSt-Nr.
 */
const VAT_LABEL = /(?<![\p{L}])(VAT|U\.?St[.\s-]*[Il1]d[.\s-]*(Nr)?|Umsatzsteuer[\s-]*Id\p{L}*|MwSt[.\s-]*Nr|BTW|TVA|IVA|НДС\s*№)(?![\p{L}])/iu;

const SCHEMES: Scheme[] = [
  { scheme: 'KZ-BIN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(БИН|БСН|BIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{12})\b/, country: () => 'KZ', valid: isValidKzBin },
  { scheme: 'KZ-IIN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИИН|ЖСН|IIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{12})\b/, country: () => 'KZ', valid: isValidKzBin },
  { scheme: 'RU-INN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИНН|INN|Tax ID)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{10}|\d{12})\b/, country: () => 'RU', valid: isValidRuInn },
  { scheme: 'RU-KPP', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(КПП|KPP)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\/\s*(\d{9})\b|(?:КПП|KPP)\s*[:：]?\s*(\d{9})\b/i, country: () => 'RU' },
  // Kyrgyz INN (14 digits), Uzbek STIR/INN (9 digits), Turkish VKN (10 digits): common counterparties' tax numbers.
  { scheme: 'KG-INN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ИНН|INN|TIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{14})\b/, country: () => 'KG' },
  { scheme: 'UZ-INN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(СТИР|STIR|ИНН|INN|TIN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /(?<![\d/])(\d{9})(?![\d/])/, country: () => 'UZ' },
  { scheme: 'TR-VKN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(VKN|Vergi\s*No)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{10})\b/, country: () => 'TR' },
  { scheme: 'RU-OGRN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(ОГРН|OGRN)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b(\d{13}|\d{15})\b/, country: () => 'RU', valid: isValidRuOgrn },
  { scheme: 'CN-USCC', label: /(USCC|统一社会信用代码|信用代码|社会信用代码)/i, value: /\b([0-9A-HJ-NPQRTUWXY]{18})\b/, country: () => 'CN', valid: isValidCnUscc },
  { scheme: 'VAT', label: VAT_LABEL, value: vatAfterLabel, country: (v) => (v.slice(0, 2) === 'EL' ? 'GR' : v.slice(0, 2)), valid: vatFormatValid },
  { scheme: 'VAT', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])TRN(?![\p{Script=Latin}\p{Script=Cyrillic}])/u, value: /\b(\d{15})\b/, country: () => 'AE' },
  { scheme: 'IBAN', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(IBAN|ИИК|IIK|ЖСК|р\/с|счёт|счет|шот)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b([A-Z]{2}\d{2}[A-Z0-9 ]{10,34})\b/, country: (v) => v.slice(0, 2), valid: isValidIban },
  { scheme: 'SWIFT', label: /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(SWIFT|BIC|БИК|БСК)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu, value: /\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/, country: (v) => v.slice(4, 6) },
];

export interface FoundIdentifier extends PartyIdentifier {
  valid?: boolean;
  country?: string;
}

/** Letters OCR reads for digits, and digits it reads for letters (scans: «K2309…» for KZ30…, «…RPLOX» for …RPL0X). */
const DIGIT_FOR = { O: '0', o: '0', Q: '0', D: '0', I: '1', l: '1', i: '1', Z: '2', z: '2', З: '3', S: '5', s: '5', B: '8', b: '6', G: '6' } as Record<string, string>;
const LETTER_FOR = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' } as Record<string, string>;
const asDigits = (text: string) => [...text].map((c) => DIGIT_FOR[c] ?? c).join('');

/**
 * A value OCR misread in a confusable character, read back only where its check digits then agree: the chance
 * that a wrong repair passes is that of the check (1 in 97 for an IBAN, 31 for a USCC, 11 for a BIN).
 */
const CHECKED_OCR_READINGS: Record<string, (after: string) => string | undefined> = {
  IBAN: (after) => {
    for (const m of after.matchAll(/(?<![A-Za-z0-9])([A-Z0-9]{2})\s?([0-9OIlZSB]{2})((?:\s?[A-Za-z0-9]){10,30})/g)) {
      const country = [...m[1]].map((c) => LETTER_FOR[c] ?? c).join('');
      const rest = m[3].replace(/\s/g, '').toUpperCase();
      for (let end = rest.length; end >= 10; end--) {
        const value = `${country}${asDigits(m[2])}${rest.slice(0, end)}`;
        if (isValidIban(value)) return value;
      }
    }
    return undefined;
  },
  'CN-USCC': (after) => {
    // The alphabet has no I, O, S, V or Z: those are misread digits.
    for (const m of after.matchAll(/(?<![A-Za-z0-9])([A-Za-z0-9]{18})(?![A-Za-z0-9])/g)) {
      const value = [...m[1].toUpperCase()].map((c) => (USCC_ALPHABET.includes(c) ? c : (DIGIT_FOR[c] ?? c))).join('');
      if (isValidCnUscc(value)) return value;
    }
    return undefined;
  },
  'KZ-BIN': (after) => {
    for (const m of after.matchAll(/(?<![\p{L}\p{N}])([0-9OoQDIliZzЗSsBbG]{12})(?![\p{L}\p{N}])/gu)) {
      const value = asDigits(m[1]);
      if (/\d/.test(m[1]) && isValidKzBin(value)) return value;
    }
    return undefined;
  },
};

/** Finds labelled identifiers on one printed line ("ИНН/КПП: 7710889933/771001001" yields two). */
export function findIdentifiers(line: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const s of SCHEMES) {
    const labelMatch = line.match(s.label);
    if (!labelMatch) continue;
    const after = line.slice(labelMatch.index ?? 0);
    const match = typeof s.value === 'function' ? undefined : after.match(s.value);
    let value = typeof s.value === 'function' ? s.value(after) : match && (match[1] ?? match[2])?.replace(/\s/g, '');
    if (!value || s.valid?.(value) === false) value = CHECKED_OCR_READINGS[s.scheme]?.(after.slice(labelMatch[0].length)) ?? value;
    if (!value || found.some((f) => f.value === value)) continue;
    const valid = s.valid?.(value);
    found.push({ scheme: s.scheme, value, ...(valid !== undefined ? { valid } : {}), country: s.country?.(value) });
  }
  // BIN and IIN share a format; a line labelled for one must not yield both.
  return found.filter((f, i) => !(f.scheme === 'KZ-IIN' && found.some((g, j) => j !== i && g.value === f.value)));
}
