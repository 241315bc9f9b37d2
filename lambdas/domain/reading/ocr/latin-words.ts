import { writeIn } from '../../look-alike-letters';
import { stripSheetAround, wordsByLine, type StripSheet } from './strip-sheet';
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

/** A line's words cut into phrases after a word ending in a colon (a label) and at gaps wider than two text heights. */
function phrasesOf(line: TsvWord[]): TsvWord[][] {
  const words = [...line].sort((a, b) => a.left - b.left);
  const height = [...words.map((w) => w.height)].sort((a, b) => a - b)[Math.floor(words.length / 2)] ?? 0;
  const phrases: TsvWord[][] = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    if (!previous || /[:：]$/u.test(previous.text) || word.left - (previous.left + previous.width) > 2 * height) phrases.push([word]);
    else phrases[phrases.length - 1].push(word);
  });
  return phrases;
}

/** More plainly Latin words than Cyrillic ones. */
const isLatinPhrase = (phrase: TsvWord[]) => phrase.filter((w) => isPlainlyLatin(w.text)).length > phrase.filter((w) => CYRILLIC.test(w.text)).length;

/**
 * Cyrillic words of a phrase that is mostly plainly Latin («Г.аһпКогп Industrie GmbH», «Marmara МаКта Ltd. Şti.»,
 * «Вейпед copper cathodes Cu 99.99%»): a Latin name or description whose words the rus and kaz models read in their
 * own letters, whatever their length. Not «АО «Алтын Kint Банк»», where the Latin word is the odd one.
 */
function wordsOfLatinPhrases(reading: TsvPage): Set<TsvWord> {
  const words = new Set<TsvWord>();
  for (const line of wordsByLine(reading.words)) {
    for (const phrase of phrasesOf(line)) if (isLatinPhrase(phrase)) for (const word of phrase) if (CYRILLIC.test(word.text) && letterCount(word.text) >= 2) words.add(word);
  }
  return words;
}

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

/**
 * Every Latin spelling the shapes of `text`'s Cyrillic letters allow, in lower case («виуег» → "buyer", "bunep" …;
 * other characters stay); empty past a letter without a Latin shape, or past `maxSpellings`.
 */
export function latinShapeSpellings(text: string, maxSpellings: number): string[] {
  let spellings = [''];
  for (const letter of text.toLowerCase()) {
    const shapes = CYRILLIC.test(letter) ? LATIN_SHAPES[letter] ?? '' : letter;
    if (!shapes) return [];
    spellings = spellings.flatMap((s) => [...new Set(shapes)].map((shape) => s + shape));
    if (spellings.length > maxSpellings) return [];
  }
  return spellings;
}

/** Cyrillic letters the English model reads as two Latin letters: «ы» → "bI", «ю» → "io", «Ц» → "Ll", «Ш» → "LU" (seed 37's «шыны» read "LUbIHbI"). */
const LATIN_SHAPE_PAIRS: Record<string, string> = { ы: 'b[il1|]', ю: '[il1|][o0]', ц: '[li1|][li1|]', ш: '[li1|]u', щ: '[li1|]u' };

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
/** How many letters `text` holds, in any script. */
export const letterCount = (text: string) => (text.match(LETTER) ?? []).length;
/** A Latin word with a letter Cyrillic has no look-alike of ("USD", "oil"): not a Cyrillic word read in Latin look-alikes ("TH" for «ТН»). */
const isPlainlyLatin = (text: string) => isLatinWord(text) && LATIN.test(writeIn(text, 'cyrillic'));
/** «рс», «АО»: two letters or fewer, all with Latin look-alikes; the English model misreads them ("pe") more often than it helps. */
const tooShortToTell = (text: string) => letterCount(text) <= 2 && !CYRILLIC.test(writeIn(text, 'latin'));

/**
 * A code of digits and strokes or closing brackets («11/12», «11)»), beside Latin words: what the first reading
 * makes of "L1/L2" or "1U", where a Latin letter was read as a digit or a bracket, the L's foot sometimes as a comma
 * («1,1/12», seed 67's 00137). On a blurred scan the stroke goes too: "L1/L5" read «1.17.5» or «1.11.5» (seed 61's
 * 00298) — short groups of digits between two dots, which no number or date is printed as. The English reading
 * replaces such a code only when it holds a Latin letter (restoreLatinWords).
 */
const DIGITS_FOR_LETTERS = /^(?:(?=.*\d)(?=.*[/)])(?:[\d/)]{2,6}|\d[,.][\d/)]{1,5})|\d{1,2}\.\d{1,2}\.\d{1,2})[,.]?$/;

/**
 * Words the Latin pass reads again: a code mixing digits and Cyrillic letters («10ЧҒ», «ОҒМ48», «К2749…»), and a
 * short Cyrillic word whose nearest lettered neighbour on its line is plainly Latin («sunflower ой»; not «Код» beside
 * "TH", which is «ТН» in look-alikes). Look-alike words of one or two letters without digits are left as read.
 * Also a code of digits that may have been Latin letters (DIGITS_FOR_LETTERS) on a line with a plainly Latin word.
 */
