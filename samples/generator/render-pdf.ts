/**
 * Renders a drawn invoice with pdfkit in one of three layouts (one-column party blocks, two columns
 * side by side, a bordered label/value table), flowing onto further pages when the goods table is
 * long, with the table header repeated on every page. As in samples/invoice-pdf.ts, every cell or
 * printed line is a single text call, so the text layer holds it as one item; a cell that does not
 * fit shrinks, or (when the draft says so) wraps onto further lines as real invoices do.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { InvoiceDraft } from './build-invoice';
import type { Rng } from './rng';
import type { ColumnKind, PartyDraft } from './types';

const A4 = { width: 595.28, height: 841.89 };
const INK = '#1a1a1a';
const MUTED = '#5a5f66';
const RULE = '#8a9099';
const HEADER_FILL = '#e6eaf0';
const STAMP_BLUE = '#2747a8';
const MIN_SIZE = 5.5;
const LEADING = 1.45;
const CELL_PAD = 3.5;

type Doc = PDFKit.PDFDocument;

/**
 * Parsed fonts, shared by every document of the process. pdfkit accepts a fontkit font instead of a
 * path and then skips re-parsing it (the CJK collection alone takes most of a second per document);
 * each document still builds its own subset. fontkit is resolved from pdfkit's own location, so it
 * is the exact copy pdfkit would load.
 *
 * fontkit's per-font glyph cache must not outlive a document: with it shared, later documents got
 * broken ToUnicode maps (letters missing from the text layer). Emptying it per document keeps the
 * parsed tables and makes every PDF byte-identical to one rendered in a fresh process (checked on
 * 40 documents; tests/unit/corpus re-renders a document after others and compares the bytes).
 */
const fontkit = createRequire(path.join(path.dirname(require.resolve('pdfkit')), 'noop.js'))('fontkit') as {
  openSync(file: string, postscriptName?: string): object;
};
const fontCache = new Map<string, object>();

function parsedFont(file: string, family?: string): PDFKit.Mixins.PDFFontSource {
  const key = `${file}#${family ?? ''}`;
  let font = fontCache.get(key);
  if (!font) {
    font = fontkit.openSync(file, family);
    fontCache.set(key, font);
  }
  (font as { _glyphs: unknown[] })._glyphs = []; // see above: a fresh glyph cache per document
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}

interface TextOptions {
  size: number;
  bold?: boolean;
  color?: string;
  /** Shrink (never below MIN_SIZE) until the text fits this width. */
  maxWidth?: number;
}

/** A vertical cursor over A4 pages; pdfkit's own text flow is bypassed so every position is explicit. */
class Canvas {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  private readonly onNewPage: (canvas: Canvas) => void;

  constructor(readonly doc: Doc, readonly margin: number, readonly body: number, onNewPage: (canvas: Canvas) => void) {
    this.left = margin;
    this.right = A4.width - margin;
    this.bottom = A4.height - margin - 16;
    this.y = margin;
    this.onNewPage = onNewPage;
  }

  get width(): number {
    return this.right - this.left;
  }

  widthOf(text: string, bold: boolean, size: number): number {
    return this.doc.font(bold ? 'bold' : 'regular').fontSize(size).widthOfString(text);
  }

  /** Largest size not above `size` at which the text fits, or undefined when even MIN_SIZE is too big. */
  fit(text: string, width: number, size: number, bold: boolean): number | undefined {
    for (let s = size; s >= MIN_SIZE; s -= 0.25) if (this.widthOf(text, bold, s) <= width) return s;
    return undefined;
  }

  run(text: string, x: number, y: number, opts: TextOptions): void {
    const bold = opts.bold ?? false;
    const limit = opts.maxWidth ?? this.right - x + 0.5;
    const size = this.fit(text, limit, opts.size, bold);
    if (size === undefined) throw new Error(`text does not fit in ${limit.toFixed(0)}pt: ${text}`);
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(opts.color ?? INK);
    this.doc.text(text, x, y, { lineBreak: false });
  }

  runRight(text: string, rightX: number, y: number, opts: TextOptions): void {
    const bold = opts.bold ?? false;
    const size = this.fit(text, opts.maxWidth ?? rightX - this.left, opts.size, bold) ?? MIN_SIZE;
    this.run(text, rightX - this.widthOf(text, bold, size), y, { ...opts, size, maxWidth: undefined });
  }

