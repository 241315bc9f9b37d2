import {
  assessTextLayer,
  countScripts,
  detectScripts,
  hasKazakhLetters,
  scriptFromOsdName,
} from '../../../lambdas/domain/reading/ocr/detect-scripts';
import { defaultRoutingPolicy, routePage, routePages, tesseractLanguagesFor } from '../../../lambdas/domain/reading/ocr/route-engine';

/** Lines as printed on the samples (samples/*.pdf). */
const RUSSIAN = 'Счёт-фактура № KZ-2025-0117 от 14.03.2025\nПродавец: ТОО «Медеу Подшипник Трейд»\nIBAN: KZ259470000284715003';
const KAZAKH = 'Шот-фактура № ҚА-2025/031\nСатушы: «Қостанай Астық» ЖШС\nБанк: «Жетісу Коммерц Банк» АҚ';
const CHINESE = '卖方：巴尔喀什阴极铜贸易有限责任合伙企业 (Balkash Cathode Trade LLP)\n买方：乌鲁木齐天铜金属材料有限公司\n日期：2025年3月20日';
const ENGLISH = 'Invoice No. KZ-2025-0142\nSeller: Steppe Glass Works LLP\nBuyer: JSC Krokus Nanoelektronika';

describe('detectScripts', () => {
  test.each([
    ['Russian with a Latin IBAN', ['cyrillic', 'latin'], RUSSIAN],
    ['Kazakh', ['cyrillic'], KAZAKH],
    ['Chinese with an English name', ['han', 'latin'], CHINESE],
    ['English', ['latin'], ENGLISH],
    ['digits and punctuation only', [], '12.03.2025 — 1 234,00'],
  ])('%s → %j', (_name, scripts, text) => expect(detectScripts(text)).toEqual(scripts));

  test('a stray unit on a Chinese page is not a second script', () => {
    expect(detectScripts('铜阴极 120.5 kg 单价 9800 合计')).toEqual(['han']);
  });

  test('Kazakh-only letters are counted; two of them make a Kazakh page, Russian has none', () => {
    expect(hasKazakhLetters(countScripts(KAZAKH))).toBe(true);
    expect(hasKazakhLetters(countScripts(RUSSIAN))).toBe(false);
    expect(countScripts(KAZAKH).kazakh).toBe(5); // Қ in ҚА, Қостанай, Астық, АҚ and і in Жетісу
  });

  test('OSD script names map onto ours', () => {
    expect(['Latin', 'Cyrillic', 'Han', 'HanS', 'Japanese', 'Arabic', ''].map(scriptFromOsdName)).toEqual(['latin', 'cyrillic', 'han', 'han', 'han', 'other', undefined]);
  });
});

describe('assessTextLayer (is a PDF text layer real text?)', () => {
  test('the printed text of an invoice is usable', () => {
    expect(assessTextLayer(RUSSIAN)).toMatchObject({ usable: true });
  });

  test('a page with only a stamped page number is empty', () => {
    expect(assessTextLayer('Page 1 of 2')).toMatchObject({ usable: false, reason: 'empty' });
  });

  test('glyphs without a Unicode mapping (private-use code points) are garbage', () => {
    // Prepare: what a subset font without ToUnicode yields: glyph ids in the private-use area.
    const text = String.fromCodePoint(...Array.from({ length: 60 }, (_, i) => 0xe000 + (i % 40))) + ' Итого 2 003 400,00';

    // Act & Assess
    expect(assessTextLayer(text)).toMatchObject({ usable: false, reason: 'garbage', detail: expect.stringContaining('unmapped') });
  });

  test('replacement characters and control codes are garbage', () => {
    expect(assessTextLayer('\uFFFD\u0003\u0011\uFFFD'.repeat(12) + ' Total 120')).toMatchObject({ usable: false, reason: 'garbage' });
  });

  test('UTF-8 Cyrillic decoded as Windows-1251 is garbage (mojibake), though every character is a letter', () => {
    // Prepare
    const mojibake = new TextDecoder('windows-1251').decode(new TextEncoder().encode(RUSSIAN));

    // Act & Assess
    expect(mojibake).toContain('РЎС‡С‘С‚');
    expect(assessTextLayer(mojibake)).toMatchObject({ usable: false, reason: 'garbage', detail: expect.stringContaining('Windows-1251') });
  });

  test('UTF-8 decoded as Latin-1 is garbage', () => {
    const mojibake = new TextDecoder('latin1').decode(new TextEncoder().encode(`${RUSSIAN} ${KAZAKH}`));
    expect(assessTextLayer(mojibake)).toMatchObject({ usable: false, reason: 'garbage' });
  });

  test('rules and dot leaders are not text', () => {
    expect(assessTextLayer('.......... ---------- ________ ....... ====== 1')).toMatchObject({ usable: false, reason: 'garbage' });
  });
});

