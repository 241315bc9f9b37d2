/**
 * How to rasterise a scanned PDF page for OCR without ever producing an oversized bitmap: page sizes come
 * from `pdfinfo` (points, 1/72 in), and the resolution is lowered for huge pages, down to a floor below
 * which OCR is pointless and the page is refused instead.
 */

export interface PageSizePoints {
  width: number;
  height: number;
}

/** `pdfinfo -f 1 -l N` prints "Page    3 size: 595.28 x 841.89 pts (A4)" for each page, and "Pages: N". */
export function parsePdfInfo(output: string): { pages: number; sizes: Map<number, PageSizePoints> } {
  const sizes = new Map<number, PageSizePoints>();
  let pages = 0;
  for (const line of output.split(/\r?\n/)) {
    const size = /^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts/.exec(line);
    if (size) sizes.set(Number(size[1]), { width: Number(size[2]), height: Number(size[3]) });
    const count = /^Pages:\s+(\d+)/.exec(line);
    if (count) pages = Number(count[1]);
  }
  return { pages, sizes };
}

export interface RasterPolicy {
  /** Resolution for ordinary pages: 200–300 dpi is what Tesseract is tuned for. */
  targetDpi: number;
  /** Below this, characters are too small to read; such a page is refused rather than misread. */
  minDpi: number;
  maxPixels: number;
}

export const DEFAULT_RASTER_POLICY: RasterPolicy = { targetDpi: 300, minDpi: 100, maxPixels: 40_000_000 };

/** The resolution to rasterise a page at, or undefined when even the floor would exceed the pixel budget. */
export function rasterDpiFor(size: PageSizePoints, policy: RasterPolicy = DEFAULT_RASTER_POLICY): number | undefined {
  const squareInches = (size.width / 72) * (size.height / 72);
  if (!(squareInches > 0)) return undefined;
  const fitting = Math.floor(Math.sqrt(policy.maxPixels / squareInches));
  const dpi = Math.min(policy.targetDpi, fitting);
  return dpi >= policy.minDpi ? dpi : undefined;
}
