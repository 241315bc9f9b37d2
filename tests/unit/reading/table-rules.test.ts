import { withoutTableRules } from '../../../lambdas/domain/reading/ocr/table-rules';
import type { GreyImage } from '../../../lambdas/domain/reading/ocr/page-skew';

const W = 800;
const H = 600;
const blank = (): GreyImage => ({ width: W, height: H, pixels: new Uint8Array(W * H).fill(255) });
const fill = (image: GreyImage, x0: number, y0: number, x1: number, y1: number, value: number) => {
  for (let y = y0; y < y1; y++) image.pixels.fill(value, y * W + x0, y * W + x1);
};
const at = (image: GreyImage, x: number, y: number) => image.pixels[y * W + x];

describe('table rules taken off a page image before OCR (table-rules.ts)', () => {
  test('thin long rules of a grid go, with their joints; letters beside them, and a shaded band, stay', () => {
    const page = blank();
    // A grid: two horizontal rules and a vertical one, 2 px thick.
    fill(page, 40, 100, 760, 102, 0);
    fill(page, 40, 300, 760, 302, 0);
    fill(page, 400, 100, 402, 302, 0);
    // "Letters": short strokes inside a cell, one touching the rule below it.
    fill(page, 120, 150, 124, 180, 20);
    fill(page, 130, 150, 150, 154, 20);
    fill(page, 160, 270, 164, 300, 20);
    // A shaded header band with text in it: thick, so it is no rule.
    fill(page, 40, 20, 760, 60, 200);
    fill(page, 100, 30, 104, 50, 0);

    const { image, removed } = withoutTableRules(page);

    expect(removed).toBeGreaterThan(0);
    expect([at(image, 300, 100), at(image, 300, 301), at(image, 401, 200), at(image, 401, 101)]).toEqual([255, 255, 255, 255]);
    expect([at(image, 122, 160), at(image, 140, 152), at(image, 162, 285)]).toEqual([20, 20, 20]);
    expect([at(image, 300, 40), at(image, 102, 40)]).toEqual([200, 0]);
  });

  test('a page without rules is left as it is', () => {
    const page = blank();
    fill(page, 120, 150, 124, 180, 20);
    const { image, removed } = withoutTableRules(page);
    expect(removed).toBe(0);
    expect(image.pixels).toEqual(page.pixels);
  });
});