  line(text: string, opts: Partial<TextOptions> & { indent?: number } = {}): void {
    const size = opts.size ?? this.body;
    this.ensure(size * LEADING);
    const x = this.left + (opts.indent ?? 0);
    this.run(text, x, this.y, { ...opts, size, maxWidth: this.right - x });
    this.y += size * LEADING;
  }

  gap(points: number): void {
    this.y += points;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
    this.onNewPage(this);
  }

  rule(weight = 0.8): void {
    this.doc.lineWidth(weight).strokeColor(INK).moveTo(this.left, this.y).lineTo(this.right, this.y).stroke();
  }
}

/** Splits text into lines no wider than `width` at `size`, breaking at spaces. */
function wrap(canvas: Canvas, text: string, width: number, size: number, bold = false): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && canvas.widthOf(candidate, bold, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

// ---------------------------------------------------------------- header

function drawTitleAndHeader(c: Canvas, draft: InvoiceDraft, rng: Rng): void {
  const titleSize = rng.float(14, 17.5);
  if (rng.chance(0.5)) c.run(draft.header.title, c.left, c.y, { size: titleSize, bold: true });
  else c.run(draft.header.title, c.left + (c.width - c.widthOf(draft.header.title, true, titleSize)) / 2, c.y, { size: titleSize, bold: true });
  c.gap(titleSize * 1.35);
  if (draft.meta.layout === 'header-table') return;
  const size = c.body + 0.5;
  const offset = rng.pick([250, 270, 300]);
  for (const line of draft.header.lines) {
    if (typeof line === 'string') {
      c.line(line, { size });
      continue;
    }
    const [left, right] = line;
    // Two runs on one baseline unless they would collide; then one under the other.
    if (c.widthOf(left, false, size) < offset - 8 && c.left + offset + c.widthOf(right, false, size) < c.right) {
      c.run(left, c.left, c.y, { size });
      c.run(right, c.left + offset, c.y, { size });
      c.gap(size * LEADING);
    } else {
      c.line(left, { size });
      c.line(right, { size });
    }
  }
  c.gap(3);
  c.rule();
  c.gap(10);
}

// ---------------------------------------------------------------- parties: flow layouts

interface FlowLine {
  text: string;
  bold?: boolean;
  indent?: number;
}

function partyFlowLines(p: PartyDraft, sep: string, nameBelow: boolean): FlowLine[] {
  const heading: FlowLine[] = nameBelow
    ? [{ text: `${p.label}${sep.trimEnd()}`, bold: true }, { text: p.name, bold: true }]
    : [{ text: `${p.label}${sep}${p.name}`, bold: true }];
  return [...heading, ...p.addressLines.map((text) => ({ text, indent: 10 })), ...p.idLines.map((l) => ({ text: l.text, indent: 10 }))];
}

function drawPartiesOneColumn(c: Canvas, draft: InvoiceDraft): void {
  for (const party of draft.parties) {
    const lines = partyFlowLines(party, draft.separator, draft.meta.nameBelowLabel);
    c.ensure(lines.length * c.body * LEADING + 6);
    for (const line of lines) c.line(line.text, { bold: line.bold, indent: line.indent, size: line.bold ? c.body + 0.5 : c.body - 0.5 });
    c.gap(5);
  }
}

function drawPartiesTwoColumns(c: Canvas, draft: InvoiceDraft): void {
  const role = (r: PartyDraft['role']) => draft.parties.find((p) => p.role === r);
  const rows: Array<[PartyDraft | undefined, PartyDraft | undefined]> = [[role('seller'), role('buyer')]];
  // Then the shipper (left) and consignee (right), then the payer where a place is left.
  const rest = [role('shipper'), role('consignee'), role('payer')];
  if (rest[0] || rest[1]) rows.push([rest[0], rest[1]]);
  if (rest[2]) rows.push([rest[2], undefined]);
  const colWidth = c.width / 2 - 10;
  const lefts = [c.left, c.left + c.width / 2 + 6];
  for (const row of rows) {
    const blocks = row.map((p) => (p ? partyFlowLines(p, draft.separator, draft.meta.nameBelowLabel) : []));
    const height = Math.max(...blocks.map((b) => b.length)) * c.body * LEADING;
    c.ensure(height + 8);
    const top = c.y;
    blocks.forEach((block, col) => {
      block.forEach((line, k) => {
        const size = line.bold ? c.body + 0.5 : c.body - 0.5;
        const x = lefts[col] + (line.indent ?? 0);
        c.run(line.text, x, top + k * c.body * LEADING, { size, bold: line.bold, maxWidth: colWidth - (line.indent ?? 0) });
      });
    });
    c.y = top + height + 7;
  }
}

// ---------------------------------------------------------------- header-table layout

type GridRow = [label: string, value: string, bold?: boolean];

function gridLabel(draft: InvoiceDraft, label: string): string {
  return draft.meta.colonlessLabels ? label : `${label}${draft.separator.trimEnd()}`;
}

/** A bordered two-column grid: label cell | value cell; groups are kept on one page. */
function drawGrid(c: Canvas, groups: GridRow[][], labelWidth: number, size: number): void {
  const rowHeight = size * 1.3 + 2 * CELL_PAD;
  const valueX = c.left + labelWidth;
  for (const group of groups) {
    c.ensure(group.length * rowHeight + 2);
    const top = c.y;
    group.forEach(([label, value, bold], i) => {
      const y = top + i * rowHeight + CELL_PAD;
      if (label) c.run(label, c.left + CELL_PAD, y, { size, maxWidth: labelWidth - 2 * CELL_PAD, color: MUTED });
      c.run(value, valueX + CELL_PAD, y, { size, bold, maxWidth: c.right - valueX - 2 * CELL_PAD });
    });
    const bottom = top + group.length * rowHeight;
    c.doc.lineWidth(0.5).strokeColor(RULE).rect(c.left, top, c.width, bottom - top).stroke();
    c.doc.moveTo(valueX, top).lineTo(valueX, bottom).stroke();
    for (let i = 1; i < group.length; i++) c.doc.moveTo(c.left, top + i * rowHeight).lineTo(c.right, top + i * rowHeight).stroke();
    c.y = bottom;
  }
  c.gap(8);
}

function partyGridRows(draft: InvoiceDraft, p: PartyDraft): GridRow[] {
  return [
    [gridLabel(draft, p.label), p.name, true],
    [gridLabel(draft, draft.addressLabel), p.addressLines.join(', ')],
    ...p.idLines.map((l): GridRow => [gridLabel(draft, l.label), l.value]),
  ];
}

function drawHeaderTable(c: Canvas, draft: InvoiceDraft, rng: Rng): void {
  const labelWidth = rng.pick([120, 135, 150]);
  const size = c.body - 0.5;
  const groups: GridRow[][] = [
    draft.header.rows.map(([label, value]): GridRow => [gridLabel(draft, label), value, true]),
    ...draft.parties.map((p) => partyGridRows(draft, p)),
    draft.terms.map(([label, value]): GridRow => [gridLabel(draft, label), value]),
  ];
  drawGrid(c, groups, labelWidth, size);
}

function drawTerms(c: Canvas, draft: InvoiceDraft): void {
  for (const [label, value] of draft.terms) c.line(`${label}${draft.separator}${value}`, { size: c.body - 0.5 });
  c.gap(8);
}

// ---------------------------------------------------------------- goods table

interface TableGeometry {
  headers: string[];
  size: number;
  widths: number[];
  lefts: number[];
  headerHeight: number;
  lineHeight: number;
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['qty', 'price', 'amount', 'no']);

/** Every column but the description gets what its widest cell needs; the description takes the rest. */
function tableGeometry(c: Canvas, draft: InvoiceDraft): TableGeometry {
  // Bilingual "Наименование / Description" headers that leave no room go onto two lines, as printed forms do.
  return fitTable(c, draft, draft.table.headers) ?? fitTable(c, draft, draft.table.headers.map((h) => h.replace(' / ', '\n'))) ?? fail();
}

const fail = (): never => {
  throw new Error('goods table too wide for the page');
};

function fitTable(c: Canvas, draft: InvoiceDraft, headers: string[]): TableGeometry | undefined {
  const { rows, columns } = draft.table;
  const descriptionCol = columns.indexOf('description');
  for (let size = 8; size >= 6; size -= 0.5) {
    const needs = headers.map((header, col) => {
      const headerWidth = Math.max(...header.split('\n').map((part) => c.widthOf(part, true, size)));
      const cellWidth = Math.max(...rows.map((row) => c.widthOf(row[col], false, size)));
      // Long headers may shrink, so they count at a smaller size than the cells.
      return Math.ceil(Math.max(headerWidth * Math.max(0.8, MIN_SIZE / size + 0.03), cellWidth)) + 2 * CELL_PAD + 2;
    });
    const fixed = needs.reduce((sum, n, col) => (col === descriptionCol ? sum : sum + n), 0);
    const description = c.width - fixed;
    if (description < 130) continue;
    const widths = needs.map((n, col) => (col === descriptionCol ? description : n));
    const lefts = widths.map((_, i) => c.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const lineHeight = size * 1.3;
    const headerLines = Math.max(...headers.map((h) => h.split('\n').length));
    return { size, widths, lefts, headers, headerHeight: headerLines * lineHeight + 2 * CELL_PAD + 2, lineHeight };
  }
  return undefined;
}

function drawTableHeader(c: Canvas, draft: InvoiceDraft, g: TableGeometry): void {
  const top = c.y;
  c.doc.rect(c.left, top, c.width, g.headerHeight).fill(HEADER_FILL);
  g.headers.forEach((header, col) => {
    const parts = header.split('\n');
    const firstY = top + (g.headerHeight - parts.length * g.lineHeight) / 2 + 1;
    parts.forEach((part, i) => c.run(part, g.lefts[col] + CELL_PAD, firstY + i * g.lineHeight, { size: g.size, bold: true, maxWidth: g.widths[col] - 2 * CELL_PAD }));
  });
  c.y = top + g.headerHeight;
}

/** Cell text split into printed lines: descriptions may wrap, everything else is one line. */
function cellLines(c: Canvas, draft: InvoiceDraft, g: TableGeometry, col: number, text: string): string[] {
  const width = g.widths[col] - 2 * CELL_PAD;
  if (draft.table.columns[col] !== 'description' || c.widthOf(text, false, g.size) <= width) return [text];
  if (!draft.meta.wrappedDescriptions && c.fit(text, width, g.size, false) !== undefined) return [text];
  return wrap(c, text, width, g.size);
}

function strokeGrid(c: Canvas, g: TableGeometry, top: number, rowBottoms: number[]): void {
  const bottom = rowBottoms[rowBottoms.length - 1] ?? top;
  c.doc.lineWidth(0.6).strokeColor(RULE);
  c.doc.rect(c.left, top, c.width, bottom - top).stroke();
  for (const y of [top + g.headerHeight, ...rowBottoms]) c.doc.moveTo(c.left, y).lineTo(c.right, y).stroke();
  for (const x of g.lefts.slice(1)) c.doc.moveTo(x, top).lineTo(x, bottom).stroke();
}

/** Draws the goods table; returns how many rows needed more than one line. */
function drawGoodsTable(c: Canvas, draft: InvoiceDraft): number {
  const g = tableGeometry(c, draft);
  const rows: string[][] = [...draft.table.rows];
  const totalRow = draft.table.totalRow;
  c.ensure(g.headerHeight + 3 * g.lineHeight);
  let top = c.y;
  drawTableHeader(c, draft, g);
  let bottoms: number[] = [];
  const drawRow = (cells: string[][], bold: boolean) => {
    const lines = Math.max(...cells.map((cell) => cell.length));
    const height = lines * g.lineHeight + 2 * CELL_PAD + 2;
    if (c.y + height > c.bottom) {
      strokeGrid(c, g, top, bottoms);
      c.newPage();
      top = c.y;
      drawTableHeader(c, draft, g);
      bottoms = [];
    }
    const rowTop = c.y;
    cells.forEach((cell, col) => {
      // Numbers of a wrapped row sit on its first line, or in its middle ("middle" alignment).
      const offset = draft.meta.rowAlign === 'middle' ? ((lines - cell.length) * g.lineHeight) / 2 : 0;
      cell.forEach((text, k) => {
        const y = rowTop + CELL_PAD + 1 + offset + k * g.lineHeight;
        const maxWidth = g.widths[col] - 2 * CELL_PAD;
        if (NUMERIC.has(draft.table.columns[col]) && col > 0) c.runRight(text, g.lefts[col] + g.widths[col] - CELL_PAD, y, { size: g.size, bold, maxWidth });
        else c.run(text, g.lefts[col] + CELL_PAD, y, { size: g.size, bold, maxWidth });
      });
    });
    c.y = rowTop + height;
    bottoms.push(c.y);
  };
  let wrapped = 0;
  for (const row of rows) {
    const cells = row.map((text, col) => cellLines(c, draft, g, col, text));
    if (cells.some((cell) => cell.length > 1)) wrapped++;
    drawRow(cells, false);
  }
  if (totalRow) {
    const cells = draft.table.columns.map((kind): string[] => (kind === 'description' ? [totalRow[0]] : kind === 'amount' ? [totalRow[1]] : []));
    drawRow(cells, true);
  }
  strokeGrid(c, g, top, bottoms);
  c.gap(10);
  return wrapped;
}

// ---------------------------------------------------------------- totals, bank, signatures

function drawTotals(c: Canvas, draft: InvoiceDraft): void {
  const size = c.body + 0.5;
  for (const [label, value] of draft.totals) {
    c.ensure(size * LEADING);
    if (draft.meta.totalsStyle === 'inline') {
      c.line(`${label}${draft.separator}${value}`, { bold: true, size });
    } else {
      const labelText = `${label}${draft.separator.trimEnd()}`;
      const labelX = c.right - 230;
      c.run(labelText, labelX, c.y, { size, bold: true, maxWidth: 120 });
      c.runRight(value, c.right, c.y, { size, bold: true, maxWidth: 105 });
      c.gap(size * LEADING);
    }
  }
  for (const note of draft.notes) {
    const size = c.body - 0.5;
    if (c.fit(note, c.width, size, false) !== undefined) c.line(note, { size });
    else for (const part of wrap(c, note, c.width, size)) c.line(part, { size });
  }
  c.gap(8);
}

function drawBank(c: Canvas, draft: InvoiceDraft, rng: Rng): void {
  if (draft.meta.layout === 'header-table') {
    c.ensure(5 * c.body * LEADING);
    c.line(draft.bankHeading, { bold: true, size: c.body, color: MUTED });
    drawGrid(c, [partyGridRows(draft, draft.bank)], rng.pick([120, 135, 150]), c.body - 0.5);
    return;
  }
  const lines = partyFlowLines(draft.bank, draft.separator, false);
  c.ensure((lines.length + 1) * c.body * LEADING + 4);
  c.line(draft.bankHeading, { bold: true, size: c.body, color: MUTED });
  for (const line of lines) c.line(line.text, { bold: line.bold, indent: line.indent, size: line.bold ? c.body : c.body - 0.5 });
  c.gap(12);
}

/** A hand-drawn looking stroke over the signature rule; decorative, no text. */
function drawScribble(doc: Doc, x: number, y: number, rng: Rng): void {
  const w = rng.float(0.8, 1.2);
  doc.save().lineWidth(0.9).strokeColor('#1c2f6e').strokeOpacity(0.9);
  doc.moveTo(x, y)
    .bezierCurveTo(x + 12 * w, y - 16, x + 18 * w, y + 6, x + 28 * w, y - 8)
    .bezierCurveTo(x + 36 * w, y - 18, x + 40 * w, y + 2, x + 54 * w, y - 4)
    .bezierCurveTo(x + 62 * w, y - 8, x + 66 * w, y - 2, x + 76 * w, y - 6)
    .stroke();
  doc.restore();
}

const STAMP_RADIUS = 50;

/** A round seal: two rings and short lines of text fitted to their chords, optionally tilted. */
function drawStamp(c: Canvas, cx: number, cy: number, lines: string[], rotation: number): void {
  const doc = c.doc;
  doc.save();
  if (rotation) doc.rotate(rotation, { origin: [cx, cy] });
  doc.strokeOpacity(0.85).lineWidth(1.6).strokeColor(STAMP_BLUE);
  doc.circle(cx, cy, STAMP_RADIUS).stroke();
  doc.lineWidth(0.7).circle(cx, cy, STAMP_RADIUS - 4).stroke();
  doc.fillOpacity(0.85);
  const lineGap = 10;
  const firstY = cy - ((lines.length - 1) * lineGap) / 2;
  lines.forEach((text, i) => {
    const offset = firstY + i * lineGap - cy;
    const halfChord = Math.sqrt(Math.max(0, (STAMP_RADIUS - 7) ** 2 - offset ** 2));
    const size = c.fit(text, 2 * halfChord - 4, 7, true) ?? MIN_SIZE;
    const width = c.widthOf(text, true, size);
    doc.font('bold').fontSize(size).fillColor(STAMP_BLUE).text(text, cx - width / 2, cy + offset - size * 0.6, { lineBreak: false });
  });
  doc.restore();
}

function drawSignatures(c: Canvas, draft: InvoiceDraft, rng: Rng): void {
  const height = Math.max(draft.signatures.length * 30 + 10, 2 * STAMP_RADIUS + 24);
  c.ensure(height);
  const top = c.y;
  const ruleX = c.left + rng.pick([140, 160, 180]);
  draft.signatures.forEach((sig, i) => {
    const y = top + i * 30 + 14;
    c.run(sig.role, c.left, y - c.body, { size: c.body, maxWidth: ruleX - c.left - 6 });
    c.doc.lineWidth(0.6).strokeColor(INK).moveTo(ruleX, y + 2).lineTo(ruleX + 100, y + 2).stroke();
    drawScribble(c.doc, ruleX + 10, y, rng);
    c.run(sig.name, ruleX + 108, y - c.body, { size: c.body, maxWidth: c.right - ruleX - 108 - 2 * STAMP_RADIUS - 20 });
  });
  const cx = c.right - STAMP_RADIUS - rng.float(5, 40);
  const cy = top + STAMP_RADIUS + rng.float(0, 10);
  drawStamp(c, cx, cy, draft.stamp.lines, draft.stamp.rotated ? rng.float(-12, 12) : 0);
  const captionWidth = c.widthOf(draft.stamp.caption, false, 7.5);
  c.run(draft.stamp.caption, cx - captionWidth / 2, cy + STAMP_RADIUS + 4, { size: 7.5, color: MUTED });
  c.y = top + height;
}

function drawFooters(doc: Doc, c: Canvas, draft: InvoiceDraft, showPageLabel: boolean): number {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = A4.height - c.margin + 4;
    c.run(draft.footer, c.left, y, { size: 6.5, color: MUTED, maxWidth: c.width - 90 });
    if (showPageLabel || range.count > 1) c.runRight(draft.pageLabel(i + 1, range.count), c.right, y, { size: 7, color: MUTED });
  }
  return range.count;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  wrappedRows: number;
}

export function renderInvoice(draft: InvoiceDraft, rng: Rng): Promise<RenderedPdf> {
  const created = new Date(`${draft.invoice.date}T12:00:00Z`);
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    compress: true,
    bufferPages: true,
    // Fixed metadata: pdfkit derives the file ID from it, so the bytes are stable across runs.
    info: {
      Title: `${draft.header.title} ${draft.invoice.number}`,
      Author: 'doc-audit corpus generator',
      Subject: 'Synthetic invoice for extraction benchmarks',
      Creator: 'doc-audit samples/generator',
      Producer: 'PDFKit',
      CreationDate: created,
      ModDate: created,
    },
  });
  doc.registerFont('regular', parsedFont(draft.font.regular, draft.font.family));
  doc.registerFont('bold', parsedFont(draft.font.bold, draft.font.family));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const margin = rng.pick([36, 40, 44, 48]);
  const body = rng.pick([8.5, 9, 9.5]);
  const canvas = new Canvas(doc, margin, body, (c) => {
    c.line(draft.continued, { size: 7.5, color: MUTED });
    c.gap(4);
  });
  let pages = 0;
  let wrappedRows = 0;
  try {
    drawTitleAndHeader(canvas, draft, rng);
    if (draft.meta.layout === 'header-table') drawHeaderTable(canvas, draft, rng);
    else {
      if (draft.meta.layout === 'two-column') drawPartiesTwoColumns(canvas, draft);
      else drawPartiesOneColumn(canvas, draft);
      canvas.gap(3);
      drawTerms(canvas, draft);
    }
    wrappedRows = drawGoodsTable(canvas, draft);
    drawTotals(canvas, draft);
    drawBank(canvas, draft, rng);
    drawSignatures(canvas, draft, rng);
    pages = drawFooters(doc, canvas, draft, rng.chance(0.5));
  } catch (error) {
    doc.end();
    return Promise.reject(error);
  }
  doc.end();
  return done.then((pdf) => ({ pdf, pages, wrappedRows }));
}
