const LATIN = /\p{Script=Latin}/u;

/** Other writing systems we name, as lower-case ISO 15924 names, with the Unicode script that defines each. */
const SCRIPTS: Array<[name: string, letters: RegExp]> = [
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['han', /\p{Script=Han}/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['georgian', /\p{Script=Georgian}/gu],
  ['armenian', /\p{Script=Armenian}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['myanmar', /\p{Script=Myanmar}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['ethiopic', /\p{Script=Ethiopic}/gu],
];

/**
 * The script of a name: 'latin' when it has Latin letters only, else the non-Latin script most of its
 * other letters belong to ("ЧВК Española" is a Cyrillic rendering); undefined when it has no letters.
 * Lists label scripts loosely ("Cryillic", "Persian", "Chinese"), so we read the characters instead.
 */
export function detectScript(text: string): string | undefined {
  // Most listed names are plain ASCII: answer those without scanning every script.
  if (/^[\x00-\x7f]*$/.test(text)) return /[A-Za-z]/.test(text) ? 'latin' : undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, letters] of SCRIPTS) {
    const count = text.match(letters)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best ?? (LATIN.test(text) ? 'latin' : undefined);
}
