import { unionBox, type Box, type TextItem } from '../document-model';
import { writeIn } from '../look-alike-letters';
import type { PlacedLine } from './header-fields';
import { COLUMN_LABELS, WEAK_DESCRIPTION_COLUMN, type ColumnKind } from './vocabulary';

/**
 * A goods table's header: its column labels found in one or more lines and in several languages (run together by
 * OCR, cut at a slash, Chinese without spaces), each column's kind and extent, and a continuation page's header
 * repeated in full, in part or not at all. The rows are read in goods-table.ts.
 */

export interface Column {
  /** Undefined for a header cell the vocabulary does not name: kept, so that its content does not spill into a neighbour. */
  kind?: ColumnKind;
  x0: number;
  x1: number;
}

/**
 * Header detection asks about the same cells many times per document (every line is tried as a header, by the
 * party, role and goods passes): the kind of a cell text is remembered. Bounded, for warm containers.
 */
const columnKinds = new Map<string, ColumnKind | undefined>();

function columnKindOf(text: string): ColumnKind | undefined {
  if (columnKinds.has(text)) return columnKinds.get(text);
  if (columnKinds.size > 50_000) columnKinds.clear();
  const kind = readColumnKind(text);
  columnKinds.set(text, kind);
  return kind;
}

function readColumnKind(text: string): ColumnKind | undefined {
  const spaced = text.replace(/\s+/g, ' ').trim();
  // OCR mixes look-alike Latin and Cyrillic letters («TH ВЭД» for «ТН ВЭД», «Кол-вo»): try the text in either script.
  for (const normalised of [spaced, writeIn(spaced, 'cyrillic'), writeIn(spaced, 'latin')]) {
    const kind = columnKindOfText(normalised);
    if (kind) return kind;
  }
  return undefined;
}

function columnKindOfText(normalised: string): ColumnKind | undefined {
  const kind = COLUMN_LABELS.find(([, pattern]) => pattern.test(normalised))?.[0];
  if (kind) return kind;
  // Bilingual cells («序号 / #», «No. / #»): any part that names a column names it.
  for (const part of normalised.split(/\s*\/\s*/)) {
    const partKind = COLUMN_LABELS.find(([, pattern]) => pattern.test(part))?.[0];
    if (partKind) return partKind;
  }
  return undefined;
}

function headerColumns(line: PlacedLine): Column[] | undefined {
  const cells = line.items.flatMap(headerCells);
  const named: Column[] = cells.map((it) => ({ kind: columnKindOf(it.text), x0: it.box[0], x1: it.box[2] }));
  settleColumnKinds(named, cells.map((it) => it.text.replace(/\s+/g, ' ').trim()));
  // A currency code set apart from its label («Сумма, | AED», the label's second line) is that label's, not a column
  // of its own that would take half of every amount. A cell no label names lying over a named one is the header's
  // other printed line read as one with it, garbled («和» over «序号品名» and half the description's width, «Ms ende»
  // over «商品编码»: seed 23's 00288, whose page 1 lost all 21 rows to it).
  const overlap = (a: Column, b: Column) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const overNamed = (column: Column) => !column.kind && named.some((other) => other.kind && overlap(column, other) > OVER_NAMED * Math.min(column.x1 - column.x0, other.x1 - other.x0));
  const columns = named.filter((column, i) => {
    if (overNamed(column)) return false;
    const before = named[i - 1];
    if (column.kind || !before?.kind || !MONEY_COLUMNS.has(before.kind) || !CURRENCY_CELL.test(cells[i].text.trim())) return true;
    before.x1 = column.x1;
    return false;
  });
  const kinds = new Set(columns.map((c) => c.kind).filter((k) => k && k !== 'tax'));
  if (!kinds.has('description') || kinds.size < 3 || !(kinds.has('qty') || kinds.has('amount') || kinds.has('hs'))) return undefined;
  return columns;
}

const MONEY_COLUMNS = new Set<ColumnKind>(['price', 'amount']);