describe('routePage', () => {
  const aws = defaultRoutingPolicy('aws');
  const local = defaultRoutingPolicy('local');

  test('a real text layer is read as is, on AWS and locally', () => {
    for (const policy of [aws, local]) {
      expect(routePage({ page: 1, textLayer: RUSSIAN }, policy)).toMatchObject({ engine: 'pdf-text', scripts: ['cyrillic', 'latin'], reason: 'text layer' });
    }
  });

  test('on AWS a Latin-only scan goes to Textract', () => {
    expect(routePage({ page: 2, ocrText: ENGLISH }, aws)).toMatchObject({ page: 2, engine: 'textract', scripts: ['latin'] });
    expect(routePage({ page: 2, osdScript: 'Latin', osdScriptConfidence: 8.5 }, aws)).toMatchObject({ page: 2, engine: 'textract', scripts: ['latin'] });
  });

  test('on AWS an unsure OSD "Latin" (low script confidence) goes to Tesseract: OSD called the Kazakh sample Latin at 0.18', () => {
    expect(routePage({ page: 1, osdScript: 'Latin', osdScriptConfidence: 0.18 }, aws)).toMatchObject({ engine: 'tesseract', tesseractLanguages: 'eng+rus' });
  });

  test('on AWS a Cyrillic scan goes to Tesseract with rus, eng and kaz (AnalyzeExpense reads English only)', () => {
    expect(routePage({ page: 1, osdScript: 'Cyrillic' }, aws)).toMatchObject({ engine: 'tesseract', tesseractLanguages: 'rus+eng+kaz' });
  });

  test('on AWS a Chinese page with English names is not Latin-only: Tesseract, chi_sim first', () => {
    expect(routePage({ page: 1, ocrText: CHINESE }, aws)).toMatchObject({ engine: 'tesseract', scripts: ['han', 'latin'], tesseractLanguages: 'chi_sim' });
  });

  test('locally a Latin scan goes to Tesseract (eng first, rus for Cyrillic names and addresses)', () => {
    expect(routePage({ page: 1, osdScript: 'Latin' }, local)).toMatchObject({ engine: 'tesseract', tesseractLanguages: 'eng+rus' });
  });

  test('a page known to carry Kazakh letters reads kaz first', () => {
    expect(routePage({ page: 1, ocrText: KAZAKH }, local)).toMatchObject({ engine: 'tesseract', tesseractLanguages: 'kaz+rus+eng' });
  });

  test('unknown scripts (OSD found too little text) use every language, even on AWS', () => {
    expect(routePage({ page: 1 }, aws)).toMatchObject({ engine: 'tesseract', scripts: [], tesseractLanguages: 'rus+eng+kaz+chi_sim' });
  });

  test('a garbage text layer is OCR\'d, and the reason says why', () => {
    // Prepare
    const garbage = String.fromCodePoint(...Array.from({ length: 80 }, (_, i) => 0xe000 + i));

    // Act
    const route = routePage({ page: 3, textLayer: garbage, osdScript: 'Cyrillic' }, aws);

    // Assess
    expect(route.engine).toBe('tesseract');
    expect(route.reason).toMatch(/^text layer garbage: 100% unmapped glyphs; scripts cyrillic \(OSD\)/);
  });

  test('with Textract switched off on AWS, a Latin scan goes to Tesseract', () => {
    expect(routePage({ page: 1, ocrText: ENGLISH }, defaultRoutingPolicy('aws', { textractEnabled: false })).engine).toBe('tesseract');
  });

  test('a document is routed page by page: text page, Latin scan, Cyrillic scan', () => {
    // Act
    const routes = routePages([{ page: 1, textLayer: ENGLISH.repeat(2) }, { page: 2, textLayer: '', ocrText: ENGLISH }, { page: 3, osdScript: 'Cyrillic', osdScriptConfidence: 3.4 }], aws);

    // Assess
    expect(routes.map((r) => [r.page, r.engine])).toEqual([
      [1, 'pdf-text'],
      [2, 'textract'],
      [3, 'tesseract'],
    ]);
  });
});

describe('tesseractLanguagesFor', () => {
  const policy = defaultRoutingPolicy('local');

  test.each([
    [['cyrillic'], false, 'rus+eng+kaz'],
    [['latin'], false, 'eng+rus'],
    [['han'], false, 'chi_sim'],
    [['han', 'cyrillic'], false, 'chi_sim+rus'],
    [['cyrillic', 'han'], false, 'rus+eng+kaz+chi_sim'],
    [['latin', 'cyrillic'], false, 'eng+rus'],
    [['han', 'latin'], false, 'chi_sim'],
    [['cyrillic'], true, 'kaz+rus+eng'],
    [[], false, 'rus+eng+kaz+chi_sim'],
  ] as const)('%j (Kazakh letters: %s) → %s', (scripts, kazakh, languages) => expect(tesseractLanguagesFor(scripts, kazakh, policy)).toBe(languages));
});

