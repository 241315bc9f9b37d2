/**
 * Prepares scanned page images for OCR with sharp (libvips): grey, enlarged to the raster policy's resolution when
 * the scan is coarse, and straightened when the sheet lay askew (domain/reading/ocr/page-skew.ts finds the angle).
 * sharp is loaded on first use, so functions that never OCR an image never load its native binary; the OCR
 * container image installs it (lib/ocr-image/Dockerfile).
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_SKEW_OPTIONS, estimatePageSkew, type GreyImage, type SkewOptions } from '../domain/reading/ocr/page-skew';

type Sharp = typeof import('sharp');
type Pipeline = import('sharp').Sharp;

let loaded: Promise<Sharp> | undefined;

async function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then((module) => {
    const sharp = ((module as unknown as { default?: Sharp }).default ?? module) as Sharp;
    // Nothing cached: pages are prepared and dropped one by one. libvips may use every core: a page read alone is
    // prepared before its Tesseract processes start, while the cores are idle, and on 2 cores enlarging and
    // straightening it take 0.3 s instead of 0.45 s (the pixels are identical).
    sharp.cache(false);
    sharp.concurrency(availableParallelism());
    return sharp;
  });
  return loaded;
}

export interface PreparedPage {
  /** A binary PGM (P5): Tesseract reads it without decompressing, and writing it costs nothing. */
  pgm: Uint8Array;
  width: number;
  height: number;
  /** The sheet's clockwise skew that was taken out, in degrees; 0 when it was straight. */
  skewDegrees: number;
}

export interface PrepareOptions {
  /** Enlargement (Lanczos); 1 keeps the size. */
  factor: number;
  /** Passed to libvips, which refuses a larger input; the caller has checked the header already. */
  maxPixels: number;
  /** Page of a multi-page TIFF (0-based). */
  page?: number;
  skew?: SkewOptions;
}

/** Width of the copy the skew is measured on: rows of print stay distinct, and the sweep touches a tenth of the pixels. */
const SKEW_SAMPLE_WIDTH = 1000;

/** One page of a PNG, JPEG or TIFF (or an already decoded grey raster), as a grey image ready for Tesseract. */
export async function preparePageImage(input: Uint8Array | GreyImage, options: PrepareOptions): Promise<PreparedPage> {
  const sharp = await loadSharp();
  const decoded = input instanceof Uint8Array;
  const open = (): Pipeline =>
    decoded
      ? sharp(input, { page: options.page ?? 0, limitInputPixels: options.maxPixels }).flatten({ background: '#ffffff' }).grayscale()
      : sharp(input.pixels, { raw: { width: input.width, height: input.height, channels: 1 }, limitInputPixels: options.maxPixels });
  let grey: GreyImage;
  if (options.factor !== 1) {
    const { width, height } = decoded ? await open().metadata() : input;
    if (!width || !height) throw new Error('the image has no size');
    grey = await toGrey(open().resize(Math.round(width * options.factor), Math.round(height * options.factor), { kernel: 'lanczos3', fit: 'fill' }));
  } else {
    grey = decoded ? await toGrey(open()) : input;
  }
  const skewDegrees = estimatePageSkew(await sampleForSkew(sharp, grey), options.skew ?? DEFAULT_SKEW_OPTIONS);
  const upright = skewDegrees ? await turnBack(sharp, grey, skewDegrees) : grey;
  return { pgm: toPgm(upright), width: upright.width, height: upright.height, skewDegrees };
}

/** A region of a grey page scaled to the given size, still grey: what a line recogniser reads (paddle-han-reader.ts). */
export async function cropAndScale(grey: GreyImage, region: { left: number; top: number; width: number; height: number }, size: { width: number; height: number }): Promise<GreyImage> {
  const sharp = await loadSharp();
  return toGrey(rawInput(sharp, grey).extract(region).resize(size.width, size.height, { fit: 'fill' }));
}

async function toGrey(pipeline: Pipeline): Promise<GreyImage> {
  // 'b-w' at the end: libvips turns a grey image into sRGB for a transform with a coloured background.
  const { data, info } = await pipeline.toColourspace('b-w').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one grey channel, got ${info.channels}`);
  return { width: info.width, height: info.height, pixels: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function rawInput(sharp: Sharp, grey: GreyImage): Pipeline {
  return sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } });
}

async function sampleForSkew(sharp: Sharp, grey: GreyImage): Promise<GreyImage> {
  if (grey.width <= SKEW_SAMPLE_WIDTH) return grey;
  return toGrey(rawInput(sharp, grey).resize({ width: SKEW_SAMPLE_WIDTH }));
}

/**
 * Turns the page back by the skew about its centre and keeps the original frame (the corners that come in are
 * paper white), so the page keeps its size and a box's position on it moves by at most a few per cent.
 */
async function turnBack(sharp: Sharp, grey: GreyImage, skewDegrees: number): Promise<GreyImage> {
  // rotate() interpolates bilinearly; a bicubic affine turn together with lifting tints to white was tried and read
  // worse (bench/extract/README.md).
  const turned = await toGrey(rawInput(sharp, grey).rotate(-skewDegrees, { background: { r: 255, g: 255, b: 255 } }));
  const left = Math.max(0, Math.round((turned.width - grey.width) / 2));
  const top = Math.max(0, Math.round((turned.height - grey.height) / 2));
  return toGrey(rawInput(sharp, turned).extract({ left, top, width: Math.min(grey.width, turned.width - left), height: Math.min(grey.height, turned.height - top) }));
}

/** A binary PGM (P5, 8-bit, as pdftoppm -gray writes it) → its raster, without copying the pixels. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  // Header: "P5", width, height, maxval, each after whitespace (pdftoppm writes no comments), then one whitespace byte.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4 && at < bytes.length) {
    while (at < bytes.length && isSpace(bytes[at])) at++;
    let field = '';
    while (at < bytes.length && !isSpace(bytes[at])) field += String.fromCharCode(bytes[at++]);
    fields.push(field);
  }
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  const start = at + 1;
  if (magic !== 'P5' || !(width > 0) || !(height > 0) || maxval !== 255 || bytes.length < start + width * height) {
    throw new Error(`not an 8-bit binary PGM (${magic} ${width}×${height}, maxval ${maxval}, ${bytes.length} bytes)`);
  }
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

export function toPgm(grey: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const pgm = new Uint8Array(header.length + grey.pixels.length);
  pgm.set(header, 0);
  pgm.set(grey.pixels, header.length);
  return pgm;
}
