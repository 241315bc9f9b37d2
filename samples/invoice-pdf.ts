/**
 * Draws one invoice page with pdfkit from a fully resolved layout (all strings already
 * localised and formatted). Every string is written with a single left-aligned text call and
 * no line breaking, so each cell or line reaches the text layer as one run; that keeps the
 * extraction tests about reading the document, not about re-joining fragments.
 */
import PDFDocument from 'pdfkit';

export interface FontFace {
  path: string;
  /** PostScript name of the face inside a .ttc collection (fontkit selects by it, not by family). */
  family?: string;
}

export interface FontPair {
  regular: FontFace;
  /** The CJK font has no bold face; the same face is then passed twice. */
  bold: FontFace;
}

/** A line of text, or several runs sharing one baseline at the given x offsets. */
export type HeaderLine = string | { runs: string[]; offsets: number[] };

export interface PartyBlock {
  /** Already joined as "<Label>: <Name>". */
  heading: string;
  lines: string[];
}

export interface SignatureLine {
  role: string;
  name: string;
}

export interface InvoiceLayout {
  fonts: FontPair;
  metadata: { title: string; author: string; subject: string; created: Date };
  title: string;
  headerLines: HeaderLine[];
  parties: PartyBlock[];
  terms: string[];
  table: { headers: string[]; rows: string[][] };
  totals: { emphasised: string[]; plain: string[] };
  bank: { heading: string; block: PartyBlock };
  signatures: SignatureLine[];
  stampCaption: string;
  stampLines: string[];
  footer: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const INK = '#1a1a1a';
const MUTED = '#5a5f66';
const RULE = '#8a9099';
const HEADER_FILL = '#e6eaf0';
const STAMP_BLUE = '#2747a8';
const STAMP_RADIUS = 52;

const SIZE = { title: 17, body: 9.5, party: 10, small: 8, cell: 8, footer: 6.5 };
const LEADING = 1.45;
const CELL_PAD = 4;
const MIN_CELL_SIZE = 6;

type Doc = PDFKit.PDFDocument;

/** Keeps the vertical cursor; pdfkit's own flow is bypassed so positions stay explicit. */
class PageWriter {
  y = MARGIN;

  constructor(private readonly doc: Doc) {}

  face(bold: boolean, size: number): Doc {
    return this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
  }

  /** One text call at (x, y); returns nothing so callers cannot chain pdfkit's flow. */
  run(text: string, x: number, y: number, opts: { bold?: boolean; size: number; color?: string }): void {
    this.face(opts.bold ?? false, opts.size).fillColor(opts.color ?? INK);
    // Nothing wraps, so anything too long would silently run off the page; fail instead.
    if (x + this.doc.widthOfString(text) > MARGIN + CONTENT_WIDTH + 0.5) {
      throw new Error(`text runs past the right margin: ${text}`);
    }
    this.doc.text(text, x, y, { lineBreak: false });
  }

  line(text: string, opts: { bold?: boolean; size?: number; color?: string; indent?: number } = {}): void {
    const size = opts.size ?? SIZE.body;
    this.run(text, MARGIN + (opts.indent ?? 0), this.y, { ...opts, size });
    this.y += size * LEADING;
  }

  gap(points: number): void {
    this.y += points;
  }

  /** Largest size not above `size` at which `text` fits `width`; fails loudly instead of overflowing. */
  fitSize(text: string, width: number, size: number, bold: boolean, min = MIN_CELL_SIZE): number {
    for (let s = size; s >= min; s -= 0.25) {
      if (this.face(bold, s).widthOfString(text) <= width) return s;
    }
    throw new Error(`text does not fit in ${width.toFixed(1)}pt even at ${min}pt: ${text}`);
  }

