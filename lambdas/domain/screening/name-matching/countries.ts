import { countryCode as listCountryCode } from '../../countries';

/**
 * Country names and codes to ISO 3166 alpha-2, so a query saying "Казахстан" and a list saying "Kazakhstan"
 * or "KZ" agree. The lists' own country table (domain/countries.ts) answers first; names it does not know, in
 * Russian, Kazakh, Chinese and other languages, come from the runtime's ICU data, built on first need.
 */
const EXTRA: Record<string, string> = {
  'russian federation': 'RU', 'korea north': 'KP', 'north korea': 'KP', 'korea south': 'KR', 'south korea': 'KR', burma: 'MM',
  'united states of america': 'US', usa: 'US', uk: 'GB', 'great britain': 'GB', uae: 'AE', 'kyrgyz republic': 'KG',
  'republic of kazakhstan': 'KZ', 'rk': 'KZ', 'rf': 'RU', 'prc': 'CN', 'peoples republic of china': 'CN', 'iran islamic republic of': 'IR',
  'syrian arab republic': 'SY', 'moldova republic of': 'MD', 'turkiye': 'TR', 'czech republic': 'CZ', 'viet nam': 'VN',
  'region crimea': 'UA', 'crimea': 'UA', 'congo democratic republic of the': 'CD', 'west bank': 'PS', 'gaza': 'PS',
};

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let byName: Map<string, string> | undefined;

function namesFromIcu(): Map<string, string> {
  const BY_NAME = new Map<string, string>(Object.entries(EXTRA));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'ru', 'kk', 'zh', 'uz', 'ky']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        const name = names.of(code);
        if (name && !BY_NAME.has(fold(name))) BY_NAME.set(fold(name), code);
      }
    }
  }
  return BY_NAME;
}

/** ISO alpha-2 of a code or name, or the folded text when unknown (still comparable with itself). */
export function countryCode(value: string): string {
  const trimmed = value.trim();
  const listed = listCountryCode(trimmed);
  if (listed) return listed;
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const folded = fold(trimmed);
  byName ??= namesFromIcu();
  return byName.get(folded) ?? folded;
}
