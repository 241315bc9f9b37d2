/**
 * Text normalisation for goods descriptions in Russian, Kazakh, English and Chinese.
 * Everything downstream (vocabulary, designations, nomenclature search) works on this one form:
 * NFKC (full-width digits and Latin from Chinese invoices become ASCII), lower case, ё→е, one space.
 */
export type GoodsLanguage = 'ru' | 'kk' | 'en' | 'zh';

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const HAN = /\p{Script=Han}/u;

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    // Typographic dashes and quotes carry no meaning for classification.
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[«»“”„"'`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language that decides word order (head noun first in Russian, last in Kazakh and Chinese). */
export function detectLanguage(text: string): GoodsLanguage {
  const t = text.toLowerCase();
  if (HAN.test(t)) return 'zh';
  if (KAZAKH_LETTERS.test(t)) return 'kk';
  if (CYRILLIC.test(t)) return 'ru';
  return 'en';
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters and digits) with their character offsets in the normalised text. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return tokens;
}

export const isHan = (s: string): boolean => HAN.test(s);