  widthOf(text: string, bold: boolean, size: number): number {
    return this.face(bold, size).widthOfString(text);
  }
}

function drawHeaderLine(w: PageWriter, line: HeaderLine): void {
  if (typeof line === 'string') return w.line(line, { size: SIZE.body + 0.5 });
  line.runs.forEach((text, i) => {
    const next = line.offsets[i + 1];
    if (next !== undefined && line.offsets[i] + w.widthOf(text, false, SIZE.body + 0.5) > next - 6) {
      throw new Error(`header run overlaps the next one: ${text}`);
    }
    w.run(text, MARGIN + line.offsets[i], w.y, { size: SIZE.body + 0.5 });
  });
  w.gap((SIZE.body + 0.5) * LEADING);
}

function drawParty(w: PageWriter, block: PartyBlock): void {
  w.line(block.heading, { bold: true, size: SIZE.party });
  for (const text of block.lines) w.line(text, { indent: 10, size: SIZE.body - 0.5, color: INK });
}

/**
 * Column widths: every column but the description gets exactly what its widest cell needs,
 * the description (column 1) takes the remaining width. Descriptions vary most, numbers least.
 */
function columnWidths(w: PageWriter, headers: string[], rows: string[][]): number[] {
  const needs = headers.map((header, col) => {
    const headerWidth = Math.max(...header.split('\n').map((part) => w.widthOf(part, true, SIZE.cell)));
    const cellWidth = Math.max(...rows.map((row) => w.widthOf(row[col], false, SIZE.cell)));
    return Math.ceil(Math.max(headerWidth, cellWidth)) + 2 * CELL_PAD + 2;
  });
  const fixed = needs.reduce((sum, n, col) => (col === 1 ? sum : sum + n), 0);
  const description = CONTENT_WIDTH - fixed;
  if (description < 120) throw new Error(`goods table too wide: description column would be ${description}pt`);
  return needs.map((n, col) => (col === 1 ? description : n));
}

function drawTable(w: PageWriter, doc: Doc, headers: string[], rows: string[][]): void {
  const widths = columnWidths(w, headers, rows);
  const lefts = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headerLineCount = Math.max(...headers.map((h) => h.split('\n').length));
  const lineHeight = SIZE.cell * 1.3;
  const headerHeight = headerLineCount * lineHeight + 2 * CELL_PAD + 2;
  const rowHeight = SIZE.cell * 1.3 + 2 * CELL_PAD + 4;
  const top = w.y;
  const bottom = top + headerHeight + rows.length * rowHeight;

  doc.rect(MARGIN, top, CONTENT_WIDTH, headerHeight).fill(HEADER_FILL);
  headers.forEach((header, col) => {
    // A two-line header is two text calls, one per printed line.
    const parts = header.split('\n');
    const firstY = top + (headerHeight - parts.length * lineHeight) / 2 + 1;
    parts.forEach((part, i) => {
      const size = w.fitSize(part, widths[col] - 2 * CELL_PAD, SIZE.cell, true);
      w.run(part, lefts[col] + CELL_PAD, firstY + i * lineHeight, { bold: true, size });
    });
  });

  rows.forEach((row, r) => {
    const rowTop = top + headerHeight + r * rowHeight;
    row.forEach((cell, col) => {
      const size = w.fitSize(cell, widths[col] - 2 * CELL_PAD, SIZE.cell, false);
      w.run(cell, lefts[col] + CELL_PAD, rowTop + (rowHeight - size * 1.15) / 2 + 0.5, { size });
    });
  });

  // Grid last, so the header fill does not cover the rules.
  doc.lineWidth(0.6).strokeColor(RULE);
  doc.rect(MARGIN, top, CONTENT_WIDTH, bottom - top).stroke();
  for (let r = 0; r <= rows.length; r++) {
    const y = top + headerHeight + r * rowHeight;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + CONTENT_WIDTH, y).stroke();
  }
  for (const x of lefts.slice(1)) doc.moveTo(x, top).lineTo(x, bottom).stroke();
  w.y = bottom;
}

/** A round seal drawn as two rings with horizontal lines of text, each line fitted to its chord. */
function drawStamp(w: PageWriter, doc: Doc, cx: number, cy: number, lines: string[]): void {
  const outer = STAMP_RADIUS;
  doc.save();
  doc.strokeOpacity(0.85).lineWidth(1.6).strokeColor(STAMP_BLUE);
  doc.circle(cx, cy, outer).stroke();
  doc.lineWidth(0.7).circle(cx, cy, outer - 4).stroke();
  doc.fillOpacity(0.85);
  const lineGap = 10.5;
  const firstY = cy - ((lines.length - 1) * lineGap) / 2;
  lines.forEach((text, i) => {
    const baselineOffset = firstY + i * lineGap - cy;
    const halfChord = Math.sqrt(Math.max(0, (outer - 7) ** 2 - baselineOffset ** 2));
    const size = w.fitSize(text, 2 * halfChord - 4, 7.5, true, 5);
    const width = w.widthOf(text, true, size);
    w.run(text, cx - width / 2, cy + baselineOffset - size * 0.6, { bold: true, size, color: STAMP_BLUE });
  });
  doc.restore();
}

