/**
 * How far a scanned sheet lay askew on the glass, from the image alone, so it can be straightened before OCR.
 *
 * Why before OCR and not only in the boxes afterwards: on the generated scans, goods lines scored F1 0.80 on
 * straight sheets, 0.66 below 1.5° and 0.26 from 1.5° to 3° (bench:extract, 82 scans). A 2° turn moves a table
 * row's right end by a whole line height, so amounts join the wrong row and columns drift under their headers.
 *
 * Method: projection profiles. Dark pixels are projected along each candidate angle onto the vertical axis;
 * at the sheet's true angle the rows of print fall into the fewest bins, so the sum of squared bin counts peaks.
 * A coarse sweep, then a fine one around the best coarse angle.
 */

/** A greyscale raster: one byte per pixel, row by row, 0 = black. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface SkewOptions {
  /** Largest turn looked for, in degrees; a sheet fed further askew than this is rare and left to Tesseract. */
  maxDegrees: number;
  /**
   * Below this the page is left as it is. Resampling softens the print, and a small skew is handled anyway by
   * Tesseract's line finder and by the row grouping (assemble-lines.ts estimateSkew): on the generated scans,
   * straightening sheets turned 0.5–1° lost more fields than it gained, from 1° on it gained (bench/extract/README.md).
   */
  minDegrees: number;
  /**
   * How much sharper the best profile must be than the straight one (ratio of the squared sums) to be believed.
   * A page with little print (a blank back side, a photo) gives flat profiles at every angle.
   */
  minGain: number;
  /** Dark pixels sampled at most; the rest are skipped evenly (the estimate needs rows, not every stroke). */
  maxSamples: number;
}

export const DEFAULT_SKEW_OPTIONS: SkewOptions = { maxDegrees: 5, minDegrees: 1, minGain: 1.02, maxSamples: 120_000 };

/**
 * The clockwise angle, in degrees, by which the rows of print descend to the right (a sheet turned clockwise);
 * 0 when the page is straight within `minDegrees` or the estimate is not trustworthy. Turning the image by
 * minus this straightens it.
 */
export function estimatePageSkew(image: GreyImage, options: SkewOptions = DEFAULT_SKEW_OPTIONS): number {
  const points = darkPoints(image, options.maxSamples);
  if (points.count < 200) return 0;
  const profile = new ProfileScorer(points, image);
  const straight = profile.score(0);
  if (!(straight > 0)) return 0;
  // Coarse: a quarter degree apart, which the fine sweep then narrows to a fortieth. The coarse sweep looks a
  // degree past the range: a sheet turned further peaks at the range's edge, and must not pass for one turned 5°.
  const best = sweep(profile, -options.maxDegrees - 1, options.maxDegrees + 1, 0.25);
  if (Math.abs(best.degrees) > options.maxDegrees) return 0;
  const fine = sweep(profile, best.degrees - 0.25, best.degrees + 0.25, 0.025);
  if (fine.score < straight * options.minGain) return 0;
  const degrees = Math.round(fine.degrees * 1000) / 1000;
  return Math.abs(degrees) < options.minDegrees || Math.abs(degrees) > options.maxDegrees ? 0 : degrees;
}

function sweep(profile: ProfileScorer, from: number, to: number, step: number): { degrees: number; score: number } {
  let best = { degrees: 0, score: -1 };
  for (let degrees = from; degrees <= to + step / 2; degrees += step) {
    const score = profile.score(degrees);
    if (score > best.score) best = { degrees, score };
  }
  return best;
}

interface Points {
  xs: Int32Array;
  ys: Int32Array;
  count: number;
}

/**
 * Pixels darker than the page's Otsu threshold, taken at an even stride so at most `maxSamples` remain.
 * Otsu rather than a fixed level: scans arrive grey, blurred and with their background anywhere from white to beige.
 */
function darkPoints(image: GreyImage, maxSamples: number): Points {
  const { width, height, pixels } = image;
  const threshold = otsuThreshold(pixels);
  let dark = 0;
  for (let i = 0; i < pixels.length; i++) if (pixels[i] <= threshold) dark++;
  const stride = Math.max(1, Math.ceil(dark / maxSamples));
  const size = Math.ceil(dark / stride);
  const xs = new Int32Array(size);
  const ys = new Int32Array(size);
  let seen = 0;
  let count = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (pixels[row + x] > threshold) continue;
      if (seen++ % stride === 0 && count < size) {
        xs[count] = x;
        ys[count] = y;
        count++;
      }
    }
  }
  return { xs, ys, count };
}

export function otsuThreshold(pixels: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (let i = 0; i < pixels.length; i++) histogram[pixels[i]]++;
  const total = pixels.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v];
  let below = 0;
  let sumBelow = 0;
  let best = { level: 127, variance: -1 };
  for (let v = 0; v < 256; v++) {
    below += histogram[v];
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    sumBelow += v * histogram[v];
    const meanBelow = sumBelow / below;
    const meanAbove = (sumAll - sumBelow) / above;
    const variance = below * above * (meanBelow - meanAbove) ** 2;
    if (variance > best.variance) best = { level: v, variance };
  }
  return best.level;
}

/** Sum of squared bin counts of the dark pixels projected along an angle; one reusable bin array. */
class ProfileScorer {
  private readonly bins: Float64Array;
  private readonly offset: number;

  constructor(
    private readonly points: Points,
    image: { width: number; height: number },
  ) {
    // A row's vertical position shifts by up to width × tan(angle) across the page (tan 7° ≈ 0.12): room on both sides.
    this.offset = Math.ceil(image.width * 0.13) + 1;
    this.bins = new Float64Array(image.height + 2 * this.offset);
  }

  score(degrees: number): number {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const { xs, ys, count } = this.points;
    const bins = this.bins;
    bins.fill(0);
    const last = bins.length - 1;
    for (let i = 0; i < count; i++) {
      const bin = Math.round(ys[i] - xs[i] * slope) + this.offset;
      bins[bin < 0 ? 0 : bin > last ? last : bin]++;
    }
    let sum = 0;
    for (let i = 0; i < bins.length; i++) sum += bins[i] * bins[i];
    return sum;
  }
}
