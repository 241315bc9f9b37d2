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
  // Length of the dark run through each pixel, down its column and along its row.
  const down = runLengths(dark, width, height, 'vertical');
  const along = runLengths(dark, width, height, 'horizontal');
  // A rule crosses the rules of the other direction (a grid's joints, as thick there as the crossing rule is wide):
  // a stretch of thick dark pixels no longer than a rule is thick, between thin ones, continues the run.
  const thinAcross = new Uint8Array(size);
  const thinAlong = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    thinAcross[i] = dark[i] && down[i] <= maxDown ? 1 : 0;
    thinAlong[i] = dark[i] && along[i] <= maxAlong ? 1 : 0;
  }
  const horizontal = markRuns(thinAcross, dark, width, height, 'horizontal', minAlong, maxAlong);
  const vertical = markRuns(thinAlong, dark, width, height, 'vertical', minDown, maxDown);
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

type Direction = 'horizontal' | 'vertical';

/*
 * Every pass walks the pixels in memory order, a row after another (a page is 8–9 million pixels; walking its columns
 * directly is several times slower): in the vertical direction each column keeps its own state while the rows go by.
 * A "lane" is a row for horizontal runs and a column for vertical ones.
 */

/** For every pixel, the length of the run of dark pixels through it along one direction: a pass forward, then one back. */
function runLengths(dark: Uint8Array, width: number, height: number, direction: Direction): Uint16Array {
  const out = new Uint16Array(width * height);
  const horizontal = direction === 'horizontal';
  const step = horizontal ? 1 : width;
  // Forward: how far into its run each dark pixel is.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (dark[i]) out[i] = (horizontal ? x > 0 : y > 0) ? Math.min(65535, out[i - step] + 1) : 1;
    }
  }
  // Back: every pixel of a run takes the count of the run's last pixel.
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const i = y * width + x;
      if (dark[i] && (horizontal ? x < width - 1 : y < height - 1) && dark[i + step]) out[i] = out[i + step];
    }
  }
  return out;
}

/**
 * Marks, along one direction, the runs of thin dark pixels at least `minRun` long; stretches of other dark pixels up to
 * `maxGap` long between thin ones (joints) count as thin. Each lane keeps where its current run began and where a
 * stretch of thick dark pixels after it began, and a run long enough is marked when it ends.
 */
function markRuns(thin: Uint8Array, dark: Uint8Array, width: number, height: number, direction: Direction, minRun: number, maxGap: number): Uint8Array {
  const marks = new Uint8Array(width * height);
  const horizontal = direction === 'horizontal';
  const [lanes, length] = horizontal ? [height, width] : [width, height];
  const runStart = new Int32Array(lanes).fill(-1);
  const jointStart = new Int32Array(lanes).fill(-1);
  // Pixel of position `at` in lane `lane`: lane × laneStride + at × step.
  const [laneStride, step] = horizontal ? [width, 1] : [1, width];
  const close = (lane: number, last: number) => {
    if (last - runStart[lane] + 1 >= minRun) for (let at = runStart[lane]; at <= last; at++) marks[lane * laneStride + at * step] = 1;
    runStart[lane] = -1;
    jointStart[lane] = -1;
  };
  // At a lane's end a run closes before its trailing joint, if any (a joint must have thin pixels on both sides).
  const closeAtEnd = (lane: number) => close(lane, jointStart[lane] >= 0 ? jointStart[lane] - 1 : length - 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const lane = horizontal ? y : x;
      const at = horizontal ? x : y;
      if (thin[i]) {
        if (jointStart[lane] >= 0) {
          // A joint no longer than a rule is thick continues the run; a longer stretch ended it.
          if (at - jointStart[lane] > maxGap) {
            close(lane, jointStart[lane] - 1);
            runStart[lane] = at;
          }
          jointStart[lane] = -1;
        } else if (runStart[lane] < 0) runStart[lane] = at;
      } else if (dark[i]) {
        if (runStart[lane] >= 0 && jointStart[lane] < 0) jointStart[lane] = at;
      } else if (runStart[lane] >= 0) close(lane, jointStart[lane] >= 0 ? jointStart[lane] - 1 : at - 1);
    }
    // A row's run ends with the row; a column's with the page.
    if (horizontal && runStart[y] >= 0) closeAtEnd(y);
  }
  if (!horizontal) for (let x = 0; x < width; x++) if (runStart[x] >= 0) closeAtEnd(x);
  return marks;
}

/** Marks every pixel passing `rule` that touches a marked one along the rule's direction (diagonals included). */
function grow(marks: Uint8Array, rule: Uint8Array, width: number, height: number, direction: Direction): void {
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
