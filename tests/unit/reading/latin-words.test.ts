import { latinPassCandidates, latinPassStrips, restoreLatinWords, sameShapesInLatin } from '../../../lambdas/domain/reading/ocr/latin-words';
import type { TsvPage, TsvWord } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

/** Words of one printed line, left to right, each 120 px wide with a 15 px space; `shift` moves them all. */
function line(texts: string[], { shift = 0, confidence = 0.9, lineNo = 1 } = {}): TsvWord[] {
  return texts.map((text, i) => ({ block: 1, paragraph: 1, line: lineNo, word: i + 1, left: 100 + i * 135 + shift, top: 500 * lineNo + shift, width: 120, height: 30, confidence, text }));
}
const page = (words: TsvWord[]): TsvPage => ({ page: 1, width: 2480, height: 3508, words });

describe('Latin words the Russian model read in Cyrillic (latin-words.ts)', () => {
  test('an English reading that is only the same letter shapes is not a different word', () => {
    // Recorded on the generated scans: the English model's readings of real Cyrillic words.
    for (const [cyrillic, latin] of [['ТОО', 'TOO'], ['для', 'ana'], ['шт', 'wt'], ['БИК', 'BUK'], ['(контракт):', '(KOHTpakT):'], ['арт.', 'apr.'], ['уны', 'YHbI'], ['сынып', 'CbIHbIN'], ['1029-кеңсе,', '1029-Kexce,'], ['Беті/1', 'Ber1/1']]) {
      expect([cyrillic, sameShapesInLatin(cyrillic, latin)]).toEqual([cyrillic, true]);
    }
    // …and Latin words or codes the Russian model had read in Cyrillic.
    for (const [cyrillic, latin] of [['ой,', 'oil,'], ['10ЧҒ', '10uF'], ['25У', '25V'], ['1ВАМ:', 'IBAN:'], ['К2749518185031706345', 'KZ749518185031706345']]) {
      expect([cyrillic, sameShapesInLatin(cyrillic, latin)]).toEqual([cyrillic, false]);
    }
  });

  test('candidates: codes mixing digits with Cyrillic letters, and short Cyrillic words beside a Latin word', () => {
    const reading = page([
      ...line(['Масло', 'подсолнечное', '/', 'Refined', 'sunflower', 'ой,', 'арт.', '95254']),
      ...line(['Конденсатор', '0805', '10ЧҒ', '25У'], { lineNo: 2 }),
      ...line(['Продавец', 'ТОО', '«Жетысу»', 'Refined'], { lineNo: 3 }),
      // «ТН» read in Latin look-alikes is no Latin context; a look-alike unit of two letters is left as read.
      ...line(['Наименование', 'Код', 'TH', 'ВЭД'], { lineNo: 4 }),
      ...line(['281', 'рс', '532.43', 'ref.'], { lineNo: 5 }),
    ]);
    // «арт.» is not: its lettered neighbour is «ой,»; «ТОО» neither: both its neighbours are Cyrillic.
    expect(latinPassCandidates(reading).map((w) => w.text)).toEqual(['ой,', '10ЧҒ', '25У']);
    const sheet = latinPassStrips(reading);
    expect(sheet.strips).toHaveLength(3);
    // One strip per word, padded: a strip is about one word wide, not a line.
    expect(Math.max(...sheet.strips.map((s) => s.source[2]))).toBeLessThan(200);
  });

  test('a candidate takes a confident English reading of the same place that is a different word', () => {
    const rusFirst = page([...line(['Refined', 'sunflower', 'ой,', 'арт.']), ...line(['0805', '10ЧҒ', '25У', 'ТОО', 'Ltd'], { lineNo: 2 })]);
    const english = page([
      ...line(['', '', 'oil,', ''], { shift: 3, confidence: 0.92 }).filter((w) => w.text),
      ...line(['', '10uF', '25V', 'TOO', ''], { shift: 3, confidence: 0.9, lineNo: 2 }).filter((w) => w.text),
    ]);
    const merged = restoreLatinWords(rusFirst, english);
    expect(merged.words.map((w) => w.text)).toEqual(['Refined', 'sunflower', 'oil,', 'арт.', '0805', '10uF', '25V', 'ТОО', 'Ltd']);
    // Boxes stay as the first reading has them.
    expect(merged.words.map((w) => [w.left, w.top])).toEqual(rusFirst.words.map((w) => [w.left, w.top]));
  });

  test('a code of digits beside Latin words may be Latin letters read as digits ("1U" read «11)»)', () => {
    // Recorded on 00040 (an English scan read rus-first): "Computing server 1U 1xCPU" came out «server 11) 1xCPU».
    const rusFirst = page([...line(['Computing', 'server', '11)', '1xCPU,']), ...line(['Qty', '11', '7/8'], { lineNo: 2 }), ...line(['Количество', '12/5', 'шт'], { lineNo: 3 })]);
    // «11» (no stroke or bracket) and «12/5» among Cyrillic words are left alone; «7/8» beside "Qty" is read again.
    expect(latinPassCandidates(rusFirst).map((w) => w.text)).toEqual(['11)', '7/8']);
    const english = page([...line(['', '', '1U', ''], { confidence: 0.9 }).filter((w) => w.text), ...line(['', '', '7/8'], { confidence: 0.9, lineNo: 2 }).filter((w) => w.text)]);
    expect(restoreLatinWords(rusFirst, english).words.map((w) => w.text)).toEqual(['Computing', 'server', '1U', '1xCPU,', 'Qty', '11', '7/8', 'Количество', '12/5', 'шт']);
    // An English reading without a digit is no reading of a code: «11)» stays.
    const lettersOnly = page(line(['', '', 'IU', ''], { confidence: 0.9 }).filter((w) => w.text));
    expect(restoreLatinWords(rusFirst, lettersOnly).words[2].text).toBe('11)');
  });

  test('an English reading split in two is joined; a fragment is no reading of the word', () => {
    const rusFirst = page(line(['IBAN', 'К2749518185031706345', 'Банк']));
    const piece = (text: string, left: number, width: number): TsvWord => ({ ...rusFirst.words[1], left, width, text, confidence: 0.9 });
    const split = page([piece('KZ7495181', 236, 55), piece('85031706345', 296, 58)]);
    expect(restoreLatinWords(rusFirst, split).words[1].text).toBe('KZ749518185031706345');
    const fragment = page([piece('KZ7495181', 236, 55)]);
    expect(restoreLatinWords(rusFirst, fragment).words[1].text).toBe('К2749518185031706345');
  });

  test("an English word in a neighbour's box is the neighbour's, though the first reading's boxes overlap", () => {
    // Recorded on 00200: "M00k / Refined" read «МОСК» over 708–873 px, beside «Refined» at 793–872; the English
    // pass read "MOOk", "/" and "Refined" there, and the row came out "MOOk/Refined / Refined".
    const word = (text: string, left: number, width: number): TsvWord => ({ block: 1, paragraph: 1, line: 1, word: 1, left, top: 500, width, height: 30, confidence: 0.9, text });
    const rusFirst = page([word('рафинированные', 494, 204), word('МОСК', 708, 74), word('/', 770, 12), word('Refined', 793, 79)]);
    const english = page([word('MOOk', 708, 59), word('/', 770, 14), word('Refined', 791, 82)]);
    expect(restoreLatinWords(rusFirst, english, [rusFirst.words[1]]).words.map((w) => w.text)).toEqual(['рафинированные', 'MOOk', '/', 'Refined']);
  });

  test('English pieces a word space apart stay two words; a code split without one is joined', () => {
    // Recorded on 00197 (fresh seed): «22иҒ16У» read as one word, "22uF" and "16V" 16 px apart at 26 px high.
    const word = (text: string, left: number, width: number): TsvWord => ({ block: 1, paragraph: 1, line: 1, word: 1, left, top: 500, width, height: 26, confidence: 0.9, text });
    const rusFirst = page([word('Конденсатор', 200, 150), word('22иҒ16У', 400, 110)]);
    const english = page([word('22uF', 400, 50), word('16V', 466, 44)]);
    expect(restoreLatinWords(rusFirst, english, [rusFirst.words[1]]).words[1].text).toBe('22uF 16V');
  });

  test('a code of digits and strokes anywhere on a line with a Latin word is read again, and counts as Latin beside it', () => {
    // Recorded on 00033 and 00086 (fresh seed): "GNSS … L1/L2" read «… қабылдағышы 11/12,», and "L1/L5 RTK" «11/15 ВТК,».
    const reading = page([...line(['GNSS', 'навигациялық', 'қабылдағышы', '11/12,']), ...line(['GNSS', 'модулі', '11/15', 'ВТК,', 'арт.'], { lineNo: 2 }), ...line(['Количество', '12/5', 'шт'], { lineNo: 3 })]);
    expect(latinPassCandidates(reading).map((w) => w.text)).toEqual(['11/12,', '11/15', 'ВТК,']);
  });

  test('a code read as digits between two dots («1.17.5» for L1/L5) or with a comma («1,1/12») beside a Latin word is read again; a date or a price is not', () => {
    // Recorded on seed 61's 00298: "GNSS L1/L5 RTK" read «GNSS 1.17.5 RTK», and «GNSS 1.11.5 RTK» on another row.
    // Seed 67's 00137: "GNSS L1/L2" read «GNSS 1,1/12», the L's foot a comma.
    const reading = page([...line(['Приёмник', 'навигационный', 'GNSS', '1.17.5', 'RTK,']), ...line(['GNSS', '1.11.5', '12.05.2025', '1.250.00', '1,1/12'], { lineNo: 2 }), ...line(['Кабель', '1.17.5', 'шт'], { lineNo: 3 })]);
    expect(latinPassCandidates(reading).map((w) => w.text)).toEqual(['1.17.5', '1.11.5', '1,1/12']);
    // Read again as digits, the code stays as the first reading has it.
    const word = (text: string, left: number): TsvWord => ({ block: 1, paragraph: 1, line: 1, word: 1, left, top: 500, width: 80, height: 26, confidence: 0.9, text });
    const rusFirst = page([word('GNSS', 200), word('1.17.5', 300)]);
    expect(restoreLatinWords(rusFirst, page([word('1.17.5', 300)]), [rusFirst.words[1]]).words[1].text).toBe('1.17.5');
    expect(restoreLatinWords(rusFirst, page([word('L1/L5', 300)]), [rusFirst.words[1]]).words[1].text).toBe('L1/L5');
  });

  test('in a phrase mostly of Latin words, every Cyrillic word is read again and the English reading wins', () => {
    // Recorded on fresh scans: «Marmara МаКта Ltd.» for "Marmara Makina Ltd.", «Вейпед copper cathodes» for "Refined".
    const rusFirst = page([...line(['Marmara', 'МаКта', 'Ltd.']), ...line(['АО', '«Алтын', 'Kint', 'Банк»'], { lineNo: 2 })]);
    // Not «Алтын»: Cyrillic is the phrase's own script there («Банк»» is a short word beside a Latin one, as before).
    expect(latinPassCandidates(rusFirst).map((w) => w.text)).toEqual(['МаКта', 'Банк»']);
    const english = page(line(['', 'Makina', ''], { confidence: 0.9 }).filter((w) => w.text));
    expect(restoreLatinWords(rusFirst, english).words[1].text).toBe('Makina');
  });

  test('a Cyrillic code the English model reads in the same shapes stays («2024г.» → "2024r.")', () => {
    const rusFirst = page(line(['Invoice', '2024г.']));
    const english = page(line(['', '2024r.'], { confidence: 0.95 }).filter((w) => w.text));
    expect(latinPassCandidates(rusFirst).map((w) => w.text)).toEqual(['2024г.']);
    expect(restoreLatinWords(rusFirst, english).words[1].text).toBe('2024г.');
  });

  test('an unsure English reading, or one elsewhere on the page, is not taken', () => {
    const rusFirst = page(line(['sunflower', 'ой,']));
    const unsure = page(line(['', 'oil,'], { confidence: 0.6 }).filter((w) => w.text));
    expect(restoreLatinWords(rusFirst, unsure).words.map((w) => w.text)).toEqual(['sunflower', 'ой,']);
    const elsewhere = page(line(['', 'oil,'], { confidence: 0.95, lineNo: 2 }).filter((w) => w.text));
    expect(restoreLatinWords(rusFirst, elsewhere).words.map((w) => w.text)).toEqual(['sunflower', 'ой,']);
  });
});
