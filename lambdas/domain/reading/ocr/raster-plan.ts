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

/**
 * The resolution to tell Tesseract (`--dpi`), as a share of the real one. Tesseract's layout analysis measures
 * in inches, and one of its rules takes a vertical rule crossed by five or more horizontal rules within an inch
 * for a music stave and blanks the whole connected grid. An invoice's bordered label column (rows about 0.25 in
 * apart) is exactly that: on the header-table scans every label cell ("Seller:", "Date:", "Consignee:")
 * vanished from every page segmentation mode. At half the real resolution the stave test needs rows 0.125 in
 * apart, which no invoice grid has; the text lines are recognised at their pixel size either way (the LSTM
 * scales each line to its own height). Measured on the generated scans (bench/extract/README.md).
 */
export const DEFAULT_LAYOUT_DPI_SCALE = 0.5;

/** Tesseract refuses a resolution below 70 and estimates one of its own instead. */
const TESSERACT_MIN_DPI = 70;

/** A4's long side in inches: an image without a known resolution is taken for a full page. */
const PAGE_LONG_SIDE_INCHES = 11.69;

/**
 * The `--dpi` value for one page image: its real resolution (a rasterised PDF page) or, for an image file, the
 * resolution it would have as a full A4 page, times `scale`, never below Tesseract's floor.
 */
export function layoutDpiFor(page: { dpi?: number; width: number; height: number }, scale = DEFAULT_LAYOUT_DPI_SCALE): number | undefined {
  const real = page.dpi ?? Math.max(page.width, page.height) / PAGE_LONG_SIDE_INCHES;
  if (!(real > 0) || !(scale > 0)) return page.dpi;
  return Math.max(TESSERACT_MIN_DPI, Math.round(real * scale));
}

/**
 * How much to enlarge an image before OCR so that it reaches the policy's resolution, as rasterised PDF pages
 * do: Tesseract reads 9–10 pt print poorly at 150–200 dpi (x-height under 15 px). On the 82 generated scans
 * (bench:extract), enlarging the image files to 300 dpi took F1 on party names from 0.78 to 0.81, identifiers from
 * 0.81 to 0.89 and goods lines from 0.60 to 0.64; the median time per scanned page rose from 1.8 to 2.7 s.
 * The resolution is the known one or, for an image file, the one it would have as a full A4 page. 1 means
 * "read as is": close enough to the target, or no room left in the pixel budget.
 */
export function upscaleFactorFor(page: { width: number; height: number; dpi?: number }, policy: RasterPolicy = DEFAULT_RASTER_POLICY): number {
  const real = page.dpi ?? Math.max(page.width, page.height) / PAGE_LONG_SIDE_INCHES;
  if (!(real > 0) || real >= policy.targetDpi * UPSCALE_BELOW_SHARE) return 1;
  const fitting = Math.sqrt(policy.maxPixels / (page.width * page.height));
  let factor = Math.min(policy.targetDpi / real, fitting, MAX_UPSCALE);
  // A whole factor keeps every source pixel on the new grid (2× of a 150 dpi scan, not 1.9994×).
  const whole = Math.round(factor);
  if (Math.abs(factor - whole) < 0.1 && whole <= fitting) factor = whole;
  return factor >= MIN_UPSCALE ? factor : 1;
}

/** Images above 80 % of the target resolution are read as they are; enlarging less than 20 % gains nothing. */
const UPSCALE_BELOW_SHARE = 0.8;
const MIN_UPSCALE = 1.2;
/** A thumbnail enlarged eight times is still a thumbnail: beyond 4× the work grows and nothing more is legible. */
const MAX_UPSCALE = 4;