export function latinPassCandidates(reading: TsvPage): TsvWord[] {
  const candidates: TsvWord[] = [];
  const inLatinPhrase = wordsOfLatinPhrases(reading);
  for (const line of wordsByLine(reading.words)) {
    // Such a code anywhere on a line with a plainly Latin word («GNSS навигациялық қабылдағышы 11/12»).
    const latinOnLine = line.some((w) => isPlainlyLatin(w.text));
    const codes = new Set(latinOnLine ? line.filter((w) => DIGITS_FOR_LETTERS.test(w.text)) : []);
    // The nearest lettered words before and after a word, by position; such a code counts as Latin («11/15 ВТК»).
    const neighbours = line.filter((w) => letterCount(w.text) > 0 || codes.has(w)).sort((a, b) => a.left - b.left);
    const besideLatin = (word: TsvWord) => {
      const before = neighbours.findLast((w) => w.left < word.left);
      const after = neighbours.find((w) => w.left > word.left);
      return [before, after].some((n) => n && (isPlainlyLatin(n.text) || codes.has(n)));
    };
    for (const word of line) {
      if (CYRILLIC.test(word.text)) {
        const code = /\d/.test(word.text);
        if (code || inLatinPhrase.has(word) || (!tooShortToTell(word.text) && letterCount(word.text) <= SHORT_WORD_LETTERS && besideLatin(word))) candidates.push(word);
      } else if (codes.has(word)) candidates.push(word);
    }
  }
  return candidates;
}

/** One strip per candidate word: candidates are scattered, and a whole line would be read again for one word. */
export function latinPassStrips(reading: TsvPage, candidates = latinPassCandidates(reading)): StripSheet {
  return stripSheetAround(candidates.map((w) => [w]), reading, { across: 0.25, along: 0.3 });
}

/**
 * The rus-first reading with the Latin words the English reading of the same places found; every other word,
 * its box and the line structure stay as the rus-first reading has them. The English words whose middles lie in
 * a candidate's box are its reading, joined (the English model may split «К2749…» in two), when they span most
 * of it.
 */
export function restoreLatinWords(rusFirst: TsvPage, english: TsvPage, candidates = latinPassCandidates(rusFirst)): TsvPage {
  if (rusFirst.width !== english.width || rusFirst.height !== english.height) return rusFirst;
  const toRead = new Set(candidates);
  const inLatinPhrase = wordsOfLatinPhrases(rusFirst);
  const inBox = (e: TsvWord, box: TsvWord) => {
    const [middleX, middleY] = [e.left + e.width / 2, e.top + e.height / 2];
    return middleX >= box.left && middleX <= box.left + box.width && middleY >= box.top && middleY <= box.top + box.height;
  };
  const words = rusFirst.words.map((word) => {
    if (!toRead.has(word)) return word;
    // The first reading's boxes may overlap ("M00k / Refined" as «МОСК» over the stroke and half the next word,
    // «/» and «Refined» read as well): an English word in a neighbour's box is the neighbour's, not this word's.
    const neighbours = rusFirst.words.filter((o) => o !== word && o.block === word.block && o.paragraph === word.paragraph && o.line === word.line);
    const pieces = english.words.filter((e) => inBox(e, word) && !neighbours.some((o) => inBox(e, o))).sort((a, b) => a.left - b.left);
    if (!pieces.length) return word;
    const span = Math.max(...pieces.map((e) => e.left + e.width)) - pieces[0].left;
    // Pieces the English model set a word space apart («22uF» «16V» for «22иҒ16У») are two words, as printed; a
    // code it split without one («К2749…») is joined back whole.
    const text = pieces.map((e, i) => (i > 0 && e.left - (pieces[i - 1].left + pieces[i - 1].width) >= WORD_SPACE * Math.max(e.height, pieces[i - 1].height) ? ` ${e.text}` : e.text)).join('');
    const confidence = Math.min(...pieces.map((e) => e.confidence));
    // In a Latin phrase the English reading wins even where it has the same shapes («Кітуа» → "Kimya", «МаКта» → "Makina").
    const taken = span >= MIN_SPAN * word.width && confidence >= LATIN_PASS_MIN_CONFIDENCE && isLatinWord(text) && (CYRILLIC.test(word.text) ? inLatinPhrase.has(word) || !sameShapesInLatin(word.text, text) : /\d/.test(text));
    return taken ? { ...word, text, confidence } : word;
  });
  return { ...rusFirst, words };
}

/** A gap between two pieces of at least this share of their height is a word space (letter gaps are far narrower). */
const WORD_SPACE = 0.4;

/** The English reading must span this share of the word's width: a fragment is no reading of the word. */
const MIN_SPAN = 0.7;
