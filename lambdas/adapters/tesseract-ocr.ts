import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentPage } from '../domain/document-model';
import { DocumentRejectedError } from '../domain/errors';
import type { Script } from '../domain/reading/ocr/detect-scripts';
import { assertImageWithinLimits, DEFAULT_IMAGE_LIMITS, type ImageLimits } from '../domain/reading/ocr/image-dimensions';
import { DEFAULT_LAYOUT_DPI_SCALE, DEFAULT_RASTER_POLICY, layoutDpiFor, parsePdfImagesList, parsePdfInfo, rasterDpiFor, scanRasterDpi, upscaleFactorFor, type PageImage, type RasterPolicy } from '../domain/reading/ocr/raster-plan';
import { mapWithConcurrency } from './map-with-concurrency';
import { parsePgm, preparePageImage, toPgm } from './page-image-preparer';
import { PaddleHanReader, type HanLineReader } from './paddle-han-reader';
import { hanPassRuns, restoreHanRuns } from '../domain/reading/ocr/han-words';
import { repairWithLexicon, type HanLexicon } from '../domain/reading/ocr/han-lexicon';
import { loadChineseLexicon } from './chinese-lexicon';
import type { GreyImage } from '../domain/reading/ocr/page-skew';
import { DEFAULT_EXTRA_MODEL_BY_SCRIPT, DEFAULT_FALLBACK_LANGUAGES, DEFAULT_LANGUAGES_BY_SCRIPT, tesseractLanguagesFor } from '../domain/reading/ocr/route-engine';
import { kazakhPassStrips, kazakhWordCount, oddLatinWordStrips, restoreKazakhLetters } from '../domain/reading/ocr/kazakh-letters';
import { latinPassCandidates, latinPassStrips, restoreLatinWords } from '../domain/reading/ocr/latin-words';
import { isDoubtfulReading, readingConfidence, type ReadingConfidence } from '../domain/reading/ocr/reading-doubt';
import { composeStripSheet, readingOnPage, type StripSheet } from '../domain/reading/ocr/strip-sheet';
import { mergedLineWords, mergedLinesStrips, restoreMergedLines } from '../domain/reading/ocr/merged-lines';
import { hanPageNumberWords, restoreHanNumbers } from '../domain/reading/ocr/han-numbers';
import { withoutTableRules } from '../domain/reading/ocr/table-rules';
import { bandImage, mergeBandReadings, pageBands } from '../domain/reading/ocr/page-bands';
import { DEFAULT_SKEW_OPTIONS } from '../domain/reading/ocr/page-skew';
import { parseTesseractOsd, parseTesseractTsv, printsSideBySideColumns, readsUpright, tsvPageToDocumentPage, withoutRepeatedReadings, type OsdResult, type TsvPage } from '../domain/reading/ocr/tesseract-tsv';

/**
 * Tesseract (and poppler's pdftoppm/pdfinfo for scanned PDFs) run as child processes. Every run has a
 * timeout and an output cap; images are size-checked from their header before any tool decodes them.
 */

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export type CommandRunner = (file: string, args: readonly string[], options: { timeoutMs: number; maxBuffer: number; env: NodeJS.ProcessEnv }) => Promise<CommandResult>;

export class CommandTimeoutError extends Error {
  override readonly name = 'CommandTimeoutError';
}

export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';
  constructor(
    message: string,
    readonly exitCode: number | string | undefined,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** execFile (no shell: arguments are never interpreted) with SIGKILL on timeout: OCR of a hostile image may ignore SIGTERM. */
export const execFileRunner: CommandRunner = (file, args, options) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: options.timeoutMs, maxBuffer: options.maxBuffer, env: options.env, killSignal: 'SIGKILL', encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new Error(`${file} is not installed or not on PATH`));
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(new CommandFailedError(`${file} wrote more than ${options.maxBuffer} bytes`, code, stdout, stderr));
        if (error.killed) return reject(new CommandTimeoutError(`${file} was stopped after ${options.timeoutMs} ms`));
        reject(new CommandFailedError(`${file} failed (exit ${code ?? error.signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`, code ?? undefined, stdout, stderr));
      },
    );
  });

