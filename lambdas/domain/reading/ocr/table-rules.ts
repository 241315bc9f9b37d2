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
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i++) dark[i] = pixels[i] < options.darkBelow ? 1 : 0;
  // Length of the dark run through each pixel, down its column and along its row.
  const down = runLengths(dark, width, height, width, 1, height);
  const along = runLengths(dark, width, height, 1, width, width);
  const maxDown = Math.max(2, Math.round(options.maxThicknessShare * height));
  const maxAlong = Math.max(2, Math.round(options.maxThicknessShare * width));
  const minAlong = Math.max(20, Math.round(options.minRunShare * width));
  const minDown = Math.max(20, Math.round(options.minRunShare * height));
  // A rule crosses the rules of the other direction (a grid's joints, as thick there as the crossing rule is wide):
  // a stretch of thick dark pixels no longer than a rule is thick, between thin ones, continues the run.
  const thinAcross = (i: number) => dark[i] === 1 && down[i] <= maxDown;
  const thinAlong = (i: number) => dark[i] === 1 && along[i] <= maxAlong;
  const horizontal = markRuns(thinAcross, dark, width, height, 1, width, minAlong, maxAlong);
  const vertical = markRuns(thinAlong, dark, width, height, width, 1, minDown, maxDown);
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
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
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

/** For every pixel, the length of the run of dark pixels through it along one direction (`step`), lines `lineStep` apart. */
function runLengths(dark: Uint8Array, width: number, height: number, step: number, lineStep: number, length: number): Uint16Array {
  const out = new Uint16Array(width * height);
  const lines = step === 1 ? height : width;
  for (let line = 0; line < lines; line++) {
    const start = line * lineStep;
    let k = 0;
    while (k < length) {
      if (!dark[start + k * step]) {
        k++;
        continue;
      }
      let end = k;
      while (end < length && dark[start + end * step]) end++;
      const run = Math.min(65535, end - k);
      for (let m = k; m < end; m++) out[start + m * step] = run;
      k = end;
    }
  }
  return out;
}

/**
 * Marks, along one direction (`step`, lines `lineStep` apart), the runs of thin dark pixels at least `minRun` long;
 * stretches of other dark pixels up to `maxGap` long between thin ones (joints) count as thin.
 */
function markRuns(thin: (i: number) => boolean, dark: Uint8Array, width: number, height: number, step: number, lineStep: number, minRun: number, maxGap: number): Uint8Array {
  const marks = new Uint8Array(width * height);
  const lines = step === 1 ? height : width;
  const length = step === 1 ? width : height;
  const along = new Uint8Array(length);
  for (let line = 0; line < lines; line++) {
    const start = line * lineStep;
    for (let k = 0; k < length; k++) along[k] = thin(start + k * step) ? 1 : 0;
    // Joints: short stretches of thick dark pixels with thin ones either side.
    for (let k = 1; k < length; k++) {
      if (along[k] || !along[k - 1] || !dark[start + k * step]) continue;
      let end = k;
      while (end < length && !along[end] && dark[start + end * step]) end++;
      if (end < length && along[end] && end - k <= maxGap) for (let m = k; m < end; m++) along[m] = 1;
      k = end;
    }
    let k = 0;
    while (k < length) {
      if (!along[k]) {
        k++;
        continue;
      }
      let end = k;
      while (end < length && along[end]) end++;
      if (end - k >= minRun) for (let m = k; m < end; m++) marks[start + m * step] = 1;
      k = end;
    }
  }
  return marks;
}

/** Marks every pixel passing `rule` that touches a marked one along the rule's direction (diagonals included). */
function grow(marks: Uint8Array, rule: (i: number) => boolean, width: number, height: number, direction: 'horizontal' | 'vertical'): void {
  const stack: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) stack.push(i);
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    for (const step of [-1, 1]) {
      for (const side of [-1, 0, 1]) {
        const [xx, yy] = direction === 'horizontal' ? [x + step, y + side] : [x + side, y + step];
        if (xx < 0 || xx >= width || yy < 0 || yy >= height) continue;
        const j = yy * width + xx;
        if (!marks[j] && rule(j)) {
          marks[j] = 1;
          stack.push(j);
        }
      }
    }
  }
}
