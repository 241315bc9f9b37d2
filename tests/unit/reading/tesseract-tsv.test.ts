import {
  inferRotation,
  parseTesseractOsd,
  parseTesseractTsv,
  printsSideBySideColumns,
  readsUpright,
  tsvPageToDocumentPage,
  withoutTableRules,
  type Rotation,
  type TsvPage,
} from '../../../lambdas/domain/reading/ocr/tesseract-tsv';
import { joinWords } from '../../../lambdas/domain/reading/ocr/assemble-lines';
import { SAMPLE_TSV } from './tesseract-sample';

/** What the same page looks like when the scan was turned `rotation` degrees clockwise (box by box). */
function turned(page: TsvPage, rotation: Rotation): TsvPage {
  const { width: W, height: H } = page;
  const words = page.words.map((w) => {
    const [x0, y0, x1, y1] = [w.left, w.top, w.left + w.width, w.top + w.height];
    const [u0, v0, u1, v1] =
      rotation === 90 ? [H - y1, x0, H - y0, x1] : rotation === 180 ? [W - x1, H - y1, W - x0, H - y0] : rotation === 270 ? [y0, W - x1, y1, W - x0] : [x0, y0, x1, y1];
    return { ...w, left: u0, top: v0, width: u1 - u0, height: v1 - v0 };
  });
  const swap = rotation === 90 || rotation === 270;
  return { ...page, width: swap ? H : W, height: swap ? W : H, words };
}

describe('parseTesseractTsv', () => {
  test('reads the page size and the words with 0..1 confidences; headers, structure rows and blank words are skipped', () => {
    // Act
    const [page, ...rest] = parseTesseractTsv(SAMPLE_TSV);

    // Assess
    expect(rest).toHaveLength(0);
    expect({ page: page.page, width: page.width, height: page.height }).toEqual({ page: 1, width: 1241, height: 1754 });
    expect(page.words).toHaveLength(35); // 36 word rows minus the blank one (a rule); "|" is still a word at this stage
    expect(page.words[0]).toEqual({ block: 2, paragraph: 1, line: 1, word: 1, left: 89, top: 146, width: 149, height: 20, confidence: 0.919, text: 'Счёт-фактура' });
    expect(page.words.some((w) => w.text.trim() === '')).toBe(false);
  });

  test('every page of a multi-page TIFF is its own page, in order', () => {
    // Prepare: the same rows again, as page 2.
    const page2 = SAMPLE_TSV.split('\n')
      .slice(1)
      .map((row) => row.replace(/^(\d+)\t1\t/, '$1\t2\t'))
      .join('\n');

    // Act
    const pages = parseTesseractTsv(`${SAMPLE_TSV}\n${page2}\n`);

    // Assess
    expect(pages.map((p) => [p.page, p.words.length])).toEqual([
      [1, 35],
      [2, 35],
    ]);
  });

  test('damaged rows are ignored instead of failing the page', () => {
    expect(parseTesseractTsv('level\tpage_num\n5\t1\tx\t1\n\n5\t1\t1\t1\t1\t1\t10\t10\t5\t5\t90\tok')[0].words.map((w) => w.text)).toEqual(['ok']);
  });
});

