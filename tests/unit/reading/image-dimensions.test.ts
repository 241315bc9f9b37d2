import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentRejectedError } from '../../../lambdas/domain/errors';
import { assertImageWithinLimits, DEFAULT_IMAGE_LIMITS, readImageDimensions } from '../../../lambdas/domain/reading/ocr/image-dimensions';
import { parsePdfImagesList, parsePdfInfo, rasterDpiFor, scanRasterDpi, upscaleFactorFor } from '../../../lambdas/domain/reading/ocr/raster-plan';
import { fixtureBytes } from '../../support/textract-fixtures';

/** PNG signature + IHDR chunk (33 bytes): what a decoder would read first; no pixel data follows. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24); // 8-bit RGB
  return bytes;
}

/** JPEG: SOI, an APP0 (JFIF) segment to skip, a fill byte, then a progressive SOF2 frame header. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00];
  const sof2 = [0xff, 0xff, 0xc2, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof2]);
}

/** TIFF with one IFD per page (ImageWidth as SHORT or LONG, ImageLength as LONG), chained by next-IFD offsets. */
function tiffHeader(pages: Array<[number, number]>, littleEndian: boolean, loop = false): Uint8Array {
  const ifdSize = 2 + 2 * 12 + 4;
  const bytes = new Uint8Array(8 + pages.length * ifdSize);
  const view = new DataView(bytes.buffer);
  bytes.set(littleEndian ? [0x49, 0x49, 0x2a, 0x00] : [0x4d, 0x4d, 0x00, 0x2a]);
  view.setUint32(4, 8, littleEndian);
  pages.forEach(([width, height], i) => {
    const at = 8 + i * ifdSize;
    view.setUint16(at, 2, littleEndian);
    const short = width < 65536;
    view.setUint16(at + 2, 256, littleEndian);
    view.setUint16(at + 4, short ? 3 : 4, littleEndian);
    view.setUint32(at + 6, 1, littleEndian);
    if (short) view.setUint16(at + 10, width, littleEndian);
    else view.setUint32(at + 10, width, littleEndian);
    view.setUint16(at + 14, 257, littleEndian);
    view.setUint16(at + 16, 4, littleEndian);
    view.setUint32(at + 18, 1, littleEndian);
    view.setUint32(at + 22, height, littleEndian);
    const next = i + 1 < pages.length ? at + ifdSize : loop ? 8 : 0;
    view.setUint32(at + 26, next, littleEndian);
  });
  return bytes;
}

describe('readImageDimensions (header only)', () => {
  test('the sample scan PNG is 1241 × 1754', () => {
    // Prepare
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'samples', '08-scan-ru-invoice.png')));

    // Act & Assess
    expect(readImageDimensions(bytes)).toEqual({ mediaType: 'image/png', pages: [{ width: 1241, height: 1754 }] });
  });

  test('a real JPEG with JFIF and EXIF segments before its frame header (the receipt photo) is 805 × 1917', () => {
    expect(readImageDimensions(fixtureBytes('receipt.jpg'))).toEqual({ mediaType: 'image/jpeg', pages: [{ width: 805, height: 1917 }] });
  });

  test('a progressive JPEG frame after an APP0 segment and a fill byte', () => {
    expect(readImageDimensions(jpegHeader(3000, 4000))).toEqual({ mediaType: 'image/jpeg', pages: [{ width: 3000, height: 4000 }] });
  });

  test.each([true, false])('a two-page TIFF (little-endian: %s) lists both pages', (littleEndian) => {
    expect(readImageDimensions(tiffHeader([[2480, 3508], [70_000, 100]], littleEndian))).toEqual({
      mediaType: 'image/tiff',
      pages: [
        { width: 2480, height: 3508 },
        { width: 70_000, height: 100 },
      ],
    });
  });

  test('a TIFF whose directory chain loops back is unreadable, not an endless loop', () => {
    expect(readImageDimensions(tiffHeader([[100, 100], [100, 100]], true, true))).toBeUndefined();
  });

  test.each([
    ['truncated PNG', pngHeader(10, 10).subarray(0, 20)],
    ['JPEG without a frame header', new Uint8Array([0xff, 0xd8, 0xff, 0xd9])],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n')],
  ])('%s → undefined', (_name, bytes) => expect(readImageDimensions(bytes)).toBeUndefined());
});

