import type { Box, DocumentPage, ReadingEngine, TableCell, TextTable } from '../../document-model';
import { assembleLines, normaliseBox, round, type EngineLine, type OcrWord } from './assemble-lines';
import { detectScripts } from './detect-scripts';

/**
 * Amazon Textract responses → the normalised model. Pure: the shapes below are the subset of the SDK's
 * output types we read, declared here so domain code does not depend on the SDK (the SDK's types are
 * assignable to them). Textract geometry is already 0..1 from the top-left; confidences are 0..100.
 */

export interface TextractBoundingBox {
  Width?: number;
  Height?: number;
  Left?: number;
  Top?: number;
}

export interface TextractGeometry {
  BoundingBox?: TextractBoundingBox;
}

export interface TextractRelationship {
  Type?: string;
  Ids?: string[];
}

export interface TextractBlock {
  BlockType?: string;
  Id?: string;
  Text?: string;
  Confidence?: number;
  Geometry?: TextractGeometry;
  Relationships?: TextractRelationship[];
  /** Absent in single-page (sync) responses. */
  Page?: number;
  RowIndex?: number;
  ColumnIndex?: number;
  RowSpan?: number;
  ColumnSpan?: number;
  EntityTypes?: string[];
}

/** DetectDocumentText, AnalyzeDocument, and one page of GetDocumentTextDetection / GetDocumentAnalysis. */
export interface TextractBlocksResponse {
  DocumentMetadata?: { Pages?: number };
  Blocks?: TextractBlock[];
}

export interface TextractExpenseDetection {
  Text?: string;
  Geometry?: TextractGeometry;
  Confidence?: number;
}

export interface TextractExpenseField {
  Type?: { Text?: string; Confidence?: number };
  LabelDetection?: TextractExpenseDetection;
  ValueDetection?: TextractExpenseDetection;
  PageNumber?: number;
  Currency?: { Code?: string; Confidence?: number };
  GroupProperties?: Array<{ Types?: string[]; Id?: string }>;
}

export interface TextractExpenseDocument {
  ExpenseIndex?: number;
  SummaryFields?: TextractExpenseField[];
  LineItemGroups?: Array<{ LineItemGroupIndex?: number; LineItems?: Array<{ LineItemExpenseFields?: TextractExpenseField[] }> }>;
  /** Only in responses since 2022: the page's LINE and WORD blocks, as DetectDocumentText returns them. */
  Blocks?: TextractBlock[];
}

/** AnalyzeExpense, and one page of GetExpenseAnalysis. */
export interface TextractExpenseResponse {
  DocumentMetadata?: { Pages?: number };
  ExpenseDocuments?: TextractExpenseDocument[];
}

/** What AnalyzeExpense understood, kept for extraction (which fields it trusts is extraction's decision). */
export interface ExpenseDetection {
  text: string;
  box?: Box;
  confidence?: number;
}

export interface ExpenseField {
  /** Textract's normalised type: VENDOR_NAME, INVOICE_RECEIPT_ID, TOTAL, ITEM, PRICE, EXPENSE_ROW, OTHER… */
  type: string;
  typeConfidence?: number;
  /** The printed label, when there is one ("INVOICE #"). */
  label?: ExpenseDetection;
  value: ExpenseDetection;
  page: number;
  /** ISO 4217 code, for amounts. */
  currency?: string;
  /** Which party block the field belongs to: VENDOR, RECEIVER, RECEIVER_SHIP_TO, RECEIVER_BILL_TO… */
  groups?: Array<{ id: string; types: string[] }>;
}

export interface ExpenseLineItem {
  fields: ExpenseField[];
}

export interface ExpenseFields {
  /** 1-based: one expense document per invoice or receipt Textract found in the file. */
  index: number;
  summary: ExpenseField[];
  lineItemGroups: Array<{ index: number; lineItems: ExpenseLineItem[] }>;
}

export interface TextractNormalizeOptions {
  /** Pixel size of each page, when the caller knows it (it read the image header); 1 × 1 otherwise. */
  pageSize?: (page: number) => { width: number; height: number } | undefined;
}

const WHOLE_PAGE: Box = [0, 0, 1, 1];

/**
 * DetectDocumentText / AnalyzeDocument responses, or all the pages of an asynchronous Get* result (pass
 * every NextToken page: relationships may point at blocks of another response page).
 */
export function normalizeTextractBlocks(responses: TextractBlocksResponse | readonly TextractBlocksResponse[], options: TextractNormalizeOptions = {}): DocumentPage[] {
  const list = Array.isArray(responses) ? responses : [responses as TextractBlocksResponse];
  const blocks = list.flatMap((r) => r.Blocks ?? []);
  const declared = Math.max(0, ...list.map((r) => r.DocumentMetadata?.Pages ?? 0));
  return pagesFromBlocks(blocks, declared, 'textract', options);
}

