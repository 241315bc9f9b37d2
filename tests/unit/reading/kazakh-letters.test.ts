import { kazakhPassStrips, kazakhWordCount, oddLatinWords, oddLatinWordStrips, restoreKazakhLetters, sameWordWithKazakhLetters } from '../../../lambdas/domain/reading/ocr/kazakh-letters';
import { composeStripSheet, readingOnPage } from '../../../lambdas/domain/reading/ocr/strip-sheet';
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
    expect(sameWordWithKazakhLetters('Күштік', 'Куштик')).toBe(true); // і read «и» (00067)
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

describe('the strip sheet the Kazakh pass reads', () => {
  // Two printed lines: a goods row and a party line.
  const reading: TsvPage = {
    page: 1,
    width: 1000,
    height: 800,
    words: [
      { block: 1, paragraph: 1, line: 1, word: 1, left: 100, top: 100, width: 80, height: 20, confidence: 0.9, text: 'Бидай' },
      { block: 1, paragraph: 1, line: 1, word: 2, left: 190, top: 100, width: 40, height: 20, confidence: 0.9, text: 'уны' },
      { block: 1, paragraph: 1, line: 1, word: 3, left: 240, top: 100, width: 60, height: 20, confidence: 0.9, text: 'T-550' },
      { block: 1, paragraph: 1, line: 1, word: 4, left: 600, top: 100, width: 90, height: 20, confidence: 0.9, text: '38563,59' },
      { block: 1, paragraph: 1, line: 2, word: 1, left: 100, top: 300, width: 90, height: 20, confidence: 0.9, text: 'Сатушы:' },
      { block: 1, paragraph: 1, line: 2, word: 2, left: 200, top: 300, width: 90, height: 20, confidence: 0.9, text: '«Балқаш' },
      { block: 2, paragraph: 1, line: 1, word: 1, left: 100, top: 500, width: 200, height: 20, confidence: 0.9, text: 'INV-24-6411' },
    ],
  };

  test('holds only the stretches of lines with Cyrillic words the pass may correct, stacked a line height apart', () => {
    const sheet = kazakhPassStrips(reading);
    // Line 1: «Бидай уны» (12 px padding across, 8 down); line 2: «Сатушы:» («Балқаш» already has its letters); no code.
    expect(sheet.strips).toEqual([
      { source: [88, 92, 154, 36], top: 0 },
      { source: [88, 292, 114, 36], top: 56 },
    ]);
    expect([sheet.width, sheet.height]).toEqual([154, 92]);
  });

  test('its pixels are the page\'s, paper white between the strips, and words read on it go back to their place on the page', () => {
    const pixels = new Uint8Array(1000 * 800);
    pixels.forEach((_, i) => (pixels[i] = (i % 1000) % 200)); // a value that tells the column
    const sheet = kazakhPassStrips(reading);
    const image = composeStripSheet({ width: 1000, height: 800, pixels }, sheet);
    expect(image.pixels[0]).toBe(88); // column 88 of the page
    expect(image.pixels[40 * image.width]).toBe(255); // in the gap
    expect(image.pixels[56 * image.width + 10]).toBe(98);

    const sheetReading: TsvPage = { page: 1, width: 154, height: 92, words: [{ ...reading.words[1], left: 102, top: 8, text: 'ұны' }, { ...reading.words[4], left: 12, top: 64, text: 'Сатушы:' }] };
    const onPage = readingOnPage(sheetReading, sheet, reading);
    expect(onPage.words.map((w) => [w.text, w.left, w.top])).toEqual([['ұны', 190, 100], ['Сатушы:', 100, 300]]);
    expect(restoreKazakhLetters(reading, onPage).words.map((w) => w.text)).toEqual(['Бидай', 'ұны', 'T-550', '38563,59', 'Сатушы:', '«Балқаш', 'INV-24-6411']);
  });

  test('a Latin word alone among Cyrillic ones takes the kaz reading it spells in Latin shapes («Алтын Kint Банк» → «Кілт»)', () => {
    // Recorded on seed 23 (seven bank names, four of them on Russian pages): rus+eng+kaz read «Кілт» as "Kint"; kaz alone reads it right.
    const rusFirst = page(['Банк:', 'АО', '«Алтын', 'Kint', 'Банк»']);
    expect([...oddLatinWords(rusFirst)].map((w) => w.text)).toEqual(['Kint']);
    const kazFirst = page(['Банк:', 'АО', '«Алтын', 'Кілт', 'Банк»'], 3);
    expect(restoreKazakhLetters(rusFirst, kazFirst, 'odd-latin').words.map((w) => w.text)).toEqual(['Банк:', 'АО', '«Алтын', 'Кілт', 'Банк»']);
    // Only the odd word's line stretch goes on the strip sheet of a page that is not Kazakh.
    expect(oddLatinWordStrips(rusFirst).strips).toHaveLength(1);
    // A kaz reading without Kazakh letters, or one of other letters, is not taken.
    expect(restoreKazakhLetters(rusFirst, page(['Банк:', 'АО', '«Алтын', 'Кипт', 'Банк»'], 3)).words[3].text).toBe('Kint');
    expect(restoreKazakhLetters(rusFirst, page(['Банк:', 'АО', '«Алтын', 'Қала', 'Банк»'], 3)).words[3].text).toBe('Kint');
  });

  test("a Latin word beside another Latin word, at a line's end, or short, is no odd word", () => {
    expect(oddLatinWords(page(['ТОО', '«Kazakh', 'Steel', 'Инвест»'])).size).toBe(0);
    expect(oddLatinWords(page(['Адрес:', 'Astana'])).size).toBe(0);
    expect(oddLatinWords(page(['Банк', 'of', 'Банк'])).size).toBe(0);
    expect(oddLatinWords(page(['Итого:', 'RUB', 'Всего'])).size).toBe(0);
    // On a page that is not Kazakh, a Russian word near the odd one keeps its reading whatever the kaz model made of it.
    const rusFirst = page(['Алтын', 'Kint', 'Банк', 'ии']);
    const kazFirst = page(['Алтын', 'Кілт', 'Банк', 'іі'], 3);
    expect(restoreKazakhLetters(rusFirst, kazFirst, 'odd-latin').words.map((w) => w.text)).toEqual(['Алтын', 'Кілт', 'Банк', 'ии']);
  });
});
