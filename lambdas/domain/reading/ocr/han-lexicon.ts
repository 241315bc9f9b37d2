import type { HanReading } from './han-words';
import { HAN_RECOGNITION_MIN_CONFIDENCE } from './han-words';

/**
 * PaddleOCR misreads one Han character the same way on every row of a degraded scan: «器皿» (vessels) as «器血»
 * (seed 37's 00182, all 45 rows), «冶金» (metallurgy) as «治金». The model itself is unsure there (血 0.61, 皿 0.27),
 * and only the right character makes a word with its neighbours. So a doubted character that makes no word of the
 * lexicon with its neighbours takes the likeliest of the model's alternatives that does; and one that makes a word
 * when none of its alternatives would is vouched for.
 */

/** Words of two to four Han characters (the adapter loads a Chinese word list; tests give a small set). */
export interface HanLexicon {
  has(word: string): boolean;
}

/** A character the model gave less than this is open to its alternatives. */
export const HAN_LEXICON_DOUBTED_BELOW = 0.9;
/** An alternative must be at least this probable: the lexicon chooses among what the model saw, never beyond it. */
export const HAN_LEXICON_MIN_ALTERNATIVE = 0.1;
const LONGEST_WORD = 4;

const HAN = /^\p{Script=Han}$/u;

/** The lexicon word `candidate` at position `at` makes with the Han characters around it, shortest first, with where it starts. */
function wordWith(characters: readonly string[], at: number, candidate: string, lexicon: HanLexicon): { start: number; word: string } | undefined {
  for (let length = 2; length <= LONGEST_WORD; length++) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= characters.length; start++) {
      const word = characters.slice(start, start + length).map((ch, k) => (start + k === at ? candidate : ch));
      if (word.every((ch) => HAN.test(ch)) && lexicon.has(word.join(''))) return { start, word: word.join('') };
    }
  }
  return undefined;
}

/**
 * The page's readings with each doubted Han character that makes no word replaced by its likeliest alternative that
 * does; the replacement counts as confident (HAN_RECOGNITION_MIN_CONFIDENCE): the model saw it and the lexicon
 * vouches for it. What was repaired so is then repaired on the page's other runs too, where the model was sure of its
 * misreading (seed 37's 00386 reads «治金» at 0.55–0.85 on some rows, at 1.00 on others): the same non-word, in the
 * same place in it, is the same misreading. Readings without alternatives are only repaired so.
 */
export function repairWithLexicon(readings: readonly (HanReading | undefined)[], lexicon: HanLexicon): (HanReading | undefined)[] {
  // Misread non-word → the word it was repaired to.
  const learnt = new Map<string, string>();
  const characters = readings.map((r) => (r ? [...r.text] : []));
  const confidences = readings.map((r) => (r ? [...r.confidences] : []));
  const changed = new Set<number>();
  readings.forEach((reading, run) => {
    const chars = characters[run];
    chars.forEach((ch, at) => {
      if (!HAN.test(ch) || (confidences[run][at] ?? 0) >= HAN_LEXICON_DOUBTED_BELOW) return;
      const own = wordWith(chars, at, ch, lexicon);
      if (own) {
        // The other way round: a doubted character that makes a word with sure neighbours, where none of the model's
        // alternatives makes one, is vouched for («器皿» at 0.35 against 血 0.29: Tesseract's «器血» is no word).
        const sure = [...own.word].every((_, k) => own.start + k === at || (confidences[run][own.start + k] ?? 0) >= HAN_RECOGNITION_MIN_CONFIDENCE);
        const rival = (reading?.alternatives?.[at] ?? []).some(({ text, p }) => p >= HAN_LEXICON_MIN_ALTERNATIVE && HAN.test(text) && wordWith(chars, at, text, lexicon));
        if (sure && !rival && (confidences[run][at] ?? 0) < HAN_RECOGNITION_MIN_CONFIDENCE) {
          confidences[run][at] = HAN_RECOGNITION_MIN_CONFIDENCE;
          changed.add(run);
        }
        return;
      }
      for (const { text, p } of reading?.alternatives?.[at] ?? []) {
        const found = p >= HAN_LEXICON_MIN_ALTERNATIVE && HAN.test(text) ? wordWith(chars, at, text, lexicon) : undefined;
        if (!found) continue;
        learnt.set(chars.slice(found.start, found.start + found.word.length).join(''), found.word);
        chars[at] = text;
        confidences[run][at] = Math.max(confidences[run][at] ?? 0, HAN_RECOGNITION_MIN_CONFIDENCE);
        changed.add(run);
        break;
      }
    });
  });
  if (learnt.size) {
    characters.forEach((chars, run) => {
      chars.forEach((ch, at) => {
        if (!HAN.test(ch) || wordWith(chars, at, ch, lexicon)) return;
        for (const [misread, word] of learnt) {
          const length = [...misread].length;
          let start = Math.max(0, at - length + 1);
          while (start <= at && chars.slice(start, start + length).join('') !== misread) start++;
          const replacement = [...word][at - start];
          if (start > at || replacement === ch) continue;
          chars[at] = replacement;
          confidences[run][at] = Math.max(confidences[run][at] ?? 0, HAN_RECOGNITION_MIN_CONFIDENCE);
          changed.add(run);
          break;
        }
      });
    });
  }
  return readings.map((reading, run) => (reading && changed.has(run) ? { ...reading, text: characters[run].join(''), confidences: confidences[run] } : reading));
}
