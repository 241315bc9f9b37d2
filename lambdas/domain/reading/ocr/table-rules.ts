import type { GreyImage } from './page-skew';

/**
 * Table rules taken off a page image before OCR. Tesseract reads a ruled grid (a bordered label column, a header
 * table) badly: whole rows vanish («БИН | 130340640737» and «Импортёр | Moseltechnik GmbH» not read at all), the
 * first word of a value cell is read together with the rule beside it («ТОО» at 0 %, then dropped), a label cell
 * comes back as «‘Seller a». With the rules whitened the same rows read at 0.92–0.97.
 *
 * A rule is a straight run of darker-than-paper pixels, at least `minRunShare` of the page's width (horizontal)
 * or height (vertical) long, and thin across: at each of its pixels the dark run across it is at most
 * `maxThicknessShare` of the page's height (width), or crosses a rule of the other direction (a grid's joints).
 * No letter has a stroke that long; a shaded band (a table header) is thick, so it and its text stay; where a
 * glyph touches a rule, its stroke is thick there and stays.
 */
export interface TableRuleOptions {
  darkBelow: number;
  minRunShare: number;
  maxThicknessShare: number;
}

export const DEFAULT_TABLE_RULE_OPTIONS: TableRuleOptions = { darkBelow: 228, minRunShare: 0.04, maxThicknessShare: 0.004 };

export function withoutTableRules(image: GreyImage, options: TableRuleOptions = DEFAULT_TABLE_RULE_OPTIONS): { image: GreyImage; removed: number } {
  const { width, height, pixels } = image;
  const size = width * height;
  const dark = new Uint8Array(size);
  for (let i = 0; i < size; i++) dark[i] = pixels[i] < options.darkBelow ? 1 : 0;
  const maxDown = Math.max(2, Math.round(options.maxThicknessShare * height));
  const maxAlong = Math.max(2, Math.round(options.maxThicknessShare * width));
  const minAlong = Math.max(20, Math.round(options.minRunShare * width));
  const minDown = Math.max(20, Math.round(options.minRunShare * height));
  // Every pass walks rows of pixels in memory order (a page is 8–9 million pixels; walking its columns directly is
  // several times slower): the vertical direction keeps one state per column while the rows go by.
  // Length of the dark run through each pixel, down its column and along its row.
  const down = columnRunLengths(dark, width, height);
  const along = rowRunLengths(dark, width, height);
  // A rule crosses the rules of the other direction (a grid's joints, as thick there as the crossing rule is wide):
  // a stretch of thick dark pixels no longer than a rule is thick, between thin ones, continues the run.
  const thinAcross = new Uint8Array(size);
  const thinAlong = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    thinAcross[i] = dark[i] && down[i] <= maxDown ? 1 : 0;
    thinAlong[i] = dark[i] && along[i] <= maxAlong ? 1 : 0;
  }
  const horizontal = markRowRuns(thinAcross, dark, width, height, minAlong, maxAlong);
  const vertical = markColumnRuns(thinAlong, dark, width, height, minDown, maxDown);
  // A rule on a sheet a little askew steps from one pixel row to the next: its runs end short at each step, and the
  // ends left over read as dashes beside a label («—Продавец:»). The marks grow along the rule into such ends.
  grow(horizontal, thinAcross, width, height, 'horizontal');
  grow(vertical, thinAlong, width, height, 'vertical');
  const out = new Uint8Array(pixels);
  let removed = 0;
  // The rule and its fringe of anti-aliased paper-side pixels go; a glyph's dark stroke touching it stays.
  const fringe = options.darkBelow - 60;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!horizontal[i] && !vertical[i]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if ((j === i || pixels[j] >= fringe) && out[j] !== 255) {
            out[j] = 255;
            removed++;
          }
        }
      }
    }
  }
  return { image: { width, height, pixels: out }, removed };
}

/** For every pixel, the length of the run of dark pixels through it along its row. */
function rowRunLengths(dark: Uint8Array, width: number, height: number): Uint16Array {
  const out = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    let k = 0;
    while (k < width) {
      if (!dark[start + k]) {
        k++;
        continue;
      }
      let end = k;
      while (end < width && dark[start + end]) end++;
      out.fill(Math.min(65535, end - k), start + k, start + end);
      k = end;
    }
  }
  return out;
}

