import { bandImage, mergeBandReadings, pageBands } from '../../../lambdas/domain/reading/ocr/page-bands';
import type { GreyImage } from '../../../lambdas/domain/reading/ocr/page-skew';
import type { TsvPage } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';

/** A white page with rows of print: each row `rowHeight` px of 3-px strokes every `pitch` px, `gap` px of paper between rows. */
function printedPage(rows: Array<{ pitch: number; gapAfter?: number }>, options: { width?: number; rowHeight?: number; gap?: number; margin?: number } = {}): GreyImage {
  const { width = 800, rowHeight = 24, gap = 20, margin = 60 } = options;
  const tops = rows.map((_, r) => margin + r * (rowHeight + gap) + rows.slice(0, r).reduce((extra, row) => extra + (row.gapAfter ?? gap) - gap, 0));
  const height = tops[tops.length - 1] + rowHeight + gap + margin;
  const pixels = new Uint8Array(width * height).fill(255);
  rows.forEach(({ pitch }, r) => {
    const top = tops[r];
    for (let y = top; y < top + rowHeight; y++) {
      for (let x = 40; x < width - 40; x += pitch) pixels.fill(0, y * width + x, y * width + x + 3);
    }
  });
  return { width, height, pixels };
}

const rowIsBlank = (image: GreyImage, y: number) => image.pixels.subarray(y * image.width, (y + 1) * image.width).every((p) => p >= 160);
const strokesIn = (image: GreyImage, top: number, bottom: number) => {
  let strokes = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) if (image.pixels[y * image.width + x] < 160 && (x === 0 || image.pixels[y * image.width + x - 1] >= 160)) strokes++;
  }
  return strokes;
};

describe('pageBands', () => {
  it('cuts a page of even print once, through paper, near its middle', () => {
    const page = printedPage(Array.from({ length: 40 }, () => ({ pitch: 8 })));

    const bands = pageBands(page, 2);

    expect(bands).toHaveLength(2);
    expect(bands[0]).toEqual({ top: 0, bottom: bands[1].top });
    expect(bands[1].bottom).toBe(page.height);
    expect(rowIsBlank(page, bands[0].bottom)).toBe(true);
    expect(Math.abs(bands[0].bottom - page.height / 2)).toBeLessThan(page.height * 0.05);
  });

  it('places the cut where the strokes divide evenly: dense rows on top make the top band shorter', () => {
    const page = printedPage([...Array.from({ length: 15 }, () => ({ pitch: 6 })), ...Array.from({ length: 25 }, () => ({ pitch: 18 }))]);

    const [top, bottom] = pageBands(page, 2);

    expect(top.bottom).toBeLessThan(page.height * 0.45);
    const above = strokesIn(page, top.top, top.bottom);
    const below = strokesIn(page, bottom.top, bottom.bottom);
    expect(Math.abs(above - below) / (above + below)).toBeLessThan(0.1);
  });

  it('cuts the tallest gap in reach (between sections) rather than a table row gap at the even share, but none out of reach', () => {
    const rows = (sectionAfter: number) => Array.from({ length: 40 }, (_, r) => ({ pitch: 8, ...(r === sectionAfter ? { gapAfter: 60 } : {}) }));
    const near = printedPage(rows(25));
    const far = printedPage(rows(32));

    const [nearTop] = pageBands(near, 2);
    const [farTop] = pageBands(far, 2);

    // Below the 26th row of 40 the section gap: 65 % of the strokes above it. Below the 33rd: 82 %, out of reach.
    expect(nearTop.bottom).toBeGreaterThan(60 + 25 * 44 + 24);
    expect(nearTop.bottom).toBeLessThan(60 + 26 * 44 + 40);
    expect(Math.abs(farTop.bottom - far.height / 2)).toBeLessThan(far.height * 0.05);
  });

  it('keeps a page whole when no gap between rows is tall enough (lines that run down a turned page)', () => {
    const page = printedPage(Array.from({ length: 40 }, () => ({ pitch: 8 })), { gap: 3 });

    expect(pageBands(page, 2)).toEqual([{ top: 0, bottom: page.height }]);
  });

  it('keeps a blank page, and any page asked for one band, whole', () => {
    const blank: GreyImage = { width: 100, height: 300, pixels: new Uint8Array(30_000).fill(255) };
    const printed = printedPage(Array.from({ length: 10 }, () => ({ pitch: 8 })));

    expect(pageBands(blank, 2)).toEqual([{ top: 0, bottom: 300 }]);
    expect(pageBands(printed, 1)).toEqual([{ top: 0, bottom: printed.height }]);
  });

  it('leaves no band thinner than the minimum: print only at the top of the page is not cut off from the paper below', () => {
    const page = printedPage(Array.from({ length: 6 }, () => ({ pitch: 8 })), { margin: 60 });
    const tall: GreyImage = { width: page.width, height: page.height * 6, pixels: new Uint8Array(page.width * page.height * 6).fill(255) };
    tall.pixels.set(page.pixels);

    const bands = pageBands(tall, 2);

    for (const band of bands) expect(band.bottom - band.top).toBeGreaterThanOrEqual(tall.height * 0.15);
    expect(bands.every((band) => band.top === 0 || rowIsBlank(tall, band.top))).toBe(true);
  });

  it('cuts into three bands when asked, each cut through paper', () => {
    const page = printedPage(Array.from({ length: 60 }, () => ({ pitch: 8 })));

    const bands = pageBands(page, 3);

    expect(bands).toHaveLength(3);
    for (const band of bands.slice(1)) expect(rowIsBlank(page, band.top)).toBe(true);
  });
});

