import { DocumentRejectedError } from '../../errors';

/**
 * Image size from the file header alone, so an oversized image (a 20 000 × 20 000 "scan" is 400 Mpx, over a
 * gigabyte once decoded) is refused before any decoder or OCR engine allocates a pixel.
 */
export interface ImageDimensions {
  mediaType: 'image/png' | 'image/jpeg' | 'image/tiff';
  /** One entry per page; TIFF files can hold several. */
  pages: Array<{ width: number; height: number }>;
}

/** Undefined when the bytes are not a PNG, JPEG or TIFF whose header we can read. */
export function readImageDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  if (isPng(bytes)) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  if (isTiff(bytes)) return readTiff(bytes);
  return undefined;
}

function isPng(b: Uint8Array): boolean {
  return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v);
}

function isTiff(b: Uint8Array): boolean {
  return (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a);
}

/** The first chunk must be IHDR: width and height are big-endian 32-bit at offsets 16 and 20. */
function readPng(b: Uint8Array): ImageDimensions | undefined {
  if (b.length < 24 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { mediaType: 'image/png', pages: [{ width: view.getUint32(16), height: view.getUint32(20) }] };
}

/**
 * Walk the marker segments to the first start-of-frame (SOF0–SOF15 except DHT C4, JPG C8 and DAC CC), whose
 * payload holds precision, height, width. EXIF/ICC segments before it are skipped by their lengths.
 */
function readJpeg(b: Uint8Array): ImageDimensions | undefined {
  let offset = 2;
  while (offset + 4 <= b.length) {
    if (b[offset] !== 0xff) return undefined;
    const marker = b[offset + 1];
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image / start of scan before any frame
    const length = (b[offset + 2] << 8) | b[offset + 3];
    if (length < 2) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > b.length) return undefined;
      const height = (b[offset + 5] << 8) | b[offset + 6];
      const width = (b[offset + 7] << 8) | b[offset + 8];
      return { mediaType: 'image/jpeg', pages: [{ width, height }] };
    }
    offset += 2 + length;
  }
  return undefined;
}

const TIFF_IMAGE_WIDTH = 256;
const TIFF_IMAGE_LENGTH = 257;
const TIFF_SHORT = 3;
const TIFF_LONG = 4;
/** A guard against IFD chains that loop or never end in a hostile file. */
const MAX_TIFF_PAGES = 10_000;

/** Follow the chain of image file directories; each holds ImageWidth (256) and ImageLength (257). */
function readTiff(b: Uint8Array): ImageDimensions | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const little = b[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  if (b.length < 8) return undefined;
  const pages: Array<{ width: number; height: number }> = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0 && pages.length < MAX_TIFF_PAGES) {
    if (seen.has(ifd) || ifd + 2 > b.length) return undefined;
    seen.add(ifd);
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > b.length) return undefined;
    let width = 0;
    let height = 0;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      if (tag !== TIFF_IMAGE_WIDTH && tag !== TIFF_IMAGE_LENGTH) continue;
      const type = u16(entry + 2);
      const value = type === TIFF_SHORT ? u16(entry + 8) : type === TIFF_LONG ? u32(entry + 8) : 0;
      if (tag === TIFF_IMAGE_WIDTH) width = value;
      else height = value;
    }
    if (!width || !height) return undefined;
    pages.push({ width, height });
    ifd = u32(ifd + 2 + count * 12);
  }
  return pages.length ? { mediaType: 'image/tiff', pages } : undefined;
}

export interface ImageLimits {
  /** Largest page in pixels (width × height). 40 Mpx is A3 at 300 dpi with room to spare. */
  maxPixels: number;
  /** Longest side in pixels; Textract itself refuses more than 10 000. */
  maxSide: number;
  maxPages: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: 40_000_000, maxSide: 12_000, maxPages: 200 };

/** Refuses an image the OCR engines must not decode, with a reason the uploader can act on. */
export function assertImageWithinLimits(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): ImageDimensions {
  const dimensions = readImageDimensions(bytes);
  if (!dimensions) throw new DocumentRejectedError('read', 'corrupt', 'the image header could not be read (not a valid PNG, JPEG or TIFF)');
  if (dimensions.pages.length > limits.maxPages) {
    throw new DocumentRejectedError('read', 'too-many-pages', `the image has ${dimensions.pages.length} pages; the limit is ${limits.maxPages}`);
  }
  dimensions.pages.forEach(({ width, height }, index) => {
    if (width * height > limits.maxPixels || Math.max(width, height) > limits.maxSide) {
      throw new DocumentRejectedError(
        'read',
        'image-too-large',
        `page ${index + 1} is ${width} × ${height} px; the limit is ${limits.maxPixels / 1e6} Mpx and ${limits.maxSide} px per side`,
      );
    }
  });
  return dimensions;
}
