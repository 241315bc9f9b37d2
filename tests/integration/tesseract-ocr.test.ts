import sharp from 'sharp';
import { TesseractOcr } from '../../lambdas/adapters/tesseract-ocr';
import type { Box, DocumentPage } from '../../lambdas/domain/document-model';
import { readImageDimensions } from '../../lambdas/domain/reading/ocr/image-dimensions';
import { readDocument } from '../../lambdas/domain/reading/read-document';
import { loadSampleTruths, sampleBytes, type SampleTruth } from '../support/samples';

/**
 * The real tesseract and pdftoppm binaries (Debian: tesseract-ocr, tesseract-ocr-{rus,kaz,eng,chi-sim,osd},
 * poppler-utils) on the sample scan and on rasterised sample PDFs, checked against the samples' ground truth.
 */
jest.setTimeout(180_000);

const truths = loadSampleTruths();
const truthOf = (file: string) => truths.find((t) => t.file === file)!;
/** The scan is page 1 of the PDF it was derived from; that PDF's truth is the scan's truth. */
const scanTruth = truthOf((truthOf('08-scan-ru-invoice.png') as SampleTruth & { derivedFrom: string }).derivedFrom);

const pageText = (page: DocumentPage) => page.lines.map((l) => l.text).join('\n');

/**
 * Whether `expected` occurs in `text` with at most `maxEdits` character edits (approximate substring
 * matching): OCR may drop or swap a character of a long name without the reading being wrong.
 */