/**
 * AnalyzeExpense, or all the pages of a GetExpenseAnalysis result. Responses since 2022 carry the page text
 * as Blocks; older ones (and trimmed recordings) only the fields, from which the lines are rebuilt — those
 * pages hold only the text Textract assigned to some field.
 */
export function normalizeTextractExpense(
  responses: TextractExpenseResponse | readonly TextractExpenseResponse[],
  options: TextractNormalizeOptions = {},
): { pages: DocumentPage[]; expenses: ExpenseFields[] } {
  const list = Array.isArray(responses) ? responses : [responses as TextractExpenseResponse];
  const documents = mergeExpenseDocuments(list.flatMap((r) => r.ExpenseDocuments ?? []));
  const declared = Math.max(0, ...list.map((r) => r.DocumentMetadata?.Pages ?? 0));
  const expenses = documents.map(toExpenseFields);
  const blocks = documents.flatMap((d) => d.Blocks ?? []);
  const pages = blocks.length
    ? pagesFromBlocks(blocks, declared, 'textract', options)
    : pagesFromExpenseFields(expenses, declared, options);
  return { pages, expenses };
}

/** A NextToken page may continue an expense document of the previous page: same ExpenseIndex, more fields. */
function mergeExpenseDocuments(documents: readonly TextractExpenseDocument[]): TextractExpenseDocument[] {
  const byIndex = new Map<number, TextractExpenseDocument>();
  documents.forEach((doc, position) => {
    const key = doc.ExpenseIndex ?? position + 1;
    const seen = byIndex.get(key);
    if (!seen) {
      byIndex.set(key, { ...doc, ExpenseIndex: key });
      return;
    }
    seen.SummaryFields = [...(seen.SummaryFields ?? []), ...(doc.SummaryFields ?? [])];
    seen.LineItemGroups = [...(seen.LineItemGroups ?? []), ...(doc.LineItemGroups ?? [])];
    seen.Blocks = [...(seen.Blocks ?? []), ...(doc.Blocks ?? [])];
  });
  return [...byIndex.values()].sort((a, b) => a.ExpenseIndex! - b.ExpenseIndex!);
}

function pagesFromBlocks(blocks: readonly TextractBlock[], declaredPages: number, engine: ReadingEngine, options: TextractNormalizeOptions): DocumentPage[] {
  const byId = new Map<string, TextractBlock>();
  for (const block of blocks) if (block.Id && !byId.has(block.Id)) byId.set(block.Id, block);
  const unique = [...byId.values()];
  const pageNumbers = new Set<number>(unique.filter((b) => b.BlockType === 'PAGE').map(pageOf));
  for (let n = 1; n <= declaredPages; n++) pageNumbers.add(n);
  return [...pageNumbers].sort((a, b) => a - b).map((n) => {
    const onPage = unique.filter((b) => pageOf(b) === n);
    const engineLines = onPage.filter((b) => b.BlockType === 'LINE').map((line) => lineFromBlock(line, byId));
    // Textract already ends a LINE at a column gap, so each LINE stays one item.
    const lines = assembleLines(engineLines, { phraseGap: Infinity, aspect: 1 });
    const tables = onPage.filter((b) => b.BlockType === 'TABLE').map((t) => tableFromBlock(t, byId));
    return withSize(
      { page: n, engine, scripts: detectScripts(lines.map((l) => l.text).join('\n')), width: 1, height: 1, lines, ...(tables.length ? { tables } : {}) },
      options,
    );
  });
}

function pageOf(block: TextractBlock): number {
  return block.Page ?? 1;
}

function lineFromBlock(line: TextractBlock, byId: ReadonlyMap<string, TextractBlock>): EngineLine {
  const words = children(line, byId, 'CHILD').filter((b) => b.BlockType === 'WORD').map(wordOf);
  if (words.length) return { words };
  return { words: [wordOf(line)] }; // a LINE without WORD children: keep its text
}

function wordOf(block: TextractBlock): OcrWord {
  const word: OcrWord = { text: block.Text ?? '', box: boxOf(block.Geometry) ?? WHOLE_PAGE };
  if (block.Confidence !== undefined) word.confidence = confidenceOf(block.Confidence);
  return word;
}

function children(block: TextractBlock, byId: ReadonlyMap<string, TextractBlock>, type: string): TextractBlock[] {
  return (block.Relationships ?? [])
    .filter((r) => r.Type === type)
    .flatMap((r) => r.Ids ?? [])
    .map((id) => byId.get(id))
    .filter((b): b is TextractBlock => b !== undefined);
}

