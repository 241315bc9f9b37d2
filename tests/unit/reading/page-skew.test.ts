import { DEFAULT_SKEW_OPTIONS, estimatePageSkew, otsuThreshold, type GreyImage } from '../../../lambdas/domain/reading/ocr/page-skew';

/**
 * A synthetic page: rows of "words" (dark dashes 5 px thick) on white paper, every row descending to the right by
 * `degrees` (a sheet turned clockwise), with grey noise. Deterministic.
 */
function printedPage(degrees: number, options: { width?: number; height?: number; rows?: number; noise?: number } = {}): GreyImage {
  const width = options.width ?? 500;
  const height = options.height ?? 700;
  const pixels = new Uint8Array(width * height).fill(245);
  const slope = Math.tan((degrees * Math.PI) / 180);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows = options.rows ?? 24;
  for (let r = 0; r < rows; r++) {
    const baseline = 50 + r * ((height - 100) / rows);
    for (let x = 40; x < width - 40; x++) {
      // Words of 30–70 px with 12 px gaps.
      if ((x + r * 17) % 82 > 70) continue;
      for (let t = 0; t < 5; t++) {
        const y = Math.round(baseline + x * slope) + t;
        if (y >= 0 && y < height) pixels[y * width + x] = 40;
      }
    }
  }
  const noise = options.noise ?? 20;
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, pixels[i] + Math.round((random() - 0.5) * noise)));
  return { width, height, pixels };
}

describe('estimatePageSkew (projection profiles)', () => {
  const anyTurn = { ...DEFAULT_SKEW_OPTIONS, minDegrees: 0.05 };

  test.each([2.3, -1.7, 0.6, -3.1, 4.2])('a sheet turned %p° is measured within 0.05°', (degrees) => {
    expect(Math.abs(estimatePageSkew(printedPage(degrees), anyTurn) - degrees)).toBeLessThanOrEqual(0.05);
  });

  test('a straight sheet is measured straight', () => {
    expect(estimatePageSkew(printedPage(0), anyTurn)).toBe(0);
  });

  test('by default a turn under 1° is left alone (Tesseract and the row grouping cope; resampling would soften the print)', () => {
    expect(estimatePageSkew(printedPage(0.6))).toBe(0);
    expect(estimatePageSkew(printedPage(-1.4))).toBeCloseTo(-1.4, 1);
  });

  test('a blank page or pure noise gives no angle', () => {
    expect(estimatePageSkew({ width: 400, height: 600, pixels: new Uint8Array(400 * 600).fill(250) })).toBe(0);
    expect(estimatePageSkew(printedPage(2, { rows: 0, noise: 60 }))).toBe(0);
  });

  test('a turn beyond the range looked for is not straightened (left to Tesseract)', () => {
    expect(estimatePageSkew(printedPage(8))).toBe(0);
  });
});

describe('otsuThreshold', () => {
  test('splits ink from paper', () => {
    const pixels = new Uint8Array(1000);
    pixels.fill(30, 0, 200);
    pixels.fill(240, 200);
    const threshold = otsuThreshold(pixels);
    expect(threshold).toBeGreaterThanOrEqual(30);
    expect(threshold).toBeLessThan(240);
  });
});