describe('tsvPageToDocumentPage', () => {
  test('boxes are normalised to 0..1 from the top-left, and a word keeps its confidence', () => {
    // Prepare
    const [tsv] = parseTesseractTsv(SAMPLE_TSV);

    // Act
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 3, languages: 'rus+eng+kaz' });

    // Assess
    expect(page).toMatchObject({ page: 3, engine: 'tesseract', width: 1241, height: 1754, ocrLanguages: 'rus+eng+kaz', scripts: ['cyrillic', 'latin'] });
    expect(page.rotation).toBeUndefined();
    const number = page.lines[0].items[0].words!.find((w) => w.text === 'KZ-2025-0117')!;
    expect(number.box).toEqual([0.2232, 0.0832, 0.34, 0.0924]); // 277/1241, 146/1754, 422/1241, 162/1754
    expect(number.confidence).toBe(0.9167);
  });

  test('"Ne" before a number on a Cyrillic line is the numero sign the rus model misreads', () => {
    // Prepare
    const [tsv] = parseTesseractTsv(SAMPLE_TSV);

    // Act
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1 });

    // Assess
    expect(page.lines[0].text).toBe('Счёт-фактура № KZ-2025-0117 от 14.03.2025');
  });

  test('a table row read as one line is cut into cells at the column gaps; table rules read as "|" are dropped', () => {
    // Prepare
    const [tsv] = parseTesseractTsv(SAMPLE_TSV);

    // Act
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1 });

    // Assess
    expect(page.lines.map((l) => l.items.map((i) => i.text))).toEqual([
      ['Счёт-фактура № KZ-2025-0117 от 14.03.2025'],
      ['Продавец: ТОО «Медеу Подшипник Трейд»'],
      ['№', 'Наименование товара', 'Код ТНВЭД', 'Кол-во', 'Ед.', 'Цена, RUB', 'Сумма, RUB'],
      ['1', 'Подшипник шариковый радиальный 6205-285', '8482 101009', '2400', 'шт', '412,50', '990 000,00'],
    ]);
    const amount = page.lines[3].items[6];
    expect(amount.words!.map((w) => w.text)).toEqual(['990', '000,00']);
    expect(amount.confidence).toBe(0.9625); // mean of 0.9634 and 0.9615
  });

  test('words below the confidence floor are dropped', () => {
    // Prepare
    const [tsv] = parseTesseractTsv(SAMPLE_TSV);

    // Act
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1, minWordConfidence: 0.9, lowConfidenceFloor: 0.9 });

    // Assess: "RUB" (0.67), "Кол-во" (0.81), "Код ТНВЭД" (0.87) go; the rest stays.
    expect(page.lines[2].items.map((i) => i.text)).toEqual(['№', 'Наименование товара', 'Ед.', 'Цена,', 'Сумма, RUB']);
  });

  test('between the floor and the confidence limit, only words shaped like the text of their line are kept', () => {
    // Prepare
    const [tsv] = parseTesseractTsv(SAMPLE_TSV);

    // Act: everything under 0.9 is doubtful, nothing is under the floor.
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1, minWordConfidence: 0.9, lowConfidenceFloor: 0 });

    // Assess: "RUB", "Кол-во" and "Код ТНВЭД" have the height and length of the header's other words.
    expect(page.lines[2].text).toContain('RUB');
    expect(page.lines[2].text).toContain('Кол-во');
  });

  test.each([90, 180, 270] as const)('a scan turned %i° comes back upright: same lines, same boxes, rotation recorded', (rotation) => {
    // Prepare
    const [upright] = parseTesseractTsv(SAMPLE_TSV);
    const expected = tsvPageToDocumentPage(upright, { pageNumber: 1 });

    // Act
    const page = tsvPageToDocumentPage(turned(upright, rotation), { pageNumber: 1 });

    // Assess
    expect(page.rotation).toBe(rotation);
    expect({ width: page.width, height: page.height }).toEqual({ width: 1241, height: 1754 });
    expect(page.lines).toEqual(expected.lines);
  });

  test('the rotation is read from the word order, not from the OSD hint, when the page has enough words', () => {
    // Prepare
    const [upright] = parseTesseractTsv(SAMPLE_TSV);

    // Act & Assess
    expect(inferRotation(turned(upright, 90), 270)).toBe(90);
    expect(inferRotation(upright, 180)).toBe(0);
    expect(inferRotation({ ...upright, words: upright.words.slice(0, 2) }, 180)).toBe(180);
  });
});

