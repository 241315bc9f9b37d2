/**
 * Script-level clean-up shared by queries and listed names: homoglyph repair, letters that NFKD would
 * flatten into the wrong Latin letter, quotes and punctuation. Transliteration happens later, per token.
 */

/** Letters whose diacritic carries a sound: folding them with NFKD (š → s) would lose the "h" that other schemes write. */
const PRE_FOLD: Record<string, string> = {
  š: 'sh', ž: 'zh', č: 'ch', ŝ: 'shch', ş: 'sh', ç: 'ch', ğ: 'gh', ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd',
  ł: 'l', œ: 'oe', þ: 'th', ð: 'd', ŋ: 'ng', ĸ: 'к',
  // Serbian and Macedonian letters, read as their nearest Russian ones.
  ћ: 'ч', ђ: 'дж', љ: 'ль', њ: 'нь', џ: 'дж', ќ: 'к', ѓ: 'г',
};
const PRE_FOLD_RE = new RegExp(`[${Object.keys(PRE_FOLD).join('')}]`, 'g');

/** Cyrillic and Latin letters that look alike; invoices and OCR output mix them inside one word. */
const CYRILLIC_LOOKALIKE_OF_LATIN: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', j: 'ј', k: 'к', m: 'м', o: 'о', p: 'р', s: 'ѕ', t: 'т', x: 'х', y: 'у',
};
const LATIN_LOOKALIKE_OF_CYRILLIC: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', о: 'o', р: 'p', ѕ: 's', т: 't', х: 'x', у: 'y',
  ё: 'e',
};

const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;

const isLookalike = (ch: string) => ch in LATIN_LOOKALIKE_OF_CYRILLIC || ch in CYRILLIC_LOOKALIKE_OF_LATIN;

/** Letters that can only be read in one script, counted over a whole name: the name's dominant script. */
export function dominantScript(text: string): 'cyrillic' | 'latin' {
  let cyrillic = 0;
  let latin = 0;
  let cyrillicLookalikes = 0;
  let latinLookalikes = 0;
  for (const ch of text) {
    const cyr = CYRILLIC_LETTER.test(ch);
    if (isLookalike(ch)) {
      if (cyr) cyrillicLookalikes++;
      else if (LATIN_LETTER.test(ch)) latinLookalikes++;
      continue;
    }
    if (cyr) cyrillic++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  // Only look-alike letters ("Кранарк ООО"): the script they were typed in decides.
  if (cyrillic === 0 && latin === 0) return cyrillicLookalikes > latinLookalikes ? 'cyrillic' : 'latin';
  return cyrillic > latin ? 'cyrillic' : 'latin';
}

function convert(word: string, toCyrillic: boolean): string {
  let out = '';
  for (const ch of word) out += (toCyrillic ? CYRILLIC_LOOKALIKE_OF_LATIN[ch] : LATIN_LOOKALIKE_OF_CYRILLIC[ch]) ?? ch;
  return out;
}

/**
 * A word that mixes Cyrillic and Latin letters is one script with look-alikes typed in: convert the
 * look-alikes to whichever script has more letters that cannot be look-alikes, and on a tie to the
 * name's dominant script. A word made only of Cyrillic look-alikes inside a Latin name ("СО" in
 * "TRADING СО LLC") is Latin too; Latin words inside Cyrillic names are left alone ("ООО «TechnoLab»").
 */
export function repairHomoglyphs(word: string, nameScript: 'cyrillic' | 'latin' = 'latin'): string {
  const hasCyrillic = CYRILLIC_LETTER.test(word);
  const hasLatin = LATIN_LETTER.test(word);
  if (hasCyrillic && !hasLatin) {
    return nameScript === 'latin' && [...word].every((ch) => !/\p{L}/u.test(ch) || ch in LATIN_LOOKALIKE_OF_CYRILLIC) ? convert(word, false) : word;
  }
  if (!hasCyrillic || !hasLatin) return word;
  let cyrillicOnly = 0;
  let latinOnly = 0;
  for (const ch of word) {
    if (isLookalike(ch)) continue;
    if (CYRILLIC_LETTER.test(ch)) cyrillicOnly++;
    else if (LATIN_LETTER.test(ch)) latinOnly++;
  }
  const toCyrillic = cyrillicOnly === latinOnly ? nameScript === 'cyrillic' : cyrillicOnly > latinOnly;
  return convert(word, toCyrillic);
}

/** OCR reads letters as digits inside words ("R0SNEFT", "GAZPR0M", "1UKOIL"); only words that also hold letters are touched. */
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '8': 'b', '3': 'e', '4': 'a', '6': 'b', '7': 't', '2': 'z', '9': 'g' };