/** Text of a CELL/TITLE block: its WORD children (selection elements are left out: they are not text). */
function textOf(block: TextractBlock, byId: ReadonlyMap<string, TextractBlock>): string {
  return children(block, byId, 'CHILD')
    .filter((b) => b.BlockType === 'WORD')
    .map((b) => b.Text ?? '')
    .join(' ');
}

/**
 * CELL blocks form the full grid; a MERGED_CELL groups several of them. A merged cell is reported once, at
 * its top-left position with its spans and the text of all its parts; its parts are left out.
 */
function tableFromBlock(table: TextractBlock, byId: ReadonlyMap<string, TextractBlock>): TextTable {
  const cells = children(table, byId, 'CHILD').filter((b) => b.BlockType === 'CELL');
  const merged = children(table, byId, 'MERGED_CELL').filter((b) => b.BlockType === 'MERGED_CELL');
  const absorbed = new Set<string>();
  const result: TableCell[] = [];
  for (const block of merged) {
    const parts = children(block, byId, 'CHILD').sort((a, b) => (a.RowIndex ?? 0) - (b.RowIndex ?? 0) || (a.ColumnIndex ?? 0) - (b.ColumnIndex ?? 0));
    parts.forEach((p) => p.Id && absorbed.add(p.Id));
    const text = parts.map((p) => textOf(p, byId)).filter(Boolean).join(' ');
    result.push(cellOf(block, text));
  }
  for (const block of cells) if (!absorbed.has(block.Id ?? '')) result.push(cellOf(block, textOf(block, byId)));
  result.sort((a, b) => a.row - b.row || a.column - b.column);
  const textTable: TextTable = {
    box: boxOf(table.Geometry) ?? WHOLE_PAGE,
    rows: Math.max(0, ...result.map((c) => c.row + c.rowSpan - 1)),
    columns: Math.max(0, ...result.map((c) => c.column + c.columnSpan - 1)),
    cells: result,
  };
  if (table.Confidence !== undefined) textTable.confidence = confidenceOf(table.Confidence);
  const title = children(table, byId, 'TABLE_TITLE').map((t) => textOf(t, byId)).filter(Boolean).join(' ');
  if (title) textTable.title = title;
  return textTable;
}

function cellOf(block: TextractBlock, text: string): TableCell {
  const cell: TableCell = {
    row: block.RowIndex ?? 1,
    column: block.ColumnIndex ?? 1,
    rowSpan: block.RowSpan ?? 1,
    columnSpan: block.ColumnSpan ?? 1,
    text,
    box: boxOf(block.Geometry) ?? WHOLE_PAGE,
  };
  if (block.Confidence !== undefined) cell.confidence = confidenceOf(block.Confidence);
  if (block.EntityTypes?.includes('COLUMN_HEADER')) cell.header = true;
  return cell;
}

function toExpenseFields(document: TextractExpenseDocument): ExpenseFields {
  return {
    index: document.ExpenseIndex ?? 1,
    summary: (document.SummaryFields ?? []).map(toExpenseField),
    lineItemGroups: (document.LineItemGroups ?? []).map((group, i) => ({
      index: group.LineItemGroupIndex ?? i + 1,
      lineItems: (group.LineItems ?? []).map((item) => ({ fields: (item.LineItemExpenseFields ?? []).map(toExpenseField) })),
    })),
  };
}

function toExpenseField(field: TextractExpenseField): ExpenseField {
  const result: ExpenseField = { type: field.Type?.Text ?? 'OTHER', value: detectionOf(field.ValueDetection), page: field.PageNumber ?? 1 };
  if (field.Type?.Confidence !== undefined) result.typeConfidence = confidenceOf(field.Type.Confidence);
  if (field.LabelDetection?.Text) result.label = detectionOf(field.LabelDetection);
  if (field.Currency?.Code) result.currency = field.Currency.Code;
  if (field.GroupProperties?.length) result.groups = field.GroupProperties.map((g) => ({ id: g.Id ?? '', types: g.Types ?? [] }));
  return result;
}

function detectionOf(detection: TextractExpenseDetection | undefined): ExpenseDetection {
  const result: ExpenseDetection = { text: detection?.Text ?? '' };
  const box = boxOf(detection?.Geometry);
  if (box) result.box = box;
  if (detection?.Confidence !== undefined) result.confidence = confidenceOf(detection.Confidence);
  return result;
}

interface PlacedText {
  page: number;
  text: string;
  box: Box;
  confidence?: number;
}