describe('withoutTableRules', () => {
  test.each([
    ['|', ''],
    ['|3150,00', '3150,00'],
    ['RUB|', 'RUB'],
    ['a|b', 'a|b'],
    ['_', ''],
    ['__SHY20251536', 'SHY20251536'],
    ['snake_case', 'snake_case'],
    // «$» for the first «S» of a code (00067's invoice number); amounts and prices keep their dollar sign.
    ['$HY20251536', 'SHY20251536'],
    ['$HY-2025', 'SHY-2025'],
    ['$НУ20251536', 'SНУ20251536'], // as read, in Cyrillic look-alikes: repairScriptConfusions then writes it in Latin
    ['$1,234.00', '$1,234.00'],
    ['$USD', '$USD'],
  ])('%s → %s', (raw, clean) => expect(withoutTableRules(raw)).toBe(clean));
});

describe('parseTesseractOsd', () => {
  test('one page: orientation, confidence and script (real output for a scan turned 90° clockwise)', () => {
    // Prepare
    const output = 'Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 21.44\nScript: Cyrillic\nScript confidence: 8.41\n';

    // Act & Assess
    expect(parseTesseractOsd(output)).toEqual([{ page: 1, orientation: 90, orientationConfidence: 21.44, script: 'Cyrillic', scriptConfidence: 8.41 }]);
  });

  test('a multi-page TIFF gives one result per page', () => {
    // Prepare: real output for a 2-page TIFF whose second page is upside down.
    const output = [
      'Page number: 0', 'Orientation in degrees: 0', 'Rotate: 0', 'Orientation confidence: 18.52', 'Script: Cyrillic', 'Script confidence: 2.20',
      'Page number: 1', 'Orientation in degrees: 180', 'Rotate: 180', 'Orientation confidence: 17.00', 'Script: Cyrillic', 'Script confidence: 1.89',
    ].join('\n');

    // Act
    const results = parseTesseractOsd(output);

    // Assess
    expect(results.map((r) => [r.page, r.orientation, r.script])).toEqual([
      [1, 0, 'Cyrillic'],
      [2, 180, 'Cyrillic'],
    ]);
  });

  test('no output (too few characters) is no result', () => {
    expect(parseTesseractOsd('')).toEqual([]);
  });
});

describe('joinWords', () => {
  test.each([
    [['卖方', '：', '巴尔', '喀什'], '卖方：巴尔喀什'],
    [['BIN', ':', '180340044176'], 'BIN : 180340044176'],
    [['铜', 'LLP'], '铜 LLP'],
    [['2025', '年', '3', '月', '20', '日'], '2025年3月20日'],
  ])('%j → %s', (words, text) => expect(joinWords(words)).toBe(text));
});

describe('doubtful Han characters', () => {
  /** One line «买方： 西安 鑫 达粮油有限公司» as chi_sim reads it, with 鑫 at `conf` % and a rule read as 一. */
  const line = (conf: number, rule = '一') =>
    [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      `5\t1\t1\t1\t1\t1\t200\t400\t90\t44\t91.2\t买方：`,
      `5\t1\t1\t1\t1\t2\t330\t400\t92\t45\t88.0\t西安`,
      `5\t1\t1\t1\t1\t3\t426\t401\t44\t44\t${conf}\t鑫`,
      `5\t1\t1\t1\t1\t4\t474\t400\t320\t45\t86.5\t达粮油有限公司`,
      `5\t1\t1\t1\t1\t5\t820\t420\t300\t6\t${conf}\t${rule}`,
    ].join('\n');

  test('a square Han character below the confidence limit, as tall as its line, is kept: no hole in the name', () => {
    // Act
    const [tsv] = parseTesseractTsv(line(12.5));
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1 });

    // Assess
    expect(page.lines.map((l) => l.text).join(' ').replace(/\s+/g, '')).toBe('买方：西安鑫达粮油有限公司');
  });

  test('even at 0 % (Tesseract gives correct Han characters that): the shape decides', () => {
    // Act
    const [tsv] = parseTesseractTsv(line(0));
    const page = tsvPageToDocumentPage(tsv, { pageNumber: 1 });

    // Assess
    expect(page.lines.map((l) => l.text).join(' ').replace(/\s+/g, '')).toBe('买方：西安鑫达粮油有限公司');
  });

  test('a rule read as a stroke character goes, and so does a speck read as a character', () => {
    // Act: the rule as 一 (a stroke), then as 口 (no stroke, but 6 px thin); a 9 × 9 speck read as 品.
    const texts = ['一', '口'].map((rule) => tsvPageToDocumentPage(parseTesseractTsv(line(0, rule))[0], { pageNumber: 1 }).lines.map((l) => l.text).join(' '));
    const speck = parseTesseractTsv(line(80))[0];
    speck.words.push({ ...speck.words[2], word: 6, left: 1200, top: 420, width: 9, height: 9, confidence: 0.02, text: '品' });
    const withSpeck = tsvPageToDocumentPage(speck, { pageNumber: 1 }).lines.map((l) => l.text).join(' ');

    // Assess
    expect(texts[0]).not.toContain('一');
    expect(texts[1]).not.toContain('口');
    expect(withSpeck).not.toContain('品');
  });
});