export interface TesseractOcrOptions {
  tesseractPath: string;
  pdftoppmPath: string;
  pdfinfoPath: string;
  /** Lists a PDF's images with their resolutions, so a scanned page is rendered at its scan's own (raster-plan.ts scanRasterDpi). */
  pdfimagesPath: string;
  /** tessdata directory, when not the system one (a Lambda container image ships its own). */
  tessdataDir?: string;
  /** 'auto': chosen per page (see ocrFile); anything else is passed to `-l` as is. */
  languages: 'auto' | string;
  /** Auto mode: the first reading of every page. */
  firstPassLanguages: string;
  /** Auto mode: the re-read of a doubtful page, when its script is not known yet. */
  fallbackLanguages: string;
  /** Auto mode: the Kazakh pass, whose Kazakh letters the first reading's words take (kazakh-letters.ts). */
  kazakhPassLanguages: string;
  /** Auto mode: the Latin pass, whose readings of Latin words a rus-first reading takes (latin-words.ts). */
  latinPassLanguages: string;
  languagesByScript: Record<Script, string>;
  extraModelByScript: Record<Script, string>;
  /** A page whose mean word confidence is below this is read again (good pages here score 0.90–0.95). */
  rereadBelowConfidence: number;
  /** Per page; a TIFF with n pages gets n times this. */
  pageTimeoutMs: number;
  osdTimeoutMs: number;
  /** OpenMP threads per Tesseract process. 1 is much faster per CPU second (its threads spin-wait). */
  threadsPerProcess: number;
  /** Pages OCR'd at once, each in its own single-threaded process. */
  concurrency: number;
  /**
   * Bands a page's first reading is cut into at blank rows and read at once, each in its own process (page-bands.ts);
   * 1 reads it whole. Only cores no Tesseract process of this one is using are taken: a page read while others are
   * read is read whole, as the cores are busy anyway.
   */
  bandsPerPage: number;
  /** Cores the bands may use (all this process may run on). */
  cores: number;
  imageLimits: ImageLimits;
  raster: RasterPolicy;
  maxOutputBytes: number;
  /** `--dpi` given to Tesseract as a share of the page's real resolution (raster-plan.ts layoutDpiFor); 1 = the truth. */
  layoutDpiScale: number;
  /**
   * Reads the runs of Han words of a Chinese page again (han-words.ts); undefined when none can be loaded, and the
   * pages keep Tesseract's reading. Called on every Chinese page; the default loads PaddleOCR once per process.
   */
  hanReader: () => Promise<HanLineReader | undefined>;
  /**
   * Chinese words the second reading's doubted characters are checked against (han-lexicon.ts); undefined leaves the
   * readings as the model gave them. The default loads jieba's word list once per process.
   */
  hanLexicon: () => Promise<HanLexicon | undefined>;
  /**
   * Take the table rules off each page image before OCR (table-rules.ts), and straighten sheets askew by more than
   * 0.3°. Tesseract reads ruled cells badly (rows vanish, a cell's first word goes with the rule beside it, a ruled
   * page straightened comes back garbled). On by default since round 12 (bench/extract/README.md): on two unseen
   * seeds goods lines 0.82 → 0.88 and 0.83 → 0.94, on the dev scans, tuned for years on ruled readings, 0.95 → 0.93.
   */
  removeTableRules: boolean;
}

export const TESSERACT_ENV = {
  languages: 'TESSERACT_LANGUAGES',
  pageTimeoutSeconds: 'TESSERACT_PAGE_TIMEOUT_SECONDS',
  tessdataDir: 'TESSDATA_PREFIX',
  /** 'off' reads Chinese pages with Tesseract alone (no PaddleOCR pass). */
  hanPass: 'TESSERACT_HAN_PASS',
  /** 'off' leaves the table rules on the page images (they are taken off before OCR by default). */
  tableRules: 'TESSERACT_TABLE_RULES',
  /** How many bands a page's first reading may be cut into (default 2, read on idle cores only); 1 reads pages whole. */
  pageBands: 'TESSERACT_PAGE_BANDS',
} as const;

export function defaultTesseractOptions(env: Record<string, string | undefined> = process.env): TesseractOcrOptions {
  const seconds = Number(env[TESSERACT_ENV.pageTimeoutSeconds] ?? '');
  const bands = Number(env[TESSERACT_ENV.pageBands] ?? '');
  return {
    tesseractPath: 'tesseract',
    pdftoppmPath: 'pdftoppm',
    pdfinfoPath: 'pdfinfo',
    pdfimagesPath: 'pdfimages',
    tessdataDir: env[TESSERACT_ENV.tessdataDir] || undefined,
    languages: env[TESSERACT_ENV.languages]?.trim() || 'auto',
    firstPassLanguages: DEFAULT_LANGUAGES_BY_SCRIPT.cyrillic,
    fallbackLanguages: DEFAULT_FALLBACK_LANGUAGES,
    kazakhPassLanguages: 'kaz',
    latinPassLanguages: 'eng',
    languagesByScript: DEFAULT_LANGUAGES_BY_SCRIPT,
    extraModelByScript: DEFAULT_EXTRA_MODEL_BY_SCRIPT,
    rereadBelowConfidence: 0.75,
    pageTimeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000,
    osdTimeoutMs: 20_000,
    threadsPerProcess: 1,
    concurrency: Math.max(1, Math.min(4, availableParallelism())),
    bandsPerPage: Number.isInteger(bands) && bands >= 1 ? Math.min(bands, 8) : 2,
    cores: availableParallelism(),
    imageLimits: DEFAULT_IMAGE_LIMITS,
    raster: DEFAULT_RASTER_POLICY,
    maxOutputBytes: 64 * 1024 * 1024,
    layoutDpiScale: DEFAULT_LAYOUT_DPI_SCALE,
    hanReader: env[TESSERACT_ENV.hanPass] === 'off' ? async () => undefined : loadPaddleHanReader,
    hanLexicon: env[TESSERACT_ENV.hanPass] === 'off' ? async () => undefined : loadHanLexicon,
    removeTableRules: env[TESSERACT_ENV.tableRules] !== 'off',
  };
}