/**
 * Old-format expense responses have no Blocks: the page text is rebuilt from the detected labels and values.
 * The same print often appears several times (an ADDRESS and its STREET/CITY parts; an EXPENSE_ROW and its
 * ITEM/PRICE cells), so a coarse detection gives way to finer ones that together carry all its words (their
 * boxes are exact), and finer ones give way to a coarse one that has more words than they do.
 */
function pagesFromExpenseFields(expenses: readonly ExpenseFields[], declaredPages: number, options: TextractNormalizeOptions): DocumentPage[] {
  const fields = expenses.flatMap((e) => [...e.summary, ...e.lineItemGroups.flatMap((g) => g.lineItems.flatMap((i) => i.fields))]);
  const placed = dedupeDetections(fields.flatMap((f) => [f.label, f.value].filter((d): d is ExpenseDetection => !!d).flatMap((d) => splitIntoLines(d, f.page))));
  const count = Math.max(declaredPages, 1, ...placed.map((p) => p.page));
  return Array.from({ length: count }, (_, i) => i + 1).map((n) => {
    const engineLines: EngineLine[] = placed.filter((p) => p.page === n).map((p) => ({ words: [{ text: p.text, box: p.box, ...(p.confidence !== undefined ? { confidence: p.confidence } : {}) }] }));
    const lines = assembleLines(engineLines, { phraseGap: Infinity, aspect: 1 });
    return withSize({ page: n, engine: 'textract', scripts: detectScripts(lines.map((l) => l.text).join('\n')), width: 1, height: 1, lines }, options);
  });
}

/** A multi-line value ("The Receiver\nXZY Company\n…") becomes one placed line per printed line, its box cut evenly. */
function splitIntoLines(detection: ExpenseDetection, page: number): PlacedText[] {
  if (!detection.box || !detection.text.trim()) return [];
  const parts = detection.text.split('\n');
  const [x0, y0, x1, y1] = detection.box;
  const step = (y1 - y0) / parts.length;
  return parts
    .map((text, i) => ({ page, text: text.trim(), box: [x0, round(y0 + i * step), x1, round(y0 + (i + 1) * step)] as Box, confidence: detection.confidence }))
    .filter((p) => p.text !== '');
}

function dedupeDetections(all: PlacedText[]): PlacedText[] {
  const byArea = [...all].sort((a, b) => area(b.box) - area(a.box));
  const dropped = new Set<PlacedText>();
  for (const coarse of byArea) {
    if (dropped.has(coarse)) continue;
    const finer = byArea.filter((f) => f !== coarse && !dropped.has(f) && f.page === coarse.page && area(f.box) <= area(coarse.box) && insideShare(f.box, coarse.box) >= 0.6);
    if (!finer.length) continue;
    const finerWords = finer.flatMap((f) => tokens(f.text));
    if (covers(finerWords, tokens(coarse.text))) dropped.add(coarse);
    else finer.forEach((f) => dropped.add(f));
  }
  return all.filter((p) => !dropped.has(p));
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Every word of `wanted` (with repeats) is among `have`. */
function covers(have: string[], wanted: string[]): boolean {
  const pool = new Map<string, number>();
  for (const w of have) pool.set(w, (pool.get(w) ?? 0) + 1);
  return wanted.every((w) => {
    const n = pool.get(w) ?? 0;
    pool.set(w, n - 1);
    return n > 0;
  });
}

function area(box: Box): number {
  return Math.max(0, box[2] - box[0]) * Math.max(0, box[3] - box[1]);
}

/** Share of `inner`'s area that lies within `outer`. */
function insideShare(inner: Box, outer: Box): number {
  const w = Math.min(inner[2], outer[2]) - Math.max(inner[0], outer[0]);
  const h = Math.min(inner[3], outer[3]) - Math.max(inner[1], outer[1]);
  const innerArea = area(inner);
  if (w <= 0 || h <= 0) return 0;
  return innerArea === 0 ? 1 : (w * h) / innerArea;
}

function boxOf(geometry: TextractGeometry | undefined): Box | undefined {
  const bb = geometry?.BoundingBox;
  if (!bb || bb.Left === undefined || bb.Top === undefined || bb.Width === undefined || bb.Height === undefined) return undefined;
  return normaliseBox(bb.Left, bb.Top, bb.Left + bb.Width, bb.Top + bb.Height, 1, 1);
}

function confidenceOf(percent: number): number {
  return round(Math.min(100, Math.max(0, percent)) / 100);
}

function withSize(page: DocumentPage, options: TextractNormalizeOptions): DocumentPage {
  const size = options.pageSize?.(page.page);
  return size ? { ...page, width: size.width, height: size.height } : page;
}