/** A hand-drawn looking stroke over the signature rule; purely decorative, no text. */
function drawScribble(doc: Doc, x: number, y: number): void {
  doc.save().lineWidth(0.9).strokeColor('#1c2f6e').strokeOpacity(0.9);
  doc.moveTo(x, y)
    .bezierCurveTo(x + 12, y - 16, x + 18, y + 6, x + 28, y - 8)
    .bezierCurveTo(x + 36, y - 18, x + 40, y + 2, x + 54, y - 4)
    .bezierCurveTo(x + 62, y - 8, x + 66, y - 2, x + 76, y - 6)
    .stroke();
  doc.restore();
}

function drawSignatures(w: PageWriter, doc: Doc, layout: InvoiceLayout): void {
  const ruleX = MARGIN + 150;
  const ruleWidth = 110;
  const areaTop = w.y;
  layout.signatures.forEach((sig, i) => {
    const y = areaTop + i * 30 + 14;
    w.run(sig.role, MARGIN, y - SIZE.body, { size: SIZE.body });
    doc.lineWidth(0.6).strokeColor(INK).moveTo(ruleX, y + 2).lineTo(ruleX + ruleWidth, y + 2).stroke();
    if (i === 0) drawScribble(doc, ruleX + 14, y);
    w.run(sig.name, ruleX + ruleWidth + 8, y - SIZE.body, { size: SIZE.body });
  });
  const stampX = MARGIN + CONTENT_WIDTH - 70;
  const stampY = areaTop + 46;
  drawStamp(w, doc, stampX, stampY, layout.stampLines);
  // Caption ("М.П.", "Seal") under the seal, where printed forms mark the place for it.
  const captionWidth = w.widthOf(layout.stampCaption, false, SIZE.small);
  w.run(layout.stampCaption, stampX - captionWidth / 2, stampY + STAMP_RADIUS + 4, { size: SIZE.small, color: MUTED });
  w.y = Math.max(areaTop + layout.signatures.length * 30 + 10, stampY + STAMP_RADIUS + 16);
}

export function renderInvoicePdf(layout: InvoiceLayout): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: true,
    // Fixed metadata: pdfkit derives the file ID from the info dictionary, so a fixed
    // CreationDate makes the output byte-identical across runs.
    info: {
      Title: layout.metadata.title,
      Author: layout.metadata.author,
      Subject: layout.metadata.subject,
      Creator: 'doc-audit samples/generate-samples.ts',
      Producer: 'PDFKit',
      CreationDate: layout.metadata.created,
      ModDate: layout.metadata.created,
    },
  });
  doc.registerFont('regular', layout.fonts.regular.path, layout.fonts.regular.family);
  doc.registerFont('bold', layout.fonts.bold.path, layout.fonts.bold.family);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new PageWriter(doc);
  w.line(layout.title, { bold: true, size: SIZE.title });
  w.gap(2);
  layout.headerLines.forEach((line) => drawHeaderLine(w, line));
  doc.lineWidth(1).strokeColor(INK).moveTo(MARGIN, w.y + 2).lineTo(MARGIN + CONTENT_WIDTH, w.y + 2).stroke();
  w.gap(10);

  for (const party of layout.parties) {
    drawParty(w, party);
    w.gap(5);
  }
  for (const term of layout.terms) w.line(term, { size: SIZE.body - 0.5 });
  w.gap(8);

  drawTable(w, doc, layout.table.headers, layout.table.rows);
  w.gap(9);
  for (const text of layout.totals.emphasised) w.line(text, { bold: true, size: SIZE.party });
  for (const text of layout.totals.plain) w.line(text, { size: SIZE.body - 0.5 });
  w.gap(8);

  w.line(layout.bank.heading, { bold: true, size: SIZE.body, color: MUTED });
  drawParty(w, layout.bank.block);
  w.gap(14);
  drawSignatures(w, doc, layout);

  const footerY = A4.height - MARGIN + 10;
  if (w.y > footerY - 10) throw new Error(`content runs into the footer (y=${w.y.toFixed(0)})`);
  w.run(layout.footer, MARGIN, footerY, { size: SIZE.footer, color: MUTED });

  doc.end();
  return done;
}
