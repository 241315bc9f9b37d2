import { writeIn } from '../../look-alike-letters';
import { overlapShare, stripSheetAround, wordsByLine, type StripSheet } from './strip-sheet';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * A Cyrillic page is read rus-first, and the Russian model reads a short Latin word or a Latin code in its own
 * letters when it can: "oil" → «ой», "10uF" → «10ЧҒ», "25V" → «25У», "IBAN" → «1ВАМ», "KZ27…" → «К27…». Such
 * words are read again with the English model alone, from a strip sheet, and take its reading when that is
 * confident and is not merely the same letter shapes in the other script: the English model reads «ТОО», «для»
 * or «шт» as "TOO", "ana", "wt", and those stay Cyrillic.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

/** The English model's reading has to be at least this sure to replace the Russian one. */
export const LATIN_PASS_MIN_CONFIDENCE = 0.75;

/** A Cyrillic word of at most this many letters beside a Latin word may be a Latin word read in Cyrillic. */
const SHORT_WORD_LETTERS = 4;

/**
 * What the English model reads for a Cyrillic letter of a similar shape (lower case). Recorded on the generated
 * scans: «Адрес» → "Agpec", «для» → "ana", «шт» → "wt", «БИК» → "BUK", «Банк» → "Bank", «кеңсе» → "kexce",
 * «Беті» → "Ber1", «арт.» → "apr.".
 */
const LATIN_SHAPES: Record<string, string> = {
  а: 'a', б: 'b6', в: 'bs', г: 'r', д: 'ag', е: 'e', ё: 'e', ж: 'k', з: '3z', и: 'un', й: 'un', к: 'k', л: 'jn',
  м: 'm', н: 'hn', о: 'o0', п: 'n', р: 'p', с: 'c', т: 'tmr', у: 'y', ф: 'd', х: 'x', ц: 'u', ч: '4y', ш: 'w',
  щ: 'w', ъ: 'b', ы: 'b', ь: 'b', э: '3e', ю: 'o', я: 'a',
  ә: 'ae', ғ: 'rf', қ: 'k', ң: 'hnx', ө: 'oe', ұ: 'y', ү: 'y', һ: 'h', і: 'il1',
};

/** Cyrillic letters the English model reads as two Latin letters: «ы» → "bI", «ю» → "io", «Ц» → "Ll". */
const LATIN_SHAPE_PAIRS: Record<string, string> = { ы: 'b[il1|]', ю: '[il1|][o0]', ц: '[li1|][li1|]' };

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `latin` is `cyrillic` read letter by letter as Latin letters of the same shape (nothing else differs). */
export function sameShapesInLatin(cyrillic: string, latin: string): boolean {
  const pattern = [...cyrillic.toLowerCase()]
    .map((letter) => {
      const shapes = LATIN_SHAPES[letter];
      if (!shapes) return escape(letter);
      const single = `[${escape(letter)}${shapes}]`;
      return LATIN_SHAPE_PAIRS[letter] ? `(?:${single}|${LATIN_SHAPE_PAIRS[letter]})` : single;
    })
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(latin.toLowerCase());
}

const isLatinWord = (text: string) => LATIN.test(text) && !CYRILLIC.test(text);
const letterCount = (text: string) => (text.match(LETTER) ?? []).length;
/** A Latin word with a letter Cyrillic has no look-alike of ("USD", "oil"): not a Cyrillic word read in Latin look-alikes ("TH" for «ТН»). */
const isPlainlyLatin = (text: string) => isLatinWord(text) && /\p{Script=Latin}/u.test(writeIn(text, 'cyrillic'));
/** «рс», «АО»: two letters or fewer, all with Latin look-alikes; the English model misreads them ("pe") more often than it helps. */
const tooShortToTell = (text: string) => letterCount(text) <= 2 && !CYRILLIC.test(writeIn(text, 'latin'));

/**
 * Words the Latin pass reads again: a code mixing digits and Cyrillic letters («10ЧҒ», «ОҒМ48», «К2749…»), and a
 * short Cyrillic word whose nearest lettered neighbour on its line is plainly Latin («sunflower ой»; not «Код» beside
 * "TH", which is «ТН» in look-alikes). Look-alike words of one or two letters without digits are left as read.
 * Also a code of digits that may have been Latin letters (DIGITS_FOR_LETTERS) beside a plainly Latin word.
 */
export function latinPassCandidates(reading: TsvPage): TsvWord[] {
  const candidates: TsvWord[] = [];
  for (const line of wordsByLine(reading.words)) {
    const lettered = line.filter((w) => letterCount(w.text) > 0);
    // The nearest lettered words before and after a word of the line.
    const besideLatin = (word: TsvWord) => {
      const before = lettered.filter((w) => w.left < word.left && w !== word).pop();
      const after = lettered.find((w) => w.left > word.left && w !== word);
      return [before, after].some((n) => n && isPlainlyLatin(n.text));
    };
    for (const word of line) {
      if (CYRILLIC.test(word.text)) {
        const code = /\d/.test(word.text);
        if (code || (!tooShortToTell(word.text) && letterCount(word.text) <= SHORT_WORD_LETTERS && besideLatin(word))) candidates.push(word);
      } else if (DIGITS_FOR_LETTERS.test(word.text) && besideLatin(word)) candidates.push(word);
    }
  }
  return candidates;
}

/**
 * A code of digits joined by a stroke or closed by a bracket, beside Latin words: what the first reading makes of
 * "L1/L2" («11/12») or "1U" («11)»), where a Latin letter was read as a digit or a bracket.
 */
const DIGITS_FOR_LETTERS = /^(?=.*\d)(?=.*[/)])[\d/)]{2,6}[,.]?$/;

/** One strip per candidate word: candidates are scattered, and a whole line would be read again for one word. */
export function latinPassStrips(reading: TsvPage): StripSheet {
  return stripSheetAround(latinPassCandidates(reading).map((w) => [w]), reading, { across: 0.25, along: 0.3 });
}

/**
 * The rus-first reading with the Latin words the English reading of the same places found; every other word,
 * its box and the line structure stay as the rus-first reading has them.
 */
export function restoreLatinWords(rusFirst: TsvPage, english: TsvPage): TsvPage {
  if (rusFirst.width !== english.width || rusFirst.height !== english.height) return rusFirst;
  const candidates = new Set(latinPassCandidates(rusFirst));
  const words = rusFirst.words.map((word) => {
    if (!candidates.has(word)) return word;
    let found: TsvWord | undefined;
    let bestShare = 0.5;
    for (const other of english.words) {
      const share = overlapShare(word, other);
      if (share >= bestShare) [found, bestShare] = [other, share];
    }
    const taken = found && found.confidence >= LATIN_PASS_MIN_CONFIDENCE && isLatinWord(found.text) && (CYRILLIC.test(word.text) ? !sameShapesInLatin(word.text, found.text) : /\d/.test(found.text));
    return taken ? { ...word, text: found!.text, confidence: found!.confidence } : word;
  });
  return { ...rusFirst, words };
}
