import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parsePgm, preparePageImage } from '../../../lambdas/adapters/page-image-preparer';

const SCAN = readFileSync(join(__dirname, '..', '..', '..', 'samples', '08-scan-ru-invoice.png'));

/** The sample scan turned clockwise about its centre and cropped back to its own size. */
async function askew(degrees: number): Promise<Buffer> {
  const { data, info } = await sharp(SCAN).greyscale().rotate(degrees, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const [left, top] = [Math.round((info.width - 1241) / 2), Math.round((info.height - 1754) / 2)];
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).extract({ left, top, width: 1241, height: 1754 }).png().toBuffer();
}

describe('preparePageImage (sharp)', () => {
  test('a page askew by 2° is measured and straightened, and keeps its size', async () => {
    const prepared = await preparePageImage(new Uint8Array(await askew(-2)), { factor: 1, maxPixels: 40e6 });

    expect(prepared.skewDegrees).toBeGreaterThan(-2.1);
    expect(prepared.skewDegrees).toBeLessThan(-1.9);
    expect([prepared.width, prepared.height]).toEqual([1241, 1754]);
    // The straightened page measures straight.
    const again = await preparePageImage(parsePgm(prepared.pgm), { factor: 1, maxPixels: 40e6, skew: { maxDegrees: 5, minDegrees: 0.2, minGain: 1.02, maxSamples: 120_000 } });
    expect(again.skewDegrees).toBe(0);
  });

  test('a straight 150 dpi page is enlarged by the factor, grey, and not turned', async () => {
    const prepared = await preparePageImage(new Uint8Array(SCAN), { factor: 2, maxPixels: 40e6 });

    expect(prepared.skewDegrees).toBe(0);
    const grey = parsePgm(prepared.pgm);
    expect([grey.width, grey.height]).toEqual([2482, 3508]);
    expect(grey.pixels.length).toBe(2482 * 3508);
  });

  test('an already decoded raster (a PDF page from pdftoppm) is taken as it is', async () => {
    const { data, info } = await sharp(SCAN).greyscale().raw().toBuffer({ resolveWithObject: true });
    const raster = { width: info.width, height: info.height, pixels: new Uint8Array(data) };

    const prepared = await preparePageImage(raster, { factor: 1, maxPixels: 40e6 });

    expect(prepared.skewDegrees).toBe(0);
    // Compared as buffers: jest's deep equality walks 2 million elements one by one.
    expect(Buffer.from(parsePgm(prepared.pgm).pixels).equals(Buffer.from(raster.pixels))).toBe(true);
  });
});

describe('parsePgm', () => {
  test('reads the header pdftoppm writes and points at the pixels', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('P5\n3 2\n255\n'), 1, 2, 3, 4, 5, 6]);
    expect(parsePgm(bytes)).toEqual({ width: 3, height: 2, pixels: new Uint8Array([1, 2, 3, 4, 5, 6]) });
  });

  test('refuses anything else (a PNG, a 16-bit PGM, a truncated file)', () => {
    expect(() => parsePgm(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow(/not an 8-bit binary PGM/);
    expect(() => parsePgm(new TextEncoder().encode('P5\n1 1\n65535\n\0\0'))).toThrow(/maxval 65535/);
    expect(() => parsePgm(new TextEncoder().encode('P5\n10 10\n255\n\0'))).toThrow(/bytes/);
  });
});