/** For every pixel, the length of the run of dark pixels through it down its column: a pass down, then one up. */
function columnRunLengths(dark: Uint8Array, width: number, height: number): Uint16Array {
  const out = new Uint16Array(width * height);
  // Down: how far into its run each dark pixel is.
  for (let i = 0; i < width; i++) out[i] = dark[i];
  for (let i = width; i < out.length; i++) if (dark[i]) out[i] = Math.min(65535, out[i - width] + 1);
  // Up: every pixel of a run takes the count of the run's last pixel.
  for (let i = out.length - width - 1; i >= 0; i--) if (dark[i] && dark[i + width]) out[i] = out[i + width];
  return out;
}

/**
 * Marks, along each row, the runs of thin dark pixels at least `minRun` long; stretches of other dark pixels up to
 * `maxGap` long between thin ones (joints) count as thin.
 */
function markRowRuns(thin: Uint8Array, dark: Uint8Array, width: number, height: number, minRun: number, maxGap: number): Uint8Array {
  const marks = new Uint8Array(width * height);
  const along = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    along.set(thin.subarray(start, start + width));
    // Joints: short stretches of thick dark pixels with thin ones either side.
    for (let k = 1; k < width; k++) {
      if (along[k] || !along[k - 1] || !dark[start + k]) continue;
      let end = k;
      while (end < width && !along[end] && dark[start + end]) end++;
      if (end < width && along[end] && end - k <= maxGap) along.fill(1, k, end);
      k = end;
    }
    let k = 0;
    while (k < width) {
      if (!along[k]) {
        k++;
        continue;
      }
      let end = k;
      while (end < width && along[end]) end++;
      if (end - k >= minRun) marks.fill(1, start + k, start + end);
      k = end;
    }
  }
  return marks;
}

/**
 * markRowRuns down the columns, row after row: each column keeps where its current run began and where a stretch of
 * thick dark pixels after it began, and a run long enough is marked when it ends.
 */
function markColumnRuns(thin: Uint8Array, dark: Uint8Array, width: number, height: number, minRun: number, maxGap: number): Uint8Array {
  const marks = new Uint8Array(width * height);
  const runStart = new Int32Array(width).fill(-1);
  const jointStart = new Int32Array(width).fill(-1);
  const close = (x: number, last: number) => {
    if (last - runStart[x] + 1 >= minRun) for (let y = runStart[x]; y <= last; y++) marks[y * width + x] = 1;
    runStart[x] = -1;
    jointStart[x] = -1;
  };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      if (thin[i]) {
        if (jointStart[x] >= 0) {
          // A joint no longer than a rule is thick continues the run; a longer stretch ended it.
          if (y - jointStart[x] > maxGap) {
            close(x, jointStart[x] - 1);
            runStart[x] = y;
          }
          jointStart[x] = -1;
        } else if (runStart[x] < 0) runStart[x] = y;
      } else if (dark[i]) {
        if (runStart[x] >= 0 && jointStart[x] < 0) jointStart[x] = y;
      } else if (runStart[x] >= 0) close(x, jointStart[x] >= 0 ? jointStart[x] - 1 : y - 1);
    }
  }
  for (let x = 0; x < width; x++) if (runStart[x] >= 0) close(x, jointStart[x] >= 0 ? jointStart[x] - 1 : height - 1);
  return marks;
}

/** Marks every pixel passing `rule` that touches a marked one along the rule's direction (diagonals included). */
function grow(marks: Uint8Array, rule: Uint8Array, width: number, height: number, direction: 'horizontal' | 'vertical'): void {
  const stack: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) stack.push(i);
  const horizontal = direction === 'horizontal';
  const visit = (xx: number, yy: number) => {
    if (xx < 0 || xx >= width || yy < 0 || yy >= height) return;
    const j = yy * width + xx;
    if (!marks[j] && rule[j]) {
      marks[j] = 1;
      stack.push(j);
    }
  };
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    // The three pixels ahead of it and the three behind it, along the rule.
    for (let side = -1; side <= 1; side++) {
      if (horizontal) {
        visit(x - 1, y + side);
        visit(x + 1, y + side);
      } else {
        visit(x + side, y - 1);
        visit(x + side, y + 1);
      }
    }
  }
}