/** How much of the narrower of two header cells they must share for an unnamed one to lie over a named one. */
const OVER_NAMED = 0.3;
const CURRENCY_CELL = /^\(?[A-Z]{3}\)?$/;

/**
 * Kinds that depend on the other header cells: "Artikel" names the description only when no other cell does
 * (else it is the article number); of two amount-labelled cells around the price ("Amount | Product | Price |
 * Total", a translated "Menge"), the one left of the price is the quantity when no cell names one.
 */
function settleColumnKinds(columns: Column[], texts: string[]): void {
  if (!columns.some((c) => c.kind === 'description')) {
    const weak = columns.find((c, i) => !c.kind && WEAK_DESCRIPTION_COLUMN.test(texts[i]));
    if (weak) weak.kind = 'description';
  }
  const price = columns.find((c) => c.kind === 'price');
  const amounts = columns.filter((c) => c.kind === 'amount');
  if (price && !columns.some((c) => c.kind === 'qty') && amounts.some((c) => c.x0 > price.x0)) {
    const left = amounts.find((c) => c.x1 < price.x0);
    if (left) left.kind = 'qty';
  }
}

/**
 * OCR runs header cells together when the gaps between them are narrow («Код ТН ВЭД Кол-во Ед. Цена, USD
 * Сумма, USD» as one phrase). An OCR'd item whose words begin labels of two or more column kinds is cut
 * before each word that begins a label of another kind than the one before; other items stay whole.
 */
function headerCells(item: TextItem): TextItem[] {
  return wordHeaderCells(item).flatMap(hanHeaderCells);
}

function wordHeaderCells(item: TextItem): TextItem[] {
  const words = item.words;
  if (!words || words.length < 2 || words.map((w) => w.text).join('').replace(/\s/g, '') !== item.text.replace(/\s/g, '')) return [item];
  const cuts: Array<{ at: number; kind: ColumnKind; length: number }> = [];
  words.forEach((_, i) => {
    const label = labelStartingAt(words, i);
    if (label && label.kind !== cuts[cuts.length - 1]?.kind) cuts.push({ at: i, ...label });
  });
  if (new Set(cuts.map((c) => c.kind)).size < 2) return [item];
  // A label's garbled first word begins no label, and would end the cell before it unnamed («No. Desiiiption» |
  // «of goods»): words after a whole label that the cell's text as a whole does not name go to the next cell.
  cuts.forEach((cut, n) => {
    const next = cuts[n + 1];
    if (!next || next.at <= cut.at + cut.length) return;
    if (columnKindOf(joinedWords(words.slice(cut.at, next.at).map((w) => w.text))) !== cut.kind) next.at = cut.at + cut.length;
  });
  // Words before the first label are a cell of their own (a garbled label: «ғазосэқтикоды Саны Өлш. …»).
  const starts = [...(cuts[0].at > 0 ? [0] : []), ...cuts.map((cut) => cut.at)];
  return starts.map((at, n) => {
    const part = words.slice(at, starts[n + 1] ?? words.length);
    return { text: joinedWords(part.map((w) => w.text)), box: unionBox(part.map((w) => w.box)), words: part };
  });
}

/** Words read as one text; Chinese is written without spaces: OCR's «总» «价» is the label 总价. */
export function joinedWords(texts: string[]): string {
  return texts.reduce((text, next) => (HAN_CHAR.test(text.slice(-1)) && HAN_CHAR.test(next[0]) ? text + next : `${text} ${next}`));
}

/**
 * Chinese labels run together in one cell have no space to cut at («数量单位单价 (USD)», «序号商品名称»): the cell is
 * cut before each label of another kind, a label being a run of 2–6 Han characters that is a whole column label.
 * The cut falls in proportion to the text (a Han character as wide as two others), as Chinese is set evenly.
 */
