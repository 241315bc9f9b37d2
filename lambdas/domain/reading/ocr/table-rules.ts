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
  const { darkBelow } = options;
  const page: Page = { width, height, pixels, darkBelow };
  const maxDown = Math.max(2, Math.round(options.maxThicknessShare * height));
  const maxAlong = Math.max(2, Math.round(options.maxThicknessShare * width));
  const minAlong = Math.max(20, Math.round(options.minRunShare * width));
  const minDown = Math.max(20, Math.round(options.minRunShare * height));
  // A rule is thin across: the dark run through each of its pixels, across the rule, is at most a rule's thickness.
  const horizontalLane: Lane = { page, laneStride: width, step: 1, length: width, across: width, acrossLength: height, maxThickness: maxDown };
  const verticalLane: Lane = { page, laneStride: 1, step: width, length: height, across: 1, acrossLength: width, maxThickness: maxAlong };
  // A rule lies within one unbroken run of dark pixels at least a rule long (its joints with crossing rules are
  // dark too): only those runs are looked at, and most of a page is paper.
  const { rows, columns } = longDarkRuns(page, minAlong, minDown);
  const horizontal = markRules(horizontalLane, rows, minAlong, maxAlong);
  const vertical = markRules(verticalLane, columns, minDown, maxDown);
  // A rule on a sheet a little askew steps from one pixel row to the next: its runs end short at each step, and the
  // ends left over read as dashes beside a label («—Продавец:»). The marks grow along the rule into such ends.
  grow(horizontal, horizontalLane);
  grow(vertical, verticalLane);
  const out = new Uint8Array(pixels);
  let removed = 0;
  // The rule and its fringe of anti-aliased paper-side pixels go; a glyph's dark stroke touching it stays.
  const fringe = darkBelow - 60;
  for (const marks of [horizontal, vertical]) {
    for (const i of marks.list) {
      const x = i % width;
      const y = (i - x) / width;
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

interface Page {
  width: number;
  height: number;
  pixels: Uint8Array;
  darkBelow: number;
}

/**
 * One direction of rules: a lane is a row (horizontal rules) or a column (vertical ones). The pixel at position
 * `at` of lane `lane` is lane × laneStride + at × step; `across` steps to the next pixel across the lane.
 */
interface Lane {
  page: Page;
  laneStride: number;
  step: number;
  length: number;
  across: number;
  acrossLength: number;
  maxThickness: number;
}

/** Marked pixels: a flag per pixel, and the marked ones in a list (a page's rules are a few per cent of it). */
interface Marks {
  flags: Uint8Array;
  list: number[];
}

/**
 * The unbroken runs of dark pixels at least `minAlong` long in a row and `minDown` long in a column, as (lane, first,
 * last) triples. One pass in memory order: each column keeps where its current run began while the rows go by.
 */
function longDarkRuns({ width, height, pixels, darkBelow }: Page, minAlong: number, minDown: number): { rows: number[]; columns: number[] } {
  const rows: number[] = [];
  const columns: number[] = [];
  const columnStart = new Int32Array(width).fill(-1);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    let rowStart = -1;
    for (let x = 0; x < width; x++) {
      if (pixels[base + x] < darkBelow) {
        if (rowStart < 0) rowStart = x;
        if (columnStart[x] < 0) columnStart[x] = y;
        continue;
      }
      if (rowStart >= 0) {
        if (x - rowStart >= minAlong) rows.push(y, rowStart, x - 1);
        rowStart = -1;
      }
      if (columnStart[x] >= 0) {
        if (y - columnStart[x] >= minDown) columns.push(x, columnStart[x], y - 1);
        columnStart[x] = -1;
      }
    }
    if (rowStart >= 0 && width - rowStart >= minAlong) rows.push(y, rowStart, width - 1);
  }
  for (let x = 0; x < width; x++) if (columnStart[x] >= 0 && height - columnStart[x] >= minDown) columns.push(x, columnStart[x], height - 1);
  return { rows, columns };
}

/** Whether pixel i (position `at` across the lane) is dark and the dark run through it across the lane is a rule's thickness at most. */
function thinAcross({ page, across, acrossLength, maxThickness }: Lane, i: number, at: number): boolean {
  const { pixels, darkBelow } = page;
  if (pixels[i] >= darkBelow) return false;
  let run = 1;
  for (let k = 1; at - k >= 0 && pixels[i - k * across] < darkBelow; k++) if (++run > maxThickness) return false;
  for (let k = 1; at + k < acrossLength && pixels[i + k * across] < darkBelow; k++) if (++run > maxThickness) return false;
  return true;
}

/**
 * Marks, in each given run, the stretches of thin dark pixels at least `minRun` long; stretches of thick dark pixels
 * up to `maxGap` long between thin ones (joints with crossing rules) count as thin. A longer thick stretch ends the
 * stretch before it, and so does the run's end (a joint must have thin pixels on both sides).
 */
function markRules(lane: Lane, runs: readonly number[], minRun: number, maxGap: number): Marks {
  const { page, laneStride, step } = lane;
  const marks: Marks = { flags: new Uint8Array(page.width * page.height), list: [] };
  for (let r = 0; r < runs.length; r += 3) {
    const [index, first, last] = [runs[r], runs[r + 1], runs[r + 2]];
    const base = index * laneStride;
    let start = -1;
    let joint = -1;
    const close = (end: number) => {
      if (end - start + 1 >= minRun) {
        for (let at = start; at <= end; at++) {
          const i = base + at * step;
          marks.flags[i] = 1;
          marks.list.push(i);
        }
      }
      start = -1;
      joint = -1;
    };
    for (let at = first; at <= last; at++) {
      if (thinAcross(lane, base + at * step, index)) {
        if (joint >= 0) {
          if (at - joint > maxGap) {
            close(joint - 1);
            start = at;
          }
          joint = -1;
        } else if (start < 0) start = at;
      } else if (start >= 0 && joint < 0) joint = at;
    }
    if (start >= 0) close(joint >= 0 ? joint - 1 : last);
  }
  return marks;
}

/** Marks every thin dark pixel that touches a marked one along the rule's direction (diagonals included). */
function grow(marks: Marks, lane: Lane): void {
  const { width, height } = lane.page;
  const horizontal = lane.step === 1;
  const stack = [...marks.list];
  const visit = (xx: number, yy: number) => {
    if (xx < 0 || xx >= width || yy < 0 || yy >= height) return;
    const j = yy * width + xx;
    if (!marks.flags[j] && thinAcross(lane, j, horizontal ? yy : xx)) {
      marks.flags[j] = 1;
      marks.list.push(j);
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
