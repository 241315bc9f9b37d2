import type { Language } from './types';

/** A text in the four document languages; Kazakh falls back to Russian where Kazakh documents keep the Russian form. */
export interface Loc {
  ru: string;
  kk?: string;
  en: string;
  zh: string;
}

export const inLang = (text: Loc, lang: Language): string => (lang === 'kk' ? text.kk ?? text.ru : text[lang]);

/** Shorthand for tables of localised words: [ru, kk, en, zh]; an empty kk means "as in Russian". */
export function loc(ru: string, kk: string, en: string, zh: string): Loc {
  return kk ? { ru, kk, en, zh } : { ru, en, zh };
}