function hanHeaderCells(item: TextItem): TextItem[] {
  const chars = [...item.text];
  if (chars.filter((c) => HAN_CHAR.test(c)).length < 4) return [item];
  const cuts: Array<{ at: number; kind: ColumnKind }> = [];
  for (let i = 0; i < chars.length; ) {
    const label = hanLabelAt(chars, i);
    if (label && label.kind !== cuts[cuts.length - 1]?.kind) cuts.push({ at: i, kind: label.kind });
    i += label?.length ?? 1;
  }
  if (cuts.length < 2) return [item];
  const widthOf = (part: string[]) => part.reduce((w, c) => w + (HAN_CHAR.test(c) ? 2 : 1), 0);
  const scale = (item.box[2] - item.box[0]) / widthOf(chars);
  return cuts.map((cut, n) => {
    const start = n === 0 ? 0 : cut.at;
    const end = cuts[n + 1]?.at ?? chars.length;
    const x0 = item.box[0] + widthOf(chars.slice(0, start)) * scale;
    const x1 = item.box[0] + widthOf(chars.slice(0, end)) * scale;
    return { text: chars.slice(start, end).join('').trim(), box: [x0, item.box[1], x1, item.box[3]] as Box, ...(item.confidence !== undefined ? { confidence: item.confidence } : {}) };
  });
}

const HAN_CHAR = /\p{Script=Han}/u;

/** The longest whole column label of 2–6 Han characters starting at `i`. */
function hanLabelAt(chars: string[], i: number): { kind: ColumnKind; length: number } | undefined {
  for (let length = 6; length >= 2; length--) {
    const run = chars.slice(i, i + length);
    if (run.length < length || !run.every((c) => HAN_CHAR.test(c))) continue;
    const text = run.join('');
    const kind = COLUMN_LABELS.find(([, pattern]) => pattern.exec(text)?.[0] === text)?.[0];
    if (kind) return { kind, length };
  }
  return undefined;
}

/**
 * The column kind of a label that begins at word `i` (the label may run over up to three words: «ТН ВЭД»). The
 * longest label wins: «商品» «编码» is 商品编码 (the HS code), not 商品 (the goods).
 */
function labelStartingAt(words: TextItem[], i: number): { kind: ColumnKind; length: number } | undefined {
  for (let k = Math.min(3, words.length - i); k >= 1; k--) {
    const run = joinedWords(words.slice(i, i + k).map((w) => w.text));
    for (const variant of [run, writeIn(run, 'cyrillic'), writeIn(run, 'latin')]) {
      for (const [kind, pattern] of COLUMN_LABELS) {
        const match = pattern.exec(variant);
        if (match && match.index < words[i].text.length) return { kind, length: k };
      }
    }
  }
  return undefined;
}

/** Where each table's descriptions start, when left of their header (one document's tables, by their columns). */
export type DescriptionStarts = Map<Column[], number>;

/**
 * Description text is set flush left in its column while its label may stand centred, or OCR may have kept only the
 * label's last word («Тауардың атауы» read as «атауы»): where a table's descriptions start left of their header cell
 * (and right of the column before it) is remembered, so that a wrapped line under a row starting there (an article
 * number alone, «67302») is read in the description column rather than as a row number.
 */
export function noteDescriptionStart(descriptionStarts: DescriptionStarts, columns: Column[], items: TextItem[] | undefined): void {
  const at = columns.findIndex((c) => c.kind === 'description');
  const first = items?.[0];
  if (at < 0 || !first || first.box[0] >= columns[at].x0 || !/^\p{L}/u.test(first.text)) return;
  const before = columns[at - 1];
  if (before && first.box[0] <= before.x1 + 0.005) return;
  descriptionStarts.set(columns, Math.min(descriptionStarts.get(columns) ?? 1, first.box[0]));
}

/** The column of an item under a table's columns: `columnOf`, but an item that overlaps no header cell and starts where the table's descriptions start is the description's. */
export function columnOfItem(descriptionStarts: DescriptionStarts, box: Box, columns: Column[]): Column {
  const left = descriptionStarts.get(columns);
  if (left !== undefined && Math.abs(box[0] - left) < 0.01 && !columns.some((c) => Math.min(box[2], c.x1) > Math.max(box[0], c.x0))) {
    const description = columns.find((c) => c.kind === 'description');
    if (description) return description;
  }
  return columnOf(box, columns);
}

