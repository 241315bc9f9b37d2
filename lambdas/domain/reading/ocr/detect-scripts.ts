/**
 * Which writing systems a page uses, and whether a PDF text layer is real text or garbage. Both decide the
 * reading engine per page (route-engine.ts): Textract's AnalyzeExpense reads English only, and Tesseract is
 * much faster and more accurate with the one or two language models a page needs than with all of them.
 */

export type Script = 'latin' | 'cyrillic' | 'han' | 'other';

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  han: number;
  /** Letters of any other script (Arabic, Hangul, kana…). */
  other: number;
  /** Cyrillic letters used by Kazakh but not by Russian (Ә Ғ Қ Ң Ө Ұ Ү Һ І); they need the kaz model. */
  kazakh: number;
  digits: number;
  /** U+FFFD, private-use, control, unassigned and lone-surrogate code points: glyphs with no real character. */
  unmapped: number;
  /** Latin-1 letters such as Ð Ñ Ã, which dominate UTF-8 text decoded as Latin-1 (mojibake). */
  latin1Letters: number;
  /** Р and С among the Cyrillic letters, which dominate UTF-8 text decoded as Windows-1251. */
  cyrillicErEs: number;
  /** Every character that is not white space. */
  total: number;
}

const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/u;
const UNMAPPED = /[\uFFFD\p{Co}\p{Cn}\p{Cs}]|(?![\t\n\r])\p{Cc}/u;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, han: 0, other: 0, kazakh: 0, digits: 0, unmapped: 0, latin1Letters: 0, cyrillicErEs: 0, total: 0 };
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    counts.total++;
    if (/\p{Script=Latin}/u.test(char)) {
      counts.latin++;
      if (char >= '\u00C0' && char <= '\u00FF') counts.latin1Letters++;
    } else if (/\p{Script=Cyrillic}/u.test(char)) {
      counts.cyrillic++;
      if (KAZAKH_LETTERS.test(char)) counts.kazakh++;
      if (/[РрСс]/u.test(char)) counts.cyrillicErEs++;
    } else if (/\p{Script=Han}/u.test(char)) counts.han++;
    else if (/\p{L}/u.test(char)) counts.other++;
    else if (/\p{Nd}/u.test(char)) counts.digits++;
    else if (UNMAPPED.test(char)) counts.unmapped++;
  }
  return counts;
}

export interface ScriptThresholds {
  /** A script counts when it has at least this share of the page's letters… */
  minShare: number;
  /** …and at least this many letters (a stray "kg" on a Chinese page is not a Latin page). */
  minLetters: number;
}

const DEFAULT_THRESHOLDS: ScriptThresholds = { minShare: 0.03, minLetters: 4 };

/** The scripts present, most frequent first. Han counts double: one ideograph carries a word. */
export function scriptsOf(counts: ScriptCounts, thresholds: ScriptThresholds = DEFAULT_THRESHOLDS): Script[] {
  const weighted: Array<[Script, number, number]> = [
    ['latin', counts.latin, counts.latin],
    ['cyrillic', counts.cyrillic, counts.cyrillic],
    ['han', counts.han * 2, counts.han],
    ['other', counts.other, counts.other],
  ];
  const letters = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  if (letters === 0) return [];
  return weighted
    .filter(([script, weight, raw]) => weight / letters >= thresholds.minShare && raw >= (script === 'han' ? Math.ceil(thresholds.minLetters / 2) : thresholds.minLetters))
    .sort((a, b) => b[1] - a[1])
    .map(([script]) => script);
}

export function detectScripts(text: string, thresholds?: ScriptThresholds): Script[] {
  return scriptsOf(countScripts(text), thresholds);
}

/** Two Kazakh-only letters make a Kazakh page: one could be a Ukrainian І or an OCR slip. */
export function hasKazakhLetters(counts: ScriptCounts): boolean {
  return counts.kazakh >= 2;
}

/** Tesseract's OSD script names (osd.traineddata) mapped onto ours; Japanese kanji read as Han well enough. */
export function scriptFromOsdName(name: string): Script | undefined {
  const normalised = name.trim().toLowerCase();
  if (!normalised) return undefined;
  if (normalised === 'latin') return 'latin';
  if (normalised === 'cyrillic') return 'cyrillic';
  if (['han', 'hans', 'hant', 'japanese', 'hiragana', 'katakana'].includes(normalised)) return 'han';
  return 'other';
}

export type TextLayerVerdict =
  | { usable: true; counts: ScriptCounts }
  | { usable: false; reason: 'empty' | 'garbage'; detail: string; counts: ScriptCounts };

export interface TextLayerThresholds {
  /** Fewer non-space characters than this: a scan with, at most, a stamped page number. */
  minChars: number;
  /** Share of unmapped glyphs (U+FFFD, private use, controls) above which the fonts had no Unicode mapping. */
  maxUnmappedShare: number;
  /** Share of letters and digits below which the "text" is rules, dots and symbols. */
  minWordCharShare: number;
}

export const DEFAULT_TEXT_LAYER_THRESHOLDS: TextLayerThresholds = { minChars: 20, maxUnmappedShare: 0.1, minWordCharShare: 0.4 };

/**
 * A text layer is real when it has enough characters, most of them letters or digits, few unmapped glyphs, and
 * no mojibake signature. Garbage layers come from fonts without a ToUnicode map (glyph ids in the private-use
 * area or control range), from broken encoders (U+FFFD), and from text converted with the wrong code page.
 */
export function assessTextLayer(text: string, thresholds: TextLayerThresholds = DEFAULT_TEXT_LAYER_THRESHOLDS): TextLayerVerdict {
  const counts = countScripts(text);
  if (counts.total < thresholds.minChars) {
    return { usable: false, reason: 'empty', detail: `${counts.total} characters (fewer than ${thresholds.minChars})`, counts };
  }
  const unmappedShare = counts.unmapped / counts.total;
  if (unmappedShare > thresholds.maxUnmappedShare) {
    return { usable: false, reason: 'garbage', detail: `${Math.round(unmappedShare * 100)}% unmapped glyphs`, counts };
  }
  const letters = counts.latin + counts.cyrillic + counts.han + counts.other;
  const wordShare = (letters + counts.digits) / counts.total;
  if (wordShare < thresholds.minWordCharShare) {
    return { usable: false, reason: 'garbage', detail: `only ${Math.round(wordShare * 100)}% letters and digits`, counts };
  }
  const mojibake = mojibakeOf(counts);
  if (mojibake) return { usable: false, reason: 'garbage', detail: mojibake, counts };
  return { usable: true, counts };
}

/**
 * UTF-8 Cyrillic read as Windows-1251 turns every letter into Р or С plus another letter (about half of all
 * Cyrillic letters are then Р/С; in real Russian or Kazakh about a tenth are). UTF-8 read as Latin-1 turns
 * it into Ð/Ñ/Ã-heavy text, where Latin-1 letters outnumber plain ones.
 */
function mojibakeOf(counts: ScriptCounts): string | undefined {
  if (counts.cyrillic >= 30 && counts.cyrillicErEs / counts.cyrillic > 0.35) return 'Cyrillic mojibake (UTF-8 decoded as Windows-1251)';
  if (counts.latin >= 30 && counts.latin1Letters / counts.latin > 0.3) return 'Latin-1 mojibake (UTF-8 decoded as Latin-1)';
  return undefined;
}
