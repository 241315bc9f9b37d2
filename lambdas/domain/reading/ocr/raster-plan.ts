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

/** The scan image of a page: its pixel size and resolution as `pdfimages -list` reports them. */
export interface PageImage {
  width: number;
  height: number;
  ppi: number;
}

/**
 * `pdfimages -list` prints one row per image ("   2     0 image    1654  2339  rgb  3  8  jpeg  no  12  0  200  200  529K 4.7%"):
 * the largest image of each page, with the lower of its two resolutions (smasks and stencil masks are not pictures).
 */
export function parsePdfImagesList(output: string): Map<number, PageImage> {
  const images = new Map<number, PageImage>();
  for (const line of output.split(/\r?\n/)) {
    const row = /^\s*(\d+)\s+\d+\s+image\s+(\d+)\s+(\d+)\s+\S+\s+\d+\s+\d+\s+\S+\s+\S+\s+\d+\s+\d+\s+(\d+)\s+(\d+)/.exec(line);
    if (!row) continue;
    const [page, width, height, xPpi, yPpi] = row.slice(1).map(Number);
    const known = images.get(page);
    if (!known || width * height > known.width * known.height) images.set(page, { width, height, ppi: Math.min(xPpi, yPpi) });
  }
  return images;
}

/** The share of the page a picture must cover to be the page's scan rather than a logo on a text page. */
const SCAN_COVER_SHARE = 0.5;

/**
 * The resolution to rasterise a scanned page at: its scan's own, or a whole multiple of it, never a fraction. A 200 dpi
 * scan rendered at 300 dpi is resampled by 1.5 and every stroke smears over a pixel of grey; at 200 dpi the
 * pixels are the scanner's. On the turned 200 dpi scan 00067, 41 of 46 goods descriptions were read right at
 * 200 dpi and 32 at 300 (bench/extract/README.md has the figures for all scans). A coarse scan is enlarged by the
 * whole factor that comes nearest the target without passing it by much (150 → 300, 100 → 300, 120 → 240), at most
 * MAX_UPSCALE, as image files are.
 * Undefined when the page has no scan image, or when the result would not fit the budget (`budgetDpi`, from
 * rasterDpiFor): the page is then rendered at `budgetDpi`.
 */
export function scanRasterDpi(image: PageImage | undefined, size: PageSizePoints, budgetDpi: number, policy: RasterPolicy = DEFAULT_RASTER_POLICY): number | undefined {
  if (!image || !(image.ppi > 0)) return undefined;
  const covered = (image.width / image.ppi) * (image.height / image.ppi) * 72 * 72;
  if (covered < SCAN_COVER_SHARE * size.width * size.height) return undefined;
  const factor = Math.min(MAX_UPSCALE, Math.max(1, Math.floor(policy.targetDpi / image.ppi + WHOLE_FACTOR_SLACK)));
  const dpi = image.ppi * factor;
  return dpi >= policy.minDpi && dpi <= budgetDpi ? dpi : undefined;
}

/** 150 dpi is enlarged twice over (2.0 + slack), 200 dpi once (1.5 + slack rounds down). */
const WHOLE_FACTOR_SLACK = 0.1;

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
