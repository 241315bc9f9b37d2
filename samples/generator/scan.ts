/**
 * Turns a digital invoice into what arrives from a scanner or a phone: pages rasterised with
 * pdftoppm, then rotated a little, blurred, noised and passed through JPEG compression with sharp.
 * The result is saved as PNG, JPEG, TIFF or an image-only PDF (no text layer). Noise is drawn from
 * the seeded stream, so a scan is as reproducible as the PDF it comes from.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { Rng } from './rng';
import type { ScanFormat, ScanMeta } from './types';

const run = promisify(execFile);
const A4 = { width: 595.28, height: 841.89 };

/** Scan settings for one document; multi-page scans are always image-only PDFs. */
export function drawScanMeta(rng: Rng, pages: number): ScanMeta {
  const format: ScanFormat = pages > 1 ? 'pdf' : rng.weighted([['png', 0.25], ['jpeg', 0.35], ['tiff', 0.15], ['pdf', 0.25]] as const);
  // Lossless formats of a noisy page are several MB at 300 dpi; office scanners save those at 150-200 dpi.
  const lossless = format === 'png' || format === 'tiff';
  return {
    dpi: lossless ? rng.pick([150, 200]) : rng.weighted([[150, 0.2], [200, 0.35], [240, 0.15], [300, 0.3]] as const),
    rotationDeg: rng.chance(0.3) ? 0 : Number(rng.float(-3, 3).toFixed(2)),
    blurSigma: rng.chance(0.4) ? 0 : Number(rng.float(0.3, 1.2).toFixed(2)),
    noiseSigma: Number(rng.float(0, lossless ? 6 : 12).toFixed(1)),
    jpegQuality: rng.int(35, 85),
    colour: rng.chance(0.2),
    format,
  };
}

export const scanExtension: Record<ScanFormat, string> = { png: 'png', jpeg: 'jpg', tiff: 'tif', pdf: 'pdf' };

async function rasterise(pdf: Buffer, meta: ScanMeta): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-audit-scan-'));
  try {
    const input = path.join(dir, 'in.pdf');
    await writeFile(input, pdf);
    await run('pdftoppm', ['-r', String(meta.dpi), ...(meta.colour ? [] : ['-gray']), '-png', input, path.join(dir, 'page')]);
    const files = (await readdir(dir)).filter((f) => f.startsWith('page')).sort();
    // Awaited here: the finally block must not delete the directory while the reads are pending.
    return await Promise.all(files.map((f) => readFile(path.join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Adds zero-mean noise in place: triangular, from two bytes of one xorshift32 draw per pixel. A full
 * Rng draw per pixel costs more than the rest of the pipeline at 300 dpi; the xorshift is seeded
 * from the document's stream, so the noise stays reproducible.
 */
function addNoise(pixels: Buffer, sigma: number, rng: Rng): void {
  if (sigma <= 0) return;
  const spread = (sigma * 2.45) / 255; // the triangular distribution on [-a, a] has sigma a/sqrt(6)
  let state = rng.int(1, 0x7fffffff);
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const v = pixels[i] + ((state & 255) + ((state >>> 8) & 255) - 255) * spread;
    pixels[i] = v < 0 ? 0 : v > 255 ? 255 : v + 0.5;
  }
}

/** One degraded page as JPEG bytes (the JPEG round trip is itself the compression artefact). */
async function degradePage(png: Buffer, meta: ScanMeta, rng: Rng): Promise<Buffer> {
  const { width, height } = await sharp(png).metadata();
  if (!width || !height) throw new Error('pdftoppm produced an empty page');
  let image = sharp(png);
  if (meta.rotationDeg) {
    // A sheet slightly askew on the glass: rotate, then crop the enlarged canvas back to the page.
    const rad = (Math.abs(meta.rotationDeg) * Math.PI) / 180;
    const rotatedWidth = width * Math.cos(rad) + height * Math.sin(rad);
    const rotatedHeight = width * Math.sin(rad) + height * Math.cos(rad);
    const left = Math.max(0, Math.floor((rotatedWidth - width) / 2) - 1);
    const top = Math.max(0, Math.floor((rotatedHeight - height) / 2) - 1);
    image = image.rotate(meta.rotationDeg, { background: '#ffffff' }).extract({ left, top, width, height });
  }
  if (meta.blurSigma >= 0.3) image = image.blur(meta.blurSigma);
  const channels = meta.colour ? 3 : 1;
  const raw = await (meta.colour ? image.removeAlpha() : image.greyscale()).raw().toBuffer();
  addNoise(raw, meta.noiseSigma, rng);
  return sharp(raw, { raw: { width, height, channels } }).jpeg({ quality: meta.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer();
}

/** An image-only PDF: each page one full-bleed JPEG, no text layer, as a scanner's "scan to PDF" writes. */
function imagePdf(pages: Buffer[], created: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Scan', Creator: 'doc-audit samples/generator (scan)', Producer: 'PDFKit', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(page, 0, 0, { width: A4.width, height: A4.height });
  }
  doc.end();
  return done;
}

/** The scan of a rendered invoice in the format the metadata names. */
export async function renderScan(pdf: Buffer, meta: ScanMeta, rng: Rng, created: Date): Promise<Buffer> {
  const pages = await rasterise(pdf, meta);
  const degraded: Buffer[] = [];
  for (const [i, page] of pages.entries()) degraded.push(await degradePage(page, meta, rng.fork(`page-${i}`)));
  switch (meta.format) {
    case 'pdf':
      return imagePdf(degraded, created);
    case 'jpeg':
      return degraded[0];
    case 'png':
      return sharp(degraded[0]).png({ compressionLevel: 6 }).toBuffer();
    case 'tiff':
      return sharp(degraded[0]).tiff({ compression: 'lzw' }).toBuffer();
  }
}
