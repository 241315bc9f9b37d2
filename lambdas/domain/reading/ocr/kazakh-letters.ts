import { writeIn } from '../../look-alike-letters';
import { letterCount, sameShapesInLatin } from './latin-words';
import { overlapShare, stripSheetAround, wordsByLine, type StripSheet } from './strip-sheet';
import type { TsvPage, TsvWord } from './tesseract-tsv';

/**
 * Tesseract reads each word with its first language's model and turns to the others only when that model reads
 * it badly. With rus first (best for Russian words and for the Latin codes invoices print), a Kazakh word the
 * Russian model can spell without Kazakh letters comes back Russian: «ұны» → «уны», «Сандық» → «Сандык», «еті» →
 * «ет!». With kaz first those letters come back, but Latin codes suffer ("INV" → "IMY", "AST" → "A5T"). So a
 * Kazakh page is read again with the kaz model alone (a third cheaper than kaz+rus+eng, and on the Kazakh scans
 * better), and a Cyrillic word of the rus-first reading takes the kaz spelling of the same place only when that
 * spelling holds Kazakh letters and differs from it in nothing else.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Latin letters only, and not all capitals: «RUB», «USD», «CIP» between Russian words are codes, not misread words. */
const isLatinWord = (text: string) => /^[A-Za-z]+[.,:;»"]?$/u.test(text) && /[a-z]/.test(text);

/** Letters Kazakh adds to the Russian alphabet. */
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** What a model without Kazakh letters reads in their place (lower case; Latin look-alikes included). */
const READ_WITHOUT_KAZAKH: Record<string, string> = {
  ә: 'аэеae',
  ғ: 'гfr',
  қ: 'кk',
  ң: 'нh',
  ө: 'оеoe0',
  ұ: 'уy',
  ү: 'уyv',
  һ: 'hпн',
  і: 'il1!|їи',
};

/** Whether a model without Kazakh letters may read `read` for the Kazakh letter `kazakh` (ү → у, і → и; lower case). */
export function kazakhLetterReadAs(kazakh: string, read: string): boolean {
  return READ_WITHOUT_KAZAKH[kazakh]?.includes(read) ?? false;
}

export function hasKazakhLetter(text: string): boolean {
  return KAZAKH_LETTER.test(text);
}

/** Words with a Kazakh letter: enough of them say a page is (partly) Kazakh. */
export function kazakhWordCount(page: TsvPage, minConfidence = 0): number {
  return page.words.filter((w) => w.confidence >= minConfidence && hasKazakhLetter(w.text)).length;
}

/** Whether `kazakh` is `other` with Kazakh letters where `other` has what a model without them reads there. */
export function sameWordWithKazakhLetters(kazakh: string, other: string): boolean {
  // A Latin word ("ch") or a lone stroke («|») is no Kazakh word the Russian model misspelt.
  if (!hasKazakhLetter(kazakh) || hasKazakhLetter(other) || !CYRILLIC.test(other) || letterCount(kazakh) < 2) return false;
  const a = [...kazakh.toLowerCase()];
  // Latin letters the rus-first reading gave for Cyrillic ones that look the same («Kазакстан») count as those.
  const b = [...writeIn(other, 'cyrillic').toLowerCase()];
  if (a.length !== b.length) return false;
  return a.every((letter, i) => letter === b[i] || kazakhLetterReadAs(letter, b[i]));
}

/**
 * Latin words alone among Cyrillic ones, their nearest lettered neighbours on both sides Cyrillic: a Kazakh word
 * the first reading took from the English model because a Kazakh letter has no Russian shape («АО «Алтын Kint
 * Банк»» for «Кілт»: і read i, л read n, т read t). A Latin word beside another Latin word («Kazakh Steel») is not one,
 * nor a code in capitals.
 */
export function oddLatinWords(reading: TsvPage): Set<TsvWord> {
  const odd = new Set<TsvWord>();
  for (const line of wordsByLine(reading.words)) {
    const lettered = line.filter((w) => letterCount(w.text) > 0).sort((a, b) => a.left - b.left);
    lettered.forEach((word, i) => {
      if (i > 0 && i < lettered.length - 1 && isLatinWord(word.text) && letterCount(word.text) >= 3 && CYRILLIC.test(lettered[i - 1].text) && CYRILLIC.test(lettered[i + 1].text)) odd.add(word);
    });
  }
  return odd;
}

/**
 * The rus-first reading with the Kazakh letters the kaz reading of the same image found: every other word, its
 * boxes and its line structure stay as the rus-first reading has them. An odd Latin word (oddLatinWords) takes a kaz
 * reading with Kazakh letters whose letters it spells in Latin shapes (sameShapesInLatin: «Кілт» for "Kint"). On a
 * page that is not Kazakh, only those words change (`only`: 'odd-latin').
 */
export function restoreKazakhLetters(rusFirst: TsvPage, kazFirst: TsvPage, only: 'all' | 'odd-latin' = 'all'): TsvPage {
  if (rusFirst.width !== kazFirst.width || rusFirst.height !== kazFirst.height) return rusFirst;
  // Words sorted by top edge, so each word looks only at the kaz-first words of its own band.
  const candidates = kazFirst.words.filter((w) => hasKazakhLetter(w.text)).sort((a, b) => a.top - b.top);
  const odd = oddLatinWords(rusFirst);
  const sameWord = (kazakh: string, word: TsvWord) => (odd.has(word) ? letterCount(kazakh) === letterCount(word.text) && sameShapesInLatin(kazakh, word.text) : sameWordWithKazakhLetters(kazakh, word.text));
  const words = rusFirst.words.map((word) => {
    // Codes and numbers keep the rus-first reading: no Kazakh letter belongs in «SHY20251536».
    if (hasKazakhLetter(word.text) || /\d/.test(word.text) || (only === 'odd-latin' && !odd.has(word))) return word;
    let found: TsvWord | undefined;
    let bestShare = 0.5;
    for (const candidate of candidates) {
      if (candidate.top > word.top + word.height) break;
      const share = overlapShare(word, candidate);
      if (share >= bestShare && sameWord(candidate.text, word)) [found, bestShare] = [candidate, share];
    }
    return found ? { ...word, text: found.text, confidence: Math.max(word.confidence, found.confidence) } : word;
  });
  return { ...rusFirst, words };
}

/** Whether the Kazakh pass could change this word (sameWordWithKazakhLetters needs a Cyrillic word of two letters or more). */
const mayTakeKazakhLetters = (text: string) => /\p{Script=Cyrillic}/u.test(text) && !/\d/.test(text) && !hasKazakhLetter(text) && (text.match(/\p{L}/gu) ?? []).length >= 2;

/** Strips around the words the Kazakh pass could change, line by line (strip-sheet.ts). */
export function kazakhPassStrips(reading: TsvPage): StripSheet {
  const odd = oddLatinWords(reading);
  const lines = wordsByLine(reading.words.filter((w) => mayTakeKazakhLetters(w.text) || odd.has(w)));
  return stripSheetAround(lines, reading, { across: 0.4, along: 0.6 });
}

/** On a page that is not Kazakh, only its odd Latin words are read again (a Kazakh name in a Russian text). */
export function oddLatinWordStrips(reading: TsvPage): StripSheet {
  return stripSheetAround(wordsByLine([...oddLatinWords(reading)]), reading, { across: 0.4, along: 0.6 });
}
