/**
 * Enlarges scanned images for OCR with sharp (libvips). Loaded on first use, so functions that never OCR an
 * image never load its native binary; the OCR container image installs it (lib/ocr-image/Dockerfile).
 */
import type { ImageDimensions } from '../domain/reading/ocr/image-dimensions';

type Sharp = typeof import('sharp');

let loaded: Promise<Sharp> | undefined;

async function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then((module) => {
    const sharp = ((module as unknown as { default?: Sharp }).default ?? module) as Sharp;
    // One image at a time per process, nothing cached: pages are enlarged and dropped one by one.
    sharp.cache(false);
    sharp.concurrency(1);
    return sharp;
  });
  return loaded;
}

/**
 * Every page of a PNG, JPEG or (multi-page) TIFF, enlarged by `factor` (Lanczos) as a grey PNG. The caller has
 * checked the dimensions against its limits; `maxPixels` is passed on so libvips refuses anything larger.
 */
export async function enlargeImagePages(bytes: Uint8Array, image: ImageDimensions, factor: number, maxPixels: number): Promise<Array<{ png: Uint8Array; width: number; height: number }>> {
  const sharp = await loadSharp();
  const pages: Array<{ png: Uint8Array; width: number; height: number }> = [];
  for (const [page, { width, height }] of image.pages.entries()) {
    const target = { width: Math.round(width * factor), height: Math.round(height * factor) };
    const png = await sharp(bytes, { page, limitInputPixels: maxPixels })
      .grayscale()
      .resize(target.width, target.height, { kernel: 'lanczos3', fit: 'fill' })
      .png({ compressionLevel: 1 })
      .toBuffer();
    pages.push({ png: new Uint8Array(png), ...target });
  }
  return pages;
}
