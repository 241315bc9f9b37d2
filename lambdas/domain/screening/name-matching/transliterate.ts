/**
 * Cyrillic → Latin in the romanisation schemes that Central Asian trade documents actually use.
 * Matching does not depend on which scheme produced a Latin name: both sides are reduced to a phonetic
 * key (phonetic-key.ts) in which the schemes' differences vanish. These tables exist to read Cyrillic and
 * to generate and test the variants.
 */
export type TranslitScheme = 'bgn-pcgn' | 'icao-9303' | 'gost-7.79-b' | 'informal';

export const TRANSLIT_SCHEMES: TranslitScheme[] = ['bgn-pcgn', 'icao-9303', 'gost-7.79-b', 'informal'];

type Table = Record<string, string>;

/** Letters every scheme writes the same way. */
const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', ш: 'sh', ч: 'ch', ь: '', ъ: '',
  // Ukrainian and Belarusian letters that appear on Russian-language invoices.
  ґ: 'g', є: 'ye', ї: 'yi', ў: 'w', ѕ: 's', ј: 'j',
};

const TABLES: Record<TranslitScheme, Table> = {
  // BGN/PCGN 1947 (Russian) + 1979 (Kazakh), as OFAC and the UK list romanise; ye/yë positional rule applied in code.
  'bgn-pcgn': {
    ...COMMON, е: 'e', ё: 'e', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
    ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  },
  // ICAO Doc 9303 (machine-readable passports), with the Kazakh passport office's letters.
  'icao-9303': {
    ...COMMON, е: 'e', ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', щ: 'shch', ъ: 'ie', ы: 'y', э: 'e', ю: 'iu', я: 'ia',
    ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  },
  // GOST 7.79-2000 system B (library/scientific), diacritic-free; its backticks are dropped as punctuation.
  'gost-7.79-b': {
    ...COMMON, е: 'e', ё: 'yo', ж: 'zh', й: 'j', х: 'x', ц: 'cz', щ: 'shh', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
    ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  },
  // What people type without a standard: German/Polish/English habits, Kazakh letters dropped to the nearest Russian one.
  informal: {
    ...COMMON, е: 'e', ё: 'yo', ж: 'j', й: 'j', х: 'h', ц: 'c', щ: 'sch', ы: 'i', э: 'e', ю: 'ju', я: 'ja',
    ә: 'ae', ғ: 'g', қ: 'k', ң: 'n', ө: 'oe', ұ: 'u', ү: 'ue', һ: 'h', і: 'i',
  },
};

const VOWELS = new Set('аеёиоуыэюяәөұүіїє'.split(''));

/** BGN/PCGN writes е as "ye" at the start of a word and after a vowel, ъ or ь ("Yevgeniy", "Nazarbayev"). */
function bgnE(prev: string | undefined): string {
  return prev === undefined || VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
}

/** Transliterates the Cyrillic letters of lower-case text; other characters pass through. */
export function transliterate(text: string, scheme: TranslitScheme = 'bgn-pcgn'): string {
  const table = TABLES[scheme];
  let out = '';
  let prev: string | undefined;
  for (const ch of text.toLowerCase()) {
    const isLetter = /\p{L}/u.test(ch);
    if (ch === 'е' && scheme === 'bgn-pcgn') out += bgnE(prev);
    else if (ch === 'ё' && scheme === 'bgn-pcgn') out += prev === undefined || VOWELS.has(prev) ? 'ye' : 'e';
    else out += table[ch] ?? ch;
    prev = isLetter ? ch : undefined;
  }
  return out;
}

/** All scheme renderings of a Cyrillic text, de-duplicated (used to generate test and benchmark variants). */
export function transliterationVariants(text: string): Map<TranslitScheme, string> {
  return new Map(TRANSLIT_SCHEMES.map((s) => [s, transliterate(text, s)]));
}