/**
 * The column of a cell, from the header cells' extents: the header cell it overlaps most (numbers are often
 * right-aligned or centred, so they start left of a narrower header), else the nearest header cell to its
 * left (text runs on past its header).
 */
export function columnOf(box: Box, columns: Column[]): Column {
  let best: Column | undefined;
  let bestOverlap = 0;
  for (const column of columns) {
    const overlap = Math.min(box[2], column.x1) - Math.max(box[0], column.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [column, overlap];
  }
  return best ?? [...columns].reverse().find((c) => c.x0 <= box[0] + 0.012) ?? columns[0];
}

/** A line of header labels (two or more), each standing over the column of its kind in `columns`. */
export function continuesHeader(line: PlacedLine, columns: Column[]): boolean {
  const named = line.items
    .flatMap(headerCells)
    .map((cell) => ({ kind: columnKindOf(cell.text), x0: cell.box[0] }))
    .filter((cell) => cell.kind !== undefined);
  // Labels of two languages start apart in one column («Цена за ед.» and «Unit price» are centred): a label anywhere
  // over its column, or just left of it, stands where it did.
  const aligned = named.filter((cell) => columns.some((c) => c.kind === cell.kind && cell.x0 > c.x0 - HEADER_DRIFT && cell.x0 < c.x1));
  const astray = named.filter((cell) => columns.some((c) => c.kind === cell.kind) && !aligned.includes(cell));
  return aligned.length >= 2 && !astray.length;
}

/**
 * Whether `columns`, a header read at the top of a continuation page, is the header of the table `carried` from the
 * page before, read in part: two of its named columns or more stand over `carried`'s columns of their kinds, none stands
 * over another kind's, and it lacks a code or number column that `carried` has.
 */
export function repeatsHeaderInPart(columns: Column[], carried: Column[]): boolean {
  const kinds = new Set(carried.map((c) => c.kind));
  const named = columns.filter((c) => c.kind && kinds.has(c.kind));
  const aligned = named.filter((c) => columnOf([c.x0, 0, c.x1, 0], carried).kind === c.kind);
  const lacks = carried.some((c) => c.kind && CODE_AND_NUMBER_COLUMNS.has(c.kind) && !columns.some((o) => o.kind === c.kind));
  return lacks && aligned.length >= 2 && aligned.length === named.length;
}

/**
 * A continuation page repeats its table's header at its top (under a line or two: «Продолжение счёта-фактуры …»);
 * labels further down head another table (allowances, the VAT breakdown) that need not name a description.
 */
export const CONTINUATION_TOP = 0.2;

/** How far a column's label may stand from where the page before printed it (a scan lies a little differently). */
const HEADER_DRIFT = 0.04;

/** Whether a line is a goods table's header: it names a description and at least two other columns, one of them the quantity, the amount or the HS code. */
export function isTableHeader(line: PlacedLine): boolean {
  return headerColumns(line) !== undefined;
}

/**
 * Table headers are often printed on two or three lines (a bilingual header, or a tall description cell
 * vertically centred). Lines that sit close together are merged cell by cell before classifying them.
 */
export function headerAt(lines: PlacedLine[], start: number): { columns: Column[]; consumed: number } | undefined {
  const header = headerLinesAt(lines, start);
  if (!header) return undefined;
  // A bilingual header whose first line is a header by itself: a header line right under it is its other language,
  // not a new table. The lower line gives the columns (as before); the upper names those it leaves unnamed (OCR
  // garbled «Цена за ед., EUR» «Стоимость, EUR» into «ЕНЕ» «СІРИИОСТЕДЕНЕ»).
  const end = start + header.consumed;
  const [above, next] = [lines[end - 1], lines[end]];
  if (!next || next.page !== above.page || next.box[1] - above.box[3] > (above.box[3] - above.box[1]) * 1.2) return header;
  const below = headerLinesAt(lines, end);
  return below ? { columns: withKindsFrom(below.columns, header.columns), consumed: header.consumed + below.consumed } : header;
}

/**
 * `columns` with each unnamed one named as the column of `other` it overlaps most, when no column has that kind yet;
 * a kind of `other` that starts inside a named column's right part («Сумма, CNY» over the end of «Unit price, CNY pa.
 * CNY», OCR running the lower line's last two labels together) cuts that column there.
 */
function withKindsFrom(columns: Column[], other: Column[]): Column[] {
  const kinds = new Set(columns.map((c) => c.kind));
  columns = columns.flatMap((column) => {
    const cut = other.find((o) => o.kind && !kinds.has(o.kind) && column.kind && o.x0 > column.x0 + HEADER_DRIFT && o.x0 < column.x1 - HEADER_DRIFT);
    if (!cut) return [column];
    kinds.add(cut.kind);
    return [{ ...column, x1: cut.x0 }, { kind: cut.kind, x0: cut.x0, x1: column.x1 }];
  });
  return columns.map((column) => {
    if (column.kind) return column;
    const overlap = (o: Column) => Math.min(column.x1, o.x1) - Math.max(column.x0, o.x0);
    const best = other.filter((o) => o.kind && !kinds.has(o.kind) && overlap(o) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
    if (!best) return column;
    kinds.add(best.kind);
    return { ...column, kind: best.kind };
  });
}

function headerLinesAt(lines: PlacedLine[], start: number): { columns: Column[]; consumed: number } | undefined {
  const first = lines[start];
  // A header starts on a line that names a column: lines above it («Currency: TRY», «Payment: …», «原产国 ; 哈萨克斯坦»,
  // a label with its value) sit as close.
  const namesColumn = (item: TextItem) => !/[:：;]\s*\S/u.test(item.text) && headerCells(item).some((cell) => columnKindOf(cell.text));
  if (!first.items.some(namesColumn)) return undefined;
  const height = first.box[3] - first.box[1];
  const merged: TextItem[] = [];
  for (let k = 0; k < 3 && start + k < lines.length; k++) {
    const line = lines[start + k];
    if (line.page !== first.page || (k > 0 && line.box[1] - lines[start + k - 1].box[3] > height * 1.2)) break;
    if (k > 0 && line.items.some((i) => /\d[\d\s.,]*$/.test(i.text) && !columnKindOf(i.text))) break;
    // Cells OCR ran together are cut first, so a cell of the next line pairs with its own cell above.
    for (const item of line.items.flatMap(headerCells)) {
      // One cell: left-aligned words, or right-aligned ones over a number column ("Positions-" over "betrag").
      const same = merged.find((m) => Math.abs(m.box[0] - item.box[0]) < 0.01 || (Math.abs(m.box[2] - item.box[2]) < 0.01 && m.box[0] < item.box[2] && item.box[0] < m.box[2]));
      if (same) {
        same.text = `${same.text} ${item.text}`;
        same.box = unionBox([same.box, item.box]);
      } else merged.push({ ...item });
    }
    const columns = headerColumns({ ...line, items: [...merged].sort((a, b) => a.box[0] - b.box[0]) });
    if (!columns) continue;
    // A section title right above the header ("Positionsdaten" over "Pos") is no part of it when the header
    // read without it names as many columns (nor is a header line OCR ran together into one phrase).
    const without = k > 0 ? headerLinesAt(lines, start + 1) : undefined;
    const named = (c: Column[]) => c.filter((col) => col.kind).length;
    if (without && without.consumed === k && named(without.columns) >= named(columns)) return { columns: without.columns, consumed: k + 1 };
    return { columns, consumed: k + 1 };
  }
  return undefined;
}

/** Columns of numbers: a row's values, and what a header's numbers end at. */
export const NUMBER_COLUMNS = new Set<ColumnKind>(['qty', 'price', 'amount']);
export const CODE_AND_NUMBER_COLUMNS = new Set<ColumnKind>(['hs', ...NUMBER_COLUMNS]);