describe('assertImageWithinLimits', () => {
  test('a 20 000 × 20 000 PNG is refused from its 33-byte header, before anything decodes it', () => {
    // Prepare
    const header = pngHeader(20_000, 20_000);

    // Act
    const check = () => assertImageWithinLimits(header, DEFAULT_IMAGE_LIMITS);

    // Assess
    expect(check).toThrow(DocumentRejectedError);
    expect(check).toThrow(expect.objectContaining({ code: 'image-too-large', reason: expect.stringContaining('20000 × 20000 px') }));
  });

  test('an A4 page scanned at 300 dpi passes', () => {
    expect(assertImageWithinLimits(pngHeader(2480, 3508)).pages).toEqual([{ width: 2480, height: 3508 }]);
  });

  test('a thin strip over the per-side limit is refused even though its pixel count is small', () => {
    expect(() => assertImageWithinLimits(pngHeader(50_000, 10))).toThrow(expect.objectContaining({ code: 'image-too-large' }));
  });

  test('the oversized page of a multi-page TIFF is named', () => {
    expect(() => assertImageWithinLimits(tiffHeader([[2480, 3508], [70_000, 100]], true))).toThrow(/page 2 is 70000 × 100 px/);
  });

  test('a TIFF with more pages than allowed is refused', () => {
    expect(() => assertImageWithinLimits(tiffHeader([[10, 10], [10, 10], [10, 10]], true), { ...DEFAULT_IMAGE_LIMITS, maxPages: 2 })).toThrow(
      expect.objectContaining({ code: 'too-many-pages' }),
    );
  });

  test('an unreadable header is a corrupt image', () => {
    expect(() => assertImageWithinLimits(new Uint8Array([1, 2, 3]))).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});

describe('raster plan for scanned PDF pages', () => {
  test('pdfinfo page sizes are read per page', () => {
    // Prepare: real `pdfinfo -f 1 -l 1 samples/01-kz-ru-bearings-to-ru.pdf` lines, plus a second page.
    const output = 'Pages:           2\nEncrypted:       no\nPage    1 size:  595.28 x 841.89 pts (A4)\nPage    1 rot:   0\nPage    2 size:  2383.94 x 3370.39 pts (A0)\n';

    // Act
    const info = parsePdfInfo(output);

    // Assess
    expect(info.pages).toBe(2);
    expect(info.sizes.get(1)).toEqual({ width: 595.28, height: 841.89 });
    expect(info.sizes.get(2)).toEqual({ width: 2383.94, height: 3370.39 });
  });

  test('A4 is rasterised at the target resolution; A0 at a lower one that fits the pixel budget; a 200-inch page is refused', () => {
    const policy = { targetDpi: 300, minDpi: 100, maxPixels: 40_000_000 };
    expect(rasterDpiFor({ width: 595.28, height: 841.89 }, policy)).toBe(300);
    const a0 = rasterDpiFor({ width: 2383.94, height: 3370.39 }, policy)!;
    expect(a0).toBeLessThan(300);
    expect((a0 * 2383.94) / 72 * ((a0 * 3370.39) / 72)).toBeLessThanOrEqual(40_000_000);
    expect(rasterDpiFor({ width: 14_400, height: 14_400 }, policy)).toBeUndefined();
  });
});

describe('scanned PDF pages rendered at their scan\'s resolution', () => {
  const A4 = { width: 595.28, height: 841.89 };

  test('pdfimages -list gives each page\'s largest image and its resolution', () => {
    // Real `pdfimages -list` of samples/generated/00067-kk-ru-header-table.scan.pdf (pages 1–2), plus a page with a logo
    // and its soft mask beside a smaller picture.
    const output = [
      'page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio',
      '--------------------------------------------------------------------------------------------',
      '   1     0 image    1654  2339  rgb     3   8  jpeg   no         8  0   200   200  543K 4.8%',
      '   2     1 image    1654  2339  rgb     3   8  jpeg   no        12  0   200   200  529K 4.7%',
      '   3     2 image     300   120  rgb     3   8  image  no        20  0    72    72 10.2K 9.7%',
      '   3     3 smask     300   120  gray    1   8  image  no        20  0    72    72  1.1K 3.1%',
      '   3     4 image    2480  3508  gray    1   8  jpeg   no        22  0   300   301  1.2M 14%',
    ].join('\n');

    const images = parsePdfImagesList(output);

    expect(images.get(1)).toEqual({ width: 1654, height: 2339, ppi: 200 });
    expect(images.get(3)).toEqual({ width: 2480, height: 3508, ppi: 300 });
    expect(images.has(4)).toBe(false);
  });

  test.each([
    [300, 300],
    [240, 240],
    [200, 200], // not 300: a 1.5× resampling smears every stroke
    [150, 300], // twice over
    [100, 300],
    [120, 240],
    [600, 300], // finer than the target: rendered down to it, as before
  ])('a full-page scan at %i dpi is rendered at %i dpi', (ppi, expected) => {
    const image = { width: Math.round((A4.width / 72) * ppi), height: Math.round((A4.height / 72) * ppi), ppi };
    expect(scanRasterDpi(image, A4, 300) ?? 300).toBe(expected);
  });

  test('a logo on a text page, a page without images, a scan over the pixel budget and one under the floor keep the plain plan', () => {
    expect(scanRasterDpi({ width: 300, height: 120, ppi: 72 }, A4, 300)).toBeUndefined();
    expect(scanRasterDpi(undefined, A4, 300)).toBeUndefined();
    // An A0 sheet scanned at 200 dpi, where the budget allows 158 dpi.
    expect(scanRasterDpi({ width: 6622, height: 9362, ppi: 200 }, { width: 2383.94, height: 3370.39 }, 158)).toBeUndefined();
    expect(scanRasterDpi({ width: 165, height: 234, ppi: 20 }, A4, 300)).toBeUndefined();
    // A thumbnail is enlarged four times at most, as image files are.
    expect(scanRasterDpi({ width: 331, height: 468, ppi: 40 }, A4, 300)).toBe(160);
  });
});

describe('enlarging low-resolution images for OCR', () => {
  test.each([
    [{ width: 1241, height: 1754 }, 2], // A4 at 150 dpi
    [{ width: 1654, height: 2339 }, 300 / 200], // A4 at 200 dpi
    [{ width: 1984, height: 2806 }, 1], // 240 dpi: within 80 % of the target, read as is
    [{ width: 2480, height: 3508 }, 1], // 300 dpi
    [{ width: 1241, height: 1754, dpi: 300 }, 1], // a known resolution wins over the A4 guess
    [{ width: 400, height: 300 }, 4], // a thumbnail: at most 4×
  ])('%o → ×%d', (page, factor) => {
    expect(upscaleFactorFor(page)).toBeCloseTo(factor, 2);
  });

  test('the pixel budget caps the enlargement', () => {
    // 1241 × 1754 × 2² = 8.7 Mpx > 6 Mpx
    const factor = upscaleFactorFor({ width: 1241, height: 1754 }, { targetDpi: 300, minDpi: 100, maxPixels: 6_000_000 });
    expect(1241 * 1754 * factor ** 2).toBeLessThanOrEqual(6_000_000);
    expect(factor).toBeGreaterThan(1.2);
  });
});