/** English ordinals written with digits ("1ST", "22ND", "4TH") are numbers, not misread words. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

export function repairOcrDigits(word: string): string {
  if (!/\d/.test(word) || !/[a-z\u0400-\u04ff]/.test(word) || ORDINAL.test(word)) return word;
  const digits = word.replace(/\D/g, '').length;
  const letters = word.length - digits;
  // "A320", "T72", "SU35" are model codes, not misread words: repair only mostly-letter words, or a single
  // look-alike digit among at least two letters ("CA0", "0OO").
  const single = digits === 1 && letters >= 2 && /[0158]/.test(word);
  if (!single && (letters < 3 || letters < word.length * 0.6)) return word;
  const cyrillic = CYRILLIC_LETTER.test(word);
  return word.replace(/\d/g, (d) => {
    const latin = DIGIT_AS_LETTER[d] ?? d;
    return cyrillic ? (CYRILLIC_LOOKALIKE_OF_LATIN[latin] ?? latin) : latin;
  });
}

/**
 * Lower case, compatibility-folded, diacritics removed (after the sound-carrying ones were expanded),
 * quotes and punctuation turned into spaces. Cyrillic and Han stay as they are.
 */
export function foldText(text: string): string {
  let script: 'cyrillic' | 'latin' | undefined;
  const lowered = text.toLowerCase().replace(PRE_FOLD_RE, (c) => PRE_FOLD[c]);
  // NFKD splits ё/й into base + mark; recombine those two so they survive diacritic removal.
  const folded = lowered
    .normalize('NFKD')
    .replace(/\u0438\u0306/g, 'й')
    .replace(/\u0435\u0308/g, 'ё')
    .replace(/\u0456\u0308/g, 'ї')
    .replace(/\u0443\u0306/g, 'ў')
    .replace(/[\u0300-\u036f]/g, '');
  return folded
    // The English possessive is grammar, not name: "IRAN'S LAW ENFORCEMENT FORCES", "ISIL'S SOUTH ASIA BRANCH",
    // "ST. PETERSBURG'S SEA BUREAU". Only after three letters, so the Arabic "Ra's" (head, cape) stays a word.
    .replace(/(?<=[a-z]{3})['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’ʼʻ`´]/g, '') // apostrophes mark soft signs or elisions ("Il'ich", "O'Brien"): join, don't split
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w, _, all) => repairOcrDigits(repairHomoglyphs(w, script ??= dominantScript(all.join(' ')))))
    .join(' ');
}

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CYRILLIC = /[\u0400-\u04ff]/;

export type Script = 'latin' | 'cyrillic' | 'han' | 'mixed' | 'other';

export function detectScript(text: string): Script {
  const han = HAN.test(text);
  const cyr = CYRILLIC.test(text);
  const lat = /[a-zA-Z]/.test(text);
  const count = Number(han) + Number(cyr) + Number(lat);
  if (count > 1) return 'mixed';
  if (han) return 'han';
  if (cyr) return 'cyrillic';
  if (lat) return 'latin';
  return /\p{L}/u.test(text) ? 'other' : 'latin';
}