function containsApproximately(text: string, expected: string, maxEdits: number): boolean {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= expected.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (expected[i - 1] === text[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(...previous) <= maxEdits;
}

function lineStartingWith(page: DocumentPage, prefix: string): { box: Box; text: string } | undefined {
  return page.lines.find((l) => l.text.startsWith(prefix));
}

function expectBoxNear(actual: Box, expected: Box, tolerance: number): void {
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(tolerance));
}

/** 595.28 × 841.89 pt at 300 dpi; pdftoppm rounds a fractional pixel up or down. */
function expectA4At300Dpi(size: { width: number; height: number }): void {
  expect(Math.abs(size.width - (595.28 / 72) * 300)).toBeLessThanOrEqual(1);
  expect(Math.abs(size.height - (841.89 / 72) * 300)).toBeLessThanOrEqual(1);
}

let ocr: TesseractOcr;
let upright: DocumentPage;

beforeAll(async () => {
  ocr = new TesseractOcr();
  [upright] = await ocr.readImage(sampleBytes('08-scan-ru-invoice.png'));
});

describe('Tesseract on the Russian sample scan (08-scan-ru-invoice.png, 150 dpi)', () => {
  test('the invoice number, the parties and their identifiers come out as printed', () => {
    // Prepare
    const truth = scanTruth;
    const text = pageText(upright);

    // Assess
    expect(upright).toMatchObject({ page: 1, engine: 'tesseract', width: 1241, height: 1754, ocrLanguages: 'rus+eng+kaz' });
    expect(upright.scripts).toEqual(['cyrillic', 'latin']);
    expect(text).toContain(`№ ${truth.invoice!.number}`);
    for (const party of truth.parties!) {
      expect({ party: party.name, found: containsApproximately(text, party.name, 1) }).toEqual({ party: party.name, found: true });
      for (const id of party.identifiers) expect(text.replace(/\s/g, '')).toContain(id.value);
    }
  });

  test('the goods lines keep their HS codes and amounts, one table cell per item', () => {
    // Prepare
    const truth = scanTruth;

    // Act
    const rows = upright.lines.filter((l) => /^\d$/.test(l.items[0]?.text ?? '') && l.items.length >= 6);

    // Assess
    expect(rows).toHaveLength(truth.lines!.length);
    rows.forEach((row, i) => {
      const expected = truth.lines![i];
      const digits = row.items.map((item) => item.text.replace(/[\s,.]/g, ''));
      expect(digits).toContain(String(expected.hsCode));
      expect(digits).toContain((Number(expected.amount) * 100).toFixed(0));
    });
  });

  test('boxes match where the PDF text layer of the same invoice puts the text', async () => {
    // Prepare: the scan is page 1 of sample 01 rendered at 150 dpi.
    const pdf = await readDocument(sampleBytes('01-kz-ru-bearings-to-ru.pdf'), { maxPages: 10 });

    // Act
    const fromOcr = lineStartingWith(upright, 'Продавец:')!;
    const fromPdf = lineStartingWith(pdf.pages[0], 'Продавец:')!;

    // Assess
    expectBoxNear(fromOcr.box, fromPdf.box, 0.01);
  });

  test('every word has a box inside the page and a confidence', () => {
    const words = upright.lines.flatMap((l) => l.items.flatMap((i) => i.words ?? [i]));
    expect(words.length).toBeGreaterThan(150);
    for (const { box, confidence } of words) {
      expect(0 <= box[0] && box[0] < box[2] && box[2] <= 1 && 0 <= box[1] && box[1] < box[3] && box[3] <= 1).toBe(true);
      expect(confidence).toBeGreaterThanOrEqual(0.3);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('Tesseract on turned scans and multi-page TIFFs', () => {
  test.each([90, 180, 270])('a scan turned %i° clockwise reads the same, with boxes on the upright page', async (angle) => {
    // Prepare
    const turned = new Uint8Array(await sharp(Buffer.from(sampleBytes('08-scan-ru-invoice.png'))).rotate(angle).png().toBuffer());

    // Act
    const [page] = await ocr.readImage(turned);

    // Assess
    expect(page.rotation).toBe(angle);
    expect({ width: page.width, height: page.height }).toEqual({ width: 1241, height: 1754 });
    expect(pageText(page)).toContain(scanTruth.invoice!.number as string);
    expectBoxNear(lineStartingWith(page, 'Продавец:')!.box, lineStartingWith(upright, 'Продавец:')!.box, 0.01);
  });

  test('a sheet scanned 2.5° askew is straightened before OCR: its rows and boxes are those of the upright page', async () => {
    // Prepare: turned clockwise about its centre and cropped back to the page, as a sheet askew on the glass.
    const scan = Buffer.from(sampleBytes('08-scan-ru-invoice.png'));
    const { data, info } = await sharp(scan).greyscale().rotate(2.5, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
    const [left, top] = [Math.round((info.width - 1241) / 2), Math.round((info.height - 1754) / 2)];
    const askew = new Uint8Array(await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).extract({ left, top, width: 1241, height: 1754 }).png().toBuffer());

    // Act
    const [page] = await ocr.readImage(askew);

    // Assess
    expect(page.skewDegrees).toBeGreaterThan(2.4);
    expect(page.skewDegrees).toBeLessThan(2.6);
    expect({ width: page.width, height: page.height }).toEqual({ width: 1241, height: 1754 });
    expect(pageText(page)).toContain(scanTruth.invoice!.number as string);
    expectBoxNear(lineStartingWith(page, 'Продавец:')!.box, lineStartingWith(upright, 'Продавец:')!.box, 0.01);
  });

  test('each page of a two-page TIFF is read, numbered from the first page given', async () => {
    // Prepare: page 1 upright, page 2 upside down.
    const scan = Buffer.from(sampleBytes('08-scan-ru-invoice.png'));
    const pages = [await sharp(scan).greyscale().toBuffer(), await sharp(scan).rotate(180).greyscale().toBuffer()];
    const tiff = new Uint8Array(await sharp(pages, { join: { animated: true } }).tiff({ compression: 'lzw' }).toBuffer());
    expect(readImageDimensions(tiff)?.pages).toHaveLength(2);

    // Act
    const read = await ocr.readImage(tiff, { pageNumber: 3 });

    // Assess
    expect(read.map((p) => [p.page, p.rotation ?? 0])).toEqual([
      [3, 0],
      [4, 180],
    ]);
    for (const page of read) expect(pageText(page)).toContain(scanTruth.invoice!.number as string);
  });
});

describe('Tesseract on scanned PDF pages (the sample PDFs rasterised as if they were scans)', () => {
  test('a Kazakh page is routed to kaz and keeps its Kazakh letters', async () => {
    // Prepare
    const truth = truthOf('03-kz-kk-clean-to-de.pdf');

    // Act
    const [page] = await ocr.readPdfPages(sampleBytes('03-kz-kk-clean-to-de.pdf'), [1]);

    // Assess
    expect(page.ocrLanguages).toContain('kaz');
    expect(page.page).toBe(1);
    expectA4At300Dpi(page);
    const text = pageText(page);
    const seller = truth.parties!.find((p) => p.role === 'seller')!;
    expect(containsApproximately(text, seller.name, 1)).toBe(true);
    expect(text).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/u);
  });

  test('a Chinese page ends up read with chi_sim first, and the Chinese party names come out', async () => {
    // Prepare
    const truth = truthOf('04-kz-zh-copper-to-cn.pdf');

    // Act
    const [page] = await ocr.readPdfPages(sampleBytes('04-kz-zh-copper-to-cn.pdf'), [1]);

    // Assess
    expect(page.ocrLanguages).toMatch(/^chi_sim(\+rus)?$/);
    expect(page.scripts).toContain('han');
    const buyer = truth.parties!.find((p) => p.role === 'buyer')!;
    // Chinese OCR drops or inserts spaces between ideographs; compare without them.
    expect(containsApproximately(pageText(page).replace(/\s/g, ''), buyer.name, 2)).toBe(true);
  });

  test('rasterisePdfPages renders a grey PNG at 300 dpi for the Textract or Tesseract path', async () => {
    // Act
    const [raster] = await ocr.rasterisePdfPages(sampleBytes('01-kz-ru-bearings-to-ru.pdf'), [1]);

    // Assess
    expect(raster.dpi).toBe(300);
    const image = readImageDimensions(raster.png)!;
    expect(image.mediaType).toBe('image/png');
    expectA4At300Dpi(image.pages[0]);
  });
});

describe('limits', () => {
  test('a page that takes longer than the timeout is stopped, with a clear rejection', async () => {
    // Prepare
    const impatient = new TesseractOcr({ pageTimeoutMs: 200 });
    const started = Date.now();

    // Act
    const read = impatient.readImage(sampleBytes('08-scan-ru-invoice.png'));

    // Assess
    await expect(read).rejects.toMatchObject({ name: 'DocumentRejectedError', code: 'ocr-timeout', reason: 'OCR of page 1 did not finish within 200 ms' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