let hanLexicon: Promise<HanLexicon | undefined> | undefined;

/** jieba's word list, loaded once; without it the Chinese pass takes the model's characters as they are. */
function loadHanLexicon(): Promise<HanLexicon | undefined> {
  hanLexicon ??= loadChineseLexicon().catch((error: unknown) => {
    console.warn(`Chinese readings are not checked against a word list: it did not load (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
  return hanLexicon;
}

/** A page image file whose pixels the second passes (Latin, Chinese, Kazakh) read once between them. */
interface PageFile {
  path: string;
  image(): Promise<GreyImage>;
}

function pageFile(path: string): PageFile {
  let image: Promise<GreyImage> | undefined;
  return { path, image: () => (image ??= readFile(path).then(parsePgm)) };
}

let paddleHanReader: Promise<HanLineReader | undefined> | undefined;

/** The PaddleOCR reader, loaded once; a machine without onnxruntime-node or the models reads Chinese with Tesseract alone. */
function loadPaddleHanReader(): Promise<HanLineReader | undefined> {
  paddleHanReader ??= PaddleHanReader.create().catch((error: unknown) => {
    console.warn(`Chinese pages are read by Tesseract alone: the PaddleOCR recognition model did not load (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
  return paddleHanReader;
}

export interface RasterPage {
  page: number;
  dpi: number;
  png: Uint8Array;
}

export interface ReadImageOptions {
  /** Number of the first page in the document (a rasterised PDF page n is page n). */
  pageNumber?: number;
  /**
   * Resolution, when known (rasterised PDF pages); otherwise the image is taken for a full A4 page. Tesseract is
   * told `layoutDpiScale` times this (raster-plan.ts layoutDpiFor: its stave filter would blank bordered label cells).
   */
  dpi?: number;
  /** Overrides the configured languages for this call. */
  languages?: string;
  /** Auto mode: the first reading's languages, when the document's earlier pages showed what it needs. */
  firstPassLanguages?: string;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/tiff': 'tif' };

/** Tesseract processes running in this process (all adapters): cores they leave idle may read a page's bands. */
let runningTesseracts = 0;

export class TesseractOcr {
  readonly options: TesseractOcrOptions;

  constructor(
    options: Partial<TesseractOcrOptions> = {},
    private readonly run: CommandRunner = execFileRunner,
  ) {
    this.options = { ...defaultTesseractOptions(), ...options };
  }

  /**
   * A PNG, JPEG or TIFF (every page of a multi-page TIFF) → pages. Each page is prepared first (page-image-preparer.ts):
   * grey, enlarged to the policy's resolution when coarse, straightened when askew, as a scanned PDF page is.
   */
  async readImage(bytes: Uint8Array, options: ReadImageOptions = {}): Promise<DocumentPage[]> {
    const image = assertImageWithinLimits(bytes, this.options.imageLimits);
    const raster = { ...this.options.raster, maxPixels: Math.min(this.options.raster.maxPixels, this.options.imageLimits.maxPixels) };
    const factor = Math.min(...image.pages.map((page) => upscaleFactorFor({ ...page, dpi: options.dpi }, raster)));
    return this.withTempDir(async (dir) => {
      const first = options.pageNumber ?? 1;
      const pages = await mapWithConcurrency([...image.pages.keys()], this.options.concurrency, async (index) => {
        const prepared = await preparePageImage(bytes, { factor, maxPixels: raster.maxPixels, page: index, skew: this.skewOptions() });
        const path = join(dir, `page-${index + 1}.pgm`);
        await writeFile(path, prepared.pgm);
        const dpi = layoutDpiFor({ dpi: options.dpi === undefined ? undefined : options.dpi * factor, width: prepared.width, height: prepared.height }, this.options.layoutDpiScale);
        const read = await this.ocrFile(path, 1, { ...options, pageNumber: first + index, dpi });
        // The page is the document's, in its own pixels; boxes are fractions of the page, so they stand as read.
        const original = image.pages[index];
        return read.map((p) => withSkew({ ...p, ...(p.rotation === 90 || p.rotation === 270 ? { width: original.height, height: original.width } : { width: original.width, height: original.height }) }, prepared.skewDegrees));
      });
      return pages.flat();
    });
  }

  /** Orientation and script of each page of an image, for routing (an empty list when the page has too little text). */
  async detectOrientationAndScript(bytes: Uint8Array): Promise<OsdResult[]> {
    const image = assertImageWithinLimits(bytes, this.options.imageLimits);
    return this.withTempDir(async (dir) => {
      const path = join(dir, `image.${EXTENSIONS[image.mediaType]}`);
      await writeFile(path, bytes);
      return this.osd(path, image.pages.length);
    });
  }

  /** Renders the given pages (1-based) of a PDF as grey PNGs, at a resolution that keeps within the pixel budget. */
  async rasterisePdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<RasterPage[]> {
    return this.withTempDir(async (dir) => {
      const path = join(dir, 'document.pdf');
      await writeFile(path, pdf);
      const plan = await this.planRaster(path, [...new Set(pages)].sort((a, b) => a - b));
      const rasters: RasterPage[] = [];
      for (const { page, dpi } of plan) rasters.push({ page, dpi, png: new Uint8Array(await readFile(await this.rasterise(path, dir, page, dpi, 'png'))) });
      return rasters;
    });
  }

  /**
   * OCR of the given pages (1-based) of a scanned PDF: each page rasterised, then read on its own, several at
   * once. `languages` may differ per page (from routePage), e.g. `(page) => routes[page - 1].tesseractLanguages`.
   */
  async readPdfPages(pdf: Uint8Array, pages: readonly number[], options: { languages?: string | ((page: number) => string | undefined) } = {}): Promise<DocumentPage[]> {
    const wanted = [...new Set(pages)].sort((a, b) => a - b);
    const languagesOf = (page: number) => (typeof options.languages === 'function' ? options.languages(page) : options.languages);
    return this.withTempDir(async (dir) => {
      const path = join(dir, 'document.pdf');
      await writeFile(path, pdf);
      const plan = await this.planRaster(path, wanted);
      const readPage = async ({ page, dpi }: { page: number; dpi: number }, firstPassLanguages?: string) => {
        const rasterPath = await this.rasterise(path, dir, page, dpi, 'pgm');
        const prepared = await preparePageImage(parsePgm(await readFile(rasterPath)), { factor: 1, maxPixels: this.options.imageLimits.maxPixels, skew: this.skewOptions() });
        if (prepared.skewDegrees) await writeFile(rasterPath, prepared.pgm);
        const layoutDpi = layoutDpiFor({ dpi, width: 0, height: 0 }, this.options.layoutDpiScale);
        const read = await this.ocrFile(rasterPath, 1, { languages: languagesOf(page), pageNumber: page, dpi: layoutDpi, firstPassLanguages });
        return read.map((p) => withSkew(p, prepared.skewDegrees));
      };
      // The pages of one document are in one script: when the first page needed other models than the first
      // pass's (Chinese), the others start with those. A continuation page of a Chinese table is mostly digits
      // and Latin, and would otherwise pass as confident while its Han descriptions come out as noise.
      const learnFromFirst = plan.length > 1 && !languagesOf(plan[0].page) && this.options.languages === 'auto';
      const first = learnFromFirst ? await readPage(plan[0]) : undefined;
      const learned = first?.map((p) => p.ocrLanguages).find((l) => l && l !== this.options.firstPassLanguages && l !== this.options.fallbackLanguages);
      const rest = await mapWithConcurrency(first ? plan.slice(1) : plan, this.options.concurrency, (entry) => readPage(entry, learned));
      return [...(first ?? []), ...rest.flat()];
    });
  }

  /**
   * Reading strategy, measured on the samples (ocr/README.md): a separate OSD pass costs about as much CPU as
   * reading the page and names the script unreliably on coarse scans, so the page is read first with the models
   * most invoices here need (rus+eng+kaz). Only a doubtful result (low mean confidence: Chinese, a turned page,
   * noise) pays for more. On the generated scans nearly every doubtful page was Chinese, so the second pass reads
   * with chi_sim first and --psm 1 (Tesseract finds the orientation itself), or as the page stands when the first
   * reading shows it upright (without the 1 s of orientation detection; see below for which layout mode). When that
   * shows Han text, it is the reading; otherwise a third pass tries every model. The best reading is kept.
   */
  private async ocrFile(path: string, pageCount: number, options: ReadImageOptions): Promise<DocumentPage[]> {
    // Table rules off the page image before any pass reads it (table-rules.ts): every pass reads the same pixels.
    if (this.options.removeTableRules && path.endsWith('.pgm')) {
      const { image, removed } = withoutTableRules(parsePgm(await readFile(path)));
      if (removed) await writeFile(path, toPgm(image));
    }
    const file = pageFile(path);
    // The first reading is read in bands at once (--psm 3: a --psm 1 pass may find the page turned, and bands cut
    // across turned lines would not be blank rows between them), but not with the Chinese model: read in bands, a
    // Chinese page's two-column party blocks ran together and its table rows lost cells (seed 47's Chinese scans:
    // 16 goods lines fewer, 3 parties), while the Cyrillic and Latin pages kept their scores.
    const banded = mayReadInBands(pageCount, path) ? file : undefined;
    const run = (languages: string, psm: PageSegmentation, inBands = false) =>
      this.recognise(path, pageCount, languages, psm, options.dpi, options.pageNumber ?? 1, inBands && !languages.startsWith('chi') ? banded : undefined);
    const fixed = options.languages ?? (this.options.languages === 'auto' ? undefined : this.options.languages);
    let readings = await run(fixed ?? options.firstPassLanguages ?? this.options.firstPassLanguages, '3', true);
    if (!readings.some((r) => this.isDoubtful(r))) {
      if (fixed) return readings.map((r) => r.page);
      const unmerged = await this.withUnmergedLines(readings, file, options);
      return this.withKazakhLetters(await this.withHanWords(await this.withLatinWords(unmerged, file, options), file), file, pageCount, options);
    }
    if (fixed) return best(readings, await run(fixed, '1')).map((r) => r.page);
    // A page whose first reading holds confident Cyrillic words (a Chinese–Russian invoice) keeps rus beside chi_sim.
    const cyrillic = readings.some((r) => r.cyrillicWords >= CYRILLIC_WORDS_FOR_RUS);
    const han = tesseractLanguagesFor(cyrillic ? ['han', 'cyrillic'] : ['han'], false, this.options);
    // A page the first reading shows upright is read as it stands, as one column (--psm 4); otherwise Tesseract finds
    // its orientation (--psm 1). chi_sim's page layout (--psm 3) drops the grey label column of a Chinese header table
    // («发票号码», «日期», «卖方» gone, their values left unlabelled); as one column it reads them. A page whose first
    // reading shows two wide blocks side by side (seller left, buyer right) keeps the page layout: as one column, its
    // two party blocks run together line by line. On 143 Chinese scans of five seeds: numbers 0.91 → 0.97, parties
    // 0.94 → 0.96, identifiers 0.90 → 0.92, goods lines 0.88 → 0.90, one date lost.
    const upright = readings.length === 1 && readsUpright(readings[0].tsv);
    const psm = !upright ? '1' : printsSideBySideColumns(readings[0].tsv) ? '3' : '4';
    let hanReadings = readings.every((r) => r.page.ocrLanguages === han) ? readings : await run(han, psm);
    // Figures also look upright on a page turned over (upside-down «60» read as «09» at 96 %): a doubtful reading as it
    // stands is read again, with Tesseract finding the orientation (a Russian scan turned 180° read as Han at 38 %).
    if (upright && hanReadings !== readings && hanReadings.some((r) => this.isDoubtful(r))) hanReadings = await run(han, '1');
    // A page the Chinese reading shows Han text on is Chinese (HAN_PAGE_SHARE), and takes that reading whatever the
    // first one scored: numbers and Latin words lift a rus-first reading of a blurred Chinese page above the Chinese
    // one, whose Han characters score low (seed 61's 00162: 0.65 against 0.58, and read rus-first it lost its
    // seller, buyer, number, total and identifiers).
    const hanPages = readings.map((reading, i) => (hanReadings[i] && hanReadings[i].hanShare >= HAN_PAGE_SHARE ? hanReadings[i] : reading));
    if (hanPages.some((r) => r.hanShare >= HAN_PAGE_SHARE)) return (await this.withHanWords(await this.withUnmergedLines(hanPages, file, options), file)).map((r) => r.page);
    readings = best(readings, await run(this.options.fallbackLanguages, '1'));
    return readings.map((r) => r.page);
  }

  /**
   * Words Tesseract read across two printed lines (a description cell in two lines, two rows of a blurred table) are
   * read again as a block, from a strip sheet of those words only, with the reading's own models (merged-lines.ts).
   * Only pages with such words, read with doubt, pay.
   */
  private async withUnmergedLines(readings: Reading[], file: PageFile, options: ReadImageOptions): Promise<Reading[]> {
    const [only] = readings;
    if (readings.length !== 1 || !file.path.endsWith('.pgm') || only.page.rotation) return readings;
    const groups = mergedLineWords(only.tsv);
    const block = await this.readStripSheet(file, only.tsv, mergedLinesStrips(only.tsv, groups), only.languages, 'merged', options);
    const restored = block && restoreMergedLines(only.tsv, block, groups);
    // A reading the block did not change keeps its page model: it is not built twice.
    return restored && restored !== only.tsv ? [this.readingOf(restored, only.languages, only.page.page)] : readings;
  }

  /**
   * A page read rus-first has its short Latin words and Latin codes read again with the English model, from a strip
   * sheet of those words only, and takes the readings latin-words.ts accepts («ой» → "oil", «10ЧҒ» → "10uF").
   * Nearly every Cyrillic page has such a word (a code with digits), so nearly every one pays: about 0.15–0.2 s
   * here, most of it starting Tesseract with the English model.
   */
  private async withLatinWords(readings: Reading[], file: PageFile, options: ReadImageOptions): Promise<Reading[]> {
    const [only] = readings;
    if (readings.length !== 1 || !file.path.endsWith('.pgm') || only.page.rotation || !only.languages.startsWith('rus')) return readings;
    const candidates = latinPassCandidates(only.tsv);
    const english = await this.readStripSheet(file, only.tsv, latinPassStrips(only.tsv, candidates), this.options.latinPassLanguages, 'latin', options);
    // Rebuilt, not patched: the Kazakh pass judges the page by these words («10ЧҒ» was a Kazakh word, "10uF" is not).
    return english ? [this.readingOf(restoreLatinWords(only.tsv, english, candidates), only.languages, only.page.page)] : readings;
  }

  /**
   * A Chinese page has every run of Han words read again by PaddleOCR's recognition model (han-words.ts,
   * paddle-han-reader.ts), and takes its characters where they are confident; its doubtful numbers are read by the same
   * model in the same call, and take the marks chi_sim lost (han-numbers.ts).
   */
  private async withHanWords(readings: Reading[], file: PageFile): Promise<Reading[]> {
    const [only] = readings;
    if (readings.length !== 1 || !file.path.endsWith('.pgm') || only.page.rotation || only.hanShare < HAN_PAGE_SHARE) return readings;
    const runs = hanPassRuns(only.tsv);
    const numbers = hanPageNumberWords(only.tsv);
    if (!runs.length && !numbers.length) return readings;
    const reader = await this.options.hanReader();
    if (!reader) return readings;
    const image = await file.image();
    if (image.width !== only.tsv.width || image.height !== only.tsv.height) return readings;
    const [second, lexicon] = await Promise.all([
      reader.read(image, [...runs.map((r) => r.box), ...numbers.map((w) => [w.left, w.top, w.width, w.height] as const)]),
      this.options.hanLexicon(),
    ]);
    const withNumbers = restoreHanNumbers(only.tsv, numbers, second.slice(runs.length));
    const runReadings = lexicon ? repairWithLexicon(second.slice(0, runs.length), lexicon) : second.slice(0, runs.length);
    return [this.readingOf(restoreHanRuns(withNumbers, runs, runReadings), only.languages, only.page.page)];
  }

  /** Only the words a second pass may correct, read from a strip sheet (strip-sheet.ts), put back on the page; undefined when there are none. */
  private async readStripSheet(file: PageFile, reading: TsvPage, sheet: StripSheet, languages: string, name: string, options: ReadImageOptions): Promise<TsvPage | undefined> {
    if (!sheet.strips.length) return undefined;
    const sheetPath = `${file.path}.${name}.pgm`;
    const image = composeStripSheet(await file.image(), sheet);
    await writeFile(sheetPath, toPgm(image));
    // A tall sheet (the Kazakh pass over a Kazakh page: about 1 s) is read in bands too, cut between its strips.
    const banded = image.height >= BANDED_SHEET_HEIGHT ? { path: sheetPath, image: async () => image } : undefined;
    const [read] = await this.recognise(sheetPath, 1, languages, '6', options.dpi, options.pageNumber ?? 1, banded);
    return read && readingOnPage(read.tsv, sheet, reading);
  }

  /**
   * A page read rus-first whose words show Kazakh letters is read again with the kaz model, and its words take the
   * Kazakh letters of that reading (kazakh-letters.ts): the Russian model spells «ұны» «уны». Only Kazakh pages pay
   * (about 0.7 s a page here, for the strip sheet; 1.2 s more when a whole page must be read).
   */
  private async withKazakhLetters(readings: Reading[], file: PageFile, pageCount: number, options: ReadImageOptions): Promise<DocumentPage[]> {
    if (readings.some((r) => r.languages === this.options.kazakhPassLanguages)) return readings.map((r) => r.page);
    const [only] = readings;
    // A page that is not Kazakh may still print a Kazakh name the first reading spelt in Latin («Алтын Kint Банк»):
    // only those words are read again, so a Russian page without them pays nothing.
    if (!readings.some(isKazakh)) {
      if (readings.length !== 1 || !file.path.endsWith('.pgm') || only.page.rotation) return readings.map((r) => r.page);
      const kazakh = await this.readStripSheet(file, only.tsv, oddLatinWordStrips(only.tsv), this.options.kazakhPassLanguages, 'kazakh', options);
      const restored = kazakh && restoreKazakhLetters(only.tsv, kazakh, 'odd-latin');
      return [restored && restored.words.some((w, i) => w !== only.tsv.words[i]) ? tsvPageToDocumentPage(restored, { pageNumber: only.page.page, languages: only.languages }) : only.page];
    }
    if (readings.length === 1 && file.path.endsWith('.pgm') && !only.page.rotation) {
      // Only the stretches of text the pass may correct are read (kazakh-letters.ts kazakhPassStrips).
      const kazakh = await this.readStripSheet(file, only.tsv, kazakhPassStrips(only.tsv), this.options.kazakhPassLanguages, 'kazakh', options);
      return [kazakh ? tsvPageToDocumentPage(restoreKazakhLetters(only.tsv, kazakh), { pageNumber: only.page.page, languages: only.languages }) : only.page];
    }
    const kazakh = await this.recognise(file.path, pageCount, this.options.kazakhPassLanguages, '3', options.dpi, options.pageNumber ?? 1);
    return readings.map((reading, i) => {
      if (!isKazakh(reading) || !kazakh[i]) return reading.page;
      return tsvPageToDocumentPage(restoreKazakhLetters(reading.tsv, kazakh[i].tsv), { pageNumber: reading.page.page, languages: reading.languages });
    });
  }

  /** With the table rules off, a row's description and numbers are separate blocks that line up only on a straight sheet. */
  private skewOptions() {
    return this.options.removeTableRules ? SKEW_WITHOUT_RULES : DEFAULT_SKEW_OPTIONS;
  }

  private isDoubtful(reading: Reading): boolean {
    return isDoubtfulReading(reading, this.options.rereadBelowConfidence);
  }

  private async recognise(path: string, pageCount: number, languages: string, psm: PageSegmentation, dpi: number | undefined, first: number, banded?: PageFile): Promise<Reading[]> {
    const idleCores = this.options.cores - runningTesseracts;
    if (banded && this.options.bandsPerPage > 1 && idleCores > 1) {
      const image = await banded.image();
      const bands = pageBands(image, Math.min(this.options.bandsPerPage, idleCores));
      if (bands.length > 1) {
        const readings = await Promise.all(
          bands.map(async (band, i) => {
            const bandPath = `${path}.band-${i + 1}.pgm`;
            await writeFile(bandPath, toPgm(bandImage(image, band)));
            const [page] = await this.readTsv(bandPath, 1, languages, psm, dpi, first);
            return { band, page: page ?? { page: 1, width: image.width, height: band.bottom - band.top, words: [] } };
          }),
        );
        return [this.readingOf(withoutRepeatedReadings(mergeBandReadings(readings, image)), languages, first)];
      }
    }
    return (await this.readTsv(path, pageCount, languages, psm, dpi, first)).map((tsvPage) => this.readingOf(withoutRepeatedReadings(tsvPage), languages, first + tsvPage.page - 1));
  }

  private async readTsv(path: string, pageCount: number, languages: string, psm: PageSegmentation, dpi: number | undefined, first: number): Promise<TsvPage[]> {
    const args = [path, 'stdout', '-l', languages, '--psm', psm, ...(dpi ? ['--dpi', String(dpi)] : []), ...this.tessdataArgs(), 'tsv'];
    const { stdout } = await this.exec(this.options.tesseractPath, args, this.options.pageTimeoutMs * pageCount, `OCR of page ${first}${pageCount > 1 ? `–${first + pageCount - 1}` : ''}`);
    return parseTesseractTsv(stdout);
  }

  /** A reading and the figures the passes judge it by. */
  private readingOf(tsvPage: TsvPage, languages: string, pageNumber: number): Reading {
    // Judged on every word Tesseract reported: the page model drops the least confident ones, which would flatter a bad reading.
    return {
      page: tsvPageToDocumentPage(tsvPage, { pageNumber, languages }),
      tsv: tsvPage,
      languages,
      kazakhShare: kazakhWordCount(tsvPage, KAZAKH_WORD_CONFIDENCE) / Math.max(1, tsvPage.words.length),
      ...readingConfidence(tsvPage),
      hanShare: tsvPage.words.filter((w) => HAN.test(w.text)).length / Math.max(1, tsvPage.words.length),
      cyrillicWords: tsvPage.words.filter((w) => w.confidence >= 0.85 && CYRILLIC_WORD.test(w.text)).length,
    };
  }

  /** OSD failing (exit 1, "Too few characters") is normal for sparse pages: no result, not an error. */
  private async osd(path: string, pageCount: number): Promise<OsdResult[]> {
    try {
      const { stdout } = await this.exec(this.options.tesseractPath, [path, 'stdout', '--psm', '0', '-l', 'osd', ...this.tessdataArgs()], this.options.osdTimeoutMs * pageCount, 'orientation detection');
      return parseTesseractOsd(stdout);
    } catch (error) {
      if (error instanceof CommandFailedError) return parseTesseractOsd(error.stdout);
      throw error;
    }
  }

  private async planRaster(pdfPath: string, pages: readonly number[]): Promise<Array<{ page: number; dpi: number }>> {
    const last = Math.max(...pages);
    const { stdout } = await this.exec(this.options.pdfinfoPath, ['-f', '1', '-l', String(last), pdfPath], 20_000, 'reading the PDF page sizes');
    const info = parsePdfInfo(stdout);
    const raster = { ...this.options.raster, maxPixels: Math.min(this.options.raster.maxPixels, this.options.imageLimits.maxPixels) };
    const plan = pages.map((page) => {
      const size = info.sizes.get(page);
      if (!size) throw new DocumentRejectedError('read', 'corrupt', `the PDF has no page ${page} (it has ${info.pages})`);
      const dpi = rasterDpiFor(size, raster);
      if (!dpi) {
        throw new DocumentRejectedError('read', 'image-too-large', `page ${page} is ${Math.round(size.width)} × ${Math.round(size.height)} pt, too large to rasterise for OCR`);
      }
      return { page, size, dpi };
    });
    const images = await this.pageImages(pdfPath, Math.min(...pages), last);
    return plan.map(({ page, size, dpi }) => ({ page, dpi: scanRasterDpi(images.get(page), size, dpi, raster) ?? dpi }));
  }

  /** The scan image of each page from `first` to `last` (raster-plan.ts parsePdfImagesList); none when pdfimages fails. */
  private async pageImages(pdfPath: string, first: number, last: number): Promise<Map<number, PageImage>> {
    try {
      const { stdout } = await this.exec(this.options.pdfimagesPath, ['-list', '-f', String(first), '-l', String(last), pdfPath], 20_000, 'listing the PDF page images');
      return parsePdfImagesList(stdout);
    } catch (error) {
      if (error instanceof CommandFailedError) return new Map();
      throw error;
    }
  }

  /**
   * -singlefile names the output exactly (no page-number suffix, whose zero padding depends on the page count).
   * PGM for OCR (no compression to pay for twice), PNG for an engine that takes encoded images (Textract).
   */
  private async rasterise(pdfPath: string, dir: string, page: number, dpi: number, format: 'pgm' | 'png'): Promise<string> {
    const prefix = join(dir, `page-${page}`);
    await this.exec(this.options.pdftoppmPath, ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', ...(format === 'png' ? ['-png'] : []), '-singlefile', pdfPath, prefix], this.options.pageTimeoutMs, `rasterising page ${page}`);
    return `${prefix}.${format}`;
  }

  private tessdataArgs(): string[] {
    return this.options.tessdataDir ? ['--tessdata-dir', this.options.tessdataDir] : [];
  }

  private async exec(file: string, args: string[], timeoutMs: number, what: string): Promise<CommandResult> {
    const env = { ...process.env, OMP_THREAD_LIMIT: String(this.options.threadsPerProcess) };
    const tesseract = file === this.options.tesseractPath;
    if (tesseract) runningTesseracts++;
    try {
      return await this.run(file, args, { timeoutMs, maxBuffer: this.options.maxOutputBytes, env });
    } catch (error) {
      if (error instanceof CommandTimeoutError) {
        const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
        throw new DocumentRejectedError('read', 'ocr-timeout', `${what} did not finish within ${limit}`);
      }
      throw error;
    } finally {
      if (tesseract) runningTesseracts--;
    }
  }

  private async withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'doc-audit-ocr-'));
    try {
      return await work(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Sheets askew by more than 0.3° are straightened when the table rules are taken off (page-skew.ts takes 1° by
 * default): Tesseract then reads a row's description and its numbers as separate blocks, and only on a straight sheet
 * do they line up into one row again (assemble-lines.ts).
 */
const SKEW_WITHOUT_RULES = { ...DEFAULT_SKEW_OPTIONS, minDegrees: 0.3 };

/** Records the straightening on the page: its boxes describe the straightened sheet, not the raw scan. */
function withSkew(page: DocumentPage, skewDegrees: number): DocumentPage {
  return skewDegrees ? { ...page, skewDegrees } : page;
}

/** One page as one pass read it, with the mean confidence of all the words Tesseract reported. */
interface Reading extends ReadingConfidence {
  page: DocumentPage;
  tsv: TsvPage;
  languages: string;
  /** Share of the words read confidently with a Kazakh letter. */
  kazakhShare: number;
  /** Share of the words with a Han character. */
  hanShare: number;
  /** Confidently read Cyrillic words of four letters or more. */
  cyrillicWords: number;
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}{4,}[.,:;]?$/u;

const KAZAKH_WORD_CONFIDENCE = 0.6;

/** A page is Kazakh when this share of its words hold Kazakh letters (measured in ocr/README.md). */
const KAZAKH_PAGE_SHARE = 0.05;

const isKazakh = (reading: Reading) => reading.kazakhShare >= KAZAKH_PAGE_SHARE;

/**
 * Read with rus+eng+kaz, the Chinese scans gave no confident Cyrillic word of four letters (their Han characters
 * come out as short, doubtful junk); a Kazakh page gave 73.
 */
const CYRILLIC_WORDS_FOR_RUS = 5;

const HAN = /\p{Script=Han}/u;

/**
 * A page read with chi_sim first is Chinese when this share of its words hold Han characters: the Chinese scans
 * gave 0.41–0.68, Cyrillic and English pages (also turned 90° and 270°) read the same way 0.01–0.02.
 */
const HAN_PAGE_SHARE = 0.1;

/** Page by page, the reading with the higher mean word confidence. */
function best(current: Reading[], candidate: Reading[]): Reading[] {
  return current.map((reading, i) => (candidate[i] && candidate[i].confidence > reading.confidence ? candidate[i] : reading));
}

/** Tesseract's page segmentation modes used here: 1 finds the orientation, 3 the page layout, 4 one column, 6 one block (strip sheets). */
type PageSegmentation = '1' | '3' | '4' | '6';

/** Strip sheets at least this tall are read in bands (a few lines' sheet costs little more than starting Tesseract). */
const BANDED_SHEET_HEIGHT = 1000;

/** A single page image the adapter wrote (a PGM), whose first reading may be cut into bands. */
function mayReadInBands(pageCount: number, path: string): boolean {
  return pageCount === 1 && path.endsWith('.pgm');
}
