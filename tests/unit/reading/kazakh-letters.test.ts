import { kazakhWordCount, restoreKazakhLetters, sameWordWithKazakhLetters } from '../../../lambdas/domain/reading/ocr/kazakh-letters';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

/** Words of one printed line, left to right, each `width` px wide with a 15 px space; `shift` moves them all (a second reading's boxes differ a little). */
function page(texts: string[], shift = 0, width = 120): TsvPage {
  const words: TsvWord[] = texts.map((text, i) => ({ block: 1, paragraph: 1, line: 1, word: i + 1, left: 100 + i * (width + 15) + shift, top: 500 + shift, width, height: 30, confidence: 0.9, text }));
  return { page: 1, width: 2480, height: 3508, words };
}

describe('Kazakh letters from a kaz-first reading (kazakh-letters.ts)', () => {
  test('a word the Russian model spelt without Kazakh letters takes them back', () => {
    // Recorded on 00282 and 00067 (Kazakh scans): rus-first «Бидай уны», «кой ет!», «Сандык»; kaz-first right.
    expect(sameWordWithKazakhLetters('ұны', 'уны')).toBe(true);
    expect(sameWordWithKazakhLetters('қой', 'кой')).toBe(true);
    expect(sameWordWithKazakhLetters('еті', 'ет!')).toBe(true);
    expect(sameWordWithKazakhLetters('Сандық', 'Сандык')).toBe(true);
    expect(sameWordWithKazakhLetters('Қазақстан', 'Kазакстан')).toBe(true); // a Latin K in the rus-first reading
  });

  test('a reading that differs in anything but Kazakh letters is not taken', () => {
    expect(sameWordWithKazakhLetters('күштік', 'куштк')).toBe(false); // a letter lost: not the same word as read
    expect(sameWordWithKazakhLetters('қала', 'кола')).toBe(false); // а against о
    expect(sameWordWithKazakhLetters('кола', 'кола')).toBe(false); // no Kazakh letter to give
    expect(sameWordWithKazakhLetters('ұны', 'ұны')).toBe(false); // nothing to restore
  });

  test('words keep the rus-first reading except where the kaz-first reading of the same place restores Kazakh letters', () => {
    const rusFirst = page(['Бидай', 'уны', 'T-550,', 'арт.', 'INV-25-4593']);
    const kazFirst = page(['Бидай', 'ұны', 'Т-550,', 'apт.', 'IМУ-25-4593'], 4);
    const merged = restoreKazakhLetters(rusFirst, kazFirst);
    expect(merged.words.map((w) => w.text)).toEqual(['Бидай', 'ұны', 'T-550,', 'арт.', 'INV-25-4593']);
    expect(merged.words.map((w) => [w.left, w.top])).toEqual(rusFirst.words.map((w) => [w.left, w.top]));
  });

  test('a Kazakh spelling elsewhere on the page, or in a code, is not taken', () => {
    const rusFirst = page(['кой', 'SHY20251536']);
    // Same words, but the kaz-first ones lie a line lower.
    const lower = { ...page(['қой', 'SҺY20251536']), words: page(['қой', 'SҺY20251536']).words.map((w) => ({ ...w, top: w.top + 60 })) };
    expect(restoreKazakhLetters(rusFirst, lower).words.map((w) => w.text)).toEqual(['кой', 'SHY20251536']);
    expect(restoreKazakhLetters(rusFirst, page(['қой', 'SҺY20251536'])).words.map((w) => w.text)).toEqual(['қой', 'SHY20251536']);
  });

  test('readings of different images are not merged', () => {
    const other = { ...page(['ұны']), width: 1240 };
    expect(restoreKazakhLetters(page(['уны']), other).words[0].text).toBe('уны');
  });

  test('Kazakh words are counted from confident words only', () => {
    const reading = page(['Сатушы:', 'ЖШС', 'Қонаев', 'көшесі']);
    reading.words[3].confidence = 0.4;
    expect(kazakhWordCount(reading)).toBe(2);
    expect(kazakhWordCount(reading, 0.6)).toBe(1);
  });
});

describe('what a kaz-only reading must not give', () => {
  test('a Latin word or a lone stroke does not turn Kazakh', () => {
    // Recorded with -l kaz on 00067: "ch," read «сһ,», a cell rule «|» read «І».
    expect(sameWordWithKazakhLetters('сһ,', 'ch,')).toBe(false);
    expect(sameWordWithKazakhLetters('І', '|')).toBe(false);
    expect(sameWordWithKazakhLetters('АҚ', 'АК')).toBe(true);
  });
});
