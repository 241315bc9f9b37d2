import type { DocumentPage } from '../domain/document-model';
import { defaultRoutingPolicy, pageText, routePage, type RoutingPolicy } from '../domain/reading/ocr/route-engine';
import type { OcrPort } from '../domain/reading/read-document';
import { TextractLimitError, type ExpenseReading } from './textract-ocr';

/** What RoutedOcr needs of Tesseract: reading images and PDF pages, and rasterising the pages Textract reads. */
export interface TesseractEngine extends OcrPort {
  rasterisePdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<Array<{ page: number; dpi: number; png: Uint8Array }>>;
}

/** What RoutedOcr needs of Textract: one page now (multi-page jobs are started by the next state). */
export interface TextractEngine {
  analyzeExpense(source: { bytes: Uint8Array }): Promise<ExpenseReading>;
}

interface PlannedPage {
  /** Tesseract's reading: the routing signal, and the result unless Textract reads the page. */
  tesseract: DocumentPage;
  toTextract: boolean;
}

/**
 * The AWS read function's OCR: Tesseract reads every scanned page first; a page whose text is in Latin script
 * only is then read by Textract's AnalyzeExpense (English only, and better at English invoices), the others
 * keep Tesseract's reading, exactly as the local runtime reads them. Routing on Tesseract's text, not on its
 * orientation-and-script detection: OSD named the English test invoice, rasterised from a PDF, "Latin" with
 * confidence 2.3, below the 3 under which it also calls Kazakh and Chinese pages Latin. A single Latin page is read synchronously; two or more pages
 * of a PDF are left to one asynchronous StartExpenseAnalysis job. Without Textract this is plain Tesseract.
 */
export class RoutedOcr implements OcrPort {
  /** The last PDF's plan, so deferPdfPages and readPdfPages (called in turn) read each page once. */
  private planned?: { pdf: Uint8Array; pages: PlannedPage[] };

  constructor(
    private readonly tesseract: TesseractEngine,
    private readonly textract?: TextractEngine,
    private readonly policy: RoutingPolicy = defaultRoutingPolicy('aws', { textractEnabled: true }),
  ) {}

  async readImage(bytes: Uint8Array): Promise<DocumentPage[]> {
    const pages = await this.tesseract.readImage(bytes);
    // Sync Textract reads one page: a multi-page TIFF stays with Tesseract.
    if (!this.textract || pages.length !== 1 || !this.isLatinOnly(pages[0])) return pages;
    return (await this.viaTextract(bytes, 1)) ?? pages;
  }

  async deferPdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<{ engine: 'textract'; pages: number[] } | undefined> {
    if (!this.textract) return undefined;
    const latin = (await this.plan(pdf, pages)).filter((p) => p.toTextract).map((p) => p.tesseract.page);
    return latin.length >= 2 ? { engine: 'textract', pages: latin } : undefined;
  }

  async readPdfPages(pdf: Uint8Array, pages: readonly number[]): Promise<DocumentPage[]> {
    if (!this.textract) return this.tesseract.readPdfPages(pdf, pages);
    const planned = await this.plan(pdf, pages);
    this.planned = undefined;
    const latin = planned.filter((p) => p.toTextract).map((p) => p.tesseract.page);
    // Only the pages Textract reads are rasterised again (AnalyzeExpense takes one page image at a time).
    const viaTextract = new Map<number, DocumentPage[] | undefined>();
    for (const raster of latin.length ? await this.tesseract.rasterisePdfPages(pdf, latin) : []) {
      viaTextract.set(raster.page, await this.viaTextract(raster.png, raster.page));
    }
    return planned.flatMap((p) => viaTextract.get(p.tesseract.page) ?? [p.tesseract]).sort((a, b) => a.page - b.page);
  }

  private isLatinOnly(page: DocumentPage): boolean {
    return routePage({ page: page.page, ocrText: pageText(page) }, this.policy).engine === 'textract';
  }

  /** Tesseract reads the pages as it does everywhere (its own concurrency and re-reads); its text routes them. */
  private async plan(pdf: Uint8Array, pages: readonly number[]): Promise<PlannedPage[]> {
    // readPdfPages asks for the pages deferPdfPages did not defer: a subset of the plan, already read.
    const cached = this.planned?.pdf === pdf ? this.planned.pages.filter((p) => pages.includes(p.tesseract.page)) : [];
    if (cached.length === pages.length) return cached;
    const read = await this.tesseract.readPdfPages(pdf, pages);
    this.planned = { pdf, pages: read.map((tesseract) => ({ tesseract, toTextract: this.isLatinOnly(tesseract) })) };
    return this.planned.pages;
  }

  /** One page through AnalyzeExpense, numbered as in the document; undefined when Textract's limits refuse it. */
  private async viaTextract(image: Uint8Array, page: number): Promise<DocumentPage[] | undefined> {
    try {
      const reading = await this.textract!.analyzeExpense({ bytes: image });
      return reading.pages.map((p) => ({ ...p, page }));
    } catch (error) {
      if (error instanceof TextractLimitError) return undefined; // too large or too many pixels: Tesseract's reading stands
      throw error;
    }
  }
}