describe('bandImage', () => {
  it('is the band’s rows of the page', () => {
    const page = printedPage(Array.from({ length: 4 }, () => ({ pitch: 8 })));

    const band = bandImage(page, { top: 60, bottom: 84 });

    expect([band.width, band.height]).toEqual([page.width, 24]);
    expect(band.pixels[40]).toBe(0); // the first stroke of the first row
    expect(band.pixels[39]).toBe(255);
  });
});

describe('mergeBandReadings', () => {
  const word = (block: number, line: number, top: number, text: string) => ({ block, paragraph: 1, line, word: 1, left: 10, top, width: 50, height: 20, confidence: 0.9, text });

  it('moves each band’s words down by its top and numbers its blocks on from the band above', () => {
    const upper: TsvPage = { page: 1, width: 800, height: 500, words: [word(1, 1, 10, 'Продавец:'), word(3, 1, 200, 'ТОО')] };
    const lower: TsvPage = { page: 1, width: 800, height: 700, words: [word(1, 1, 5, 'Итого'), word(2, 1, 40, '1 250,00')] };

    const merged = mergeBandReadings([{ band: { top: 0, bottom: 500 }, page: upper }, { band: { top: 500, bottom: 1200 }, page: lower }], { width: 800, height: 1200 });

    expect([merged.width, merged.height]).toEqual([800, 1200]);
    expect(merged.words.map((w) => [w.text, w.block, w.top])).toEqual([
      ['Продавец:', 1, 10],
      ['ТОО', 3, 200],
      ['Итого', 4, 505],
      ['1 250,00', 5, 540],
    ]);
  });

  it('numbers on past a band that read nothing', () => {
    const empty: TsvPage = { page: 1, width: 800, height: 400, words: [] };
    const lower: TsvPage = { page: 1, width: 800, height: 400, words: [word(1, 1, 5, 'Итого')] };

    const merged = mergeBandReadings([{ band: { top: 0, bottom: 400 }, page: empty }, { band: { top: 400, bottom: 800 }, page: lower }], { width: 800, height: 800 });

    expect(merged.words.map((w) => [w.block, w.top])).toEqual([[1, 405]]);
  });
});