describe('readsUpright', () => {
  // Four words a line, in reading order, each `step` px right of the one before (left of it when negative).
  const word = (line: number, order: number, left: number, top: number, confidence: number) => ({ block: 1, paragraph: 1, line, word: order, left, top, width: 100, height: 20, confidence, text: 'KZ-0117' });
  const lines = (count: number, confidence: number, step: number) =>
    Array.from({ length: count }, (_, l) => Array.from({ length: 4 }, (_, i) => word(l + 1, i + 1, step > 0 ? 100 + i * step : 1000 + i * step, 100 + l * 40, confidence))).flat();

  it('is sure of a page whose confident words run left to right on enough lines', () => {
    expect(readsUpright({ page: 1, width: 2480, height: 3508, words: lines(3, 0.95, 150) })).toBe(true);
  });

  it('is not sure of a page with too few confident pairs, or whose words run right to left (a page turned over)', () => {
    expect(readsUpright({ page: 1, width: 2480, height: 3508, words: lines(2, 0.95, 150) })).toBe(false);
    expect(readsUpright({ page: 1, width: 2480, height: 3508, words: lines(3, 0.5, 150) })).toBe(false);
    expect(readsUpright({ page: 1, width: 2480, height: 3508, words: lines(3, 0.95, -150) })).toBe(false);
  });
});

describe('printsSideBySideColumns', () => {
  // Blocks as the first reading (rus+eng+kaz) boxed them on seed 37's 00171 (two-column parties) and seed 67's 00291
  // (a header table: a label column a fifth of the page wide, values right of it), each line one word here.
  const block = (block: number, left: number, right: number, top: number, lineCount: number) =>
    Array.from({ length: lineCount }, (_, line) => ({ block, paragraph: 1, line: line + 1, word: 1, left, top: top + line * 78, width: right - left, height: 34, confidence: 0.9, text: 'Seller' }));
  const page = (...blocks: ReturnType<typeof block>[]): TsvPage => ({ page: 1, width: 2480, height: 3508, words: blocks.flat() });

  it('sees two wide blocks of lines side by side', () => {
    expect(printsSideBySideColumns(page(block(4, 189, 1177, 436, 3), block(15, 1290, 2280, 420, 3)))).toBe(true);
  });

  it('does not take a header table\'s narrow label column beside its values, or blocks one above the other, for two columns', () => {
    expect(printsSideBySideColumns(page(block(1, 219, 654, 768, 8), block(8, 780, 1372, 614, 10)))).toBe(false);
    expect(printsSideBySideColumns(page(block(4, 189, 1177, 436, 3), block(8, 188, 1200, 914, 5)))).toBe(false);
    // One line beside a block is no column (a title beside a logo).
    expect(printsSideBySideColumns(page(block(4, 189, 1177, 436, 1), block(15, 1290, 2280, 420, 3)))).toBe(false);
  });
});
