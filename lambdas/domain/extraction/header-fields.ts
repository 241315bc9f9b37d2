import { unionBox, type Evidence, type TextItem, type TextLine } from '../document-model';
import { findDate, monthOf, parseAmount } from './parse-values';
import {
  DATE_CELL, DATE_LABEL, DIGIT_NUMBER, HASH_NUMBER, INVOICE_DATE_LABEL, INVOICE_NUMBER, NUMBER_CELL, OTHER_DATE_LABEL, TITLED_INVOICE_NUMBER,
} from './vocabulary';

/**
 * Header fields (invoice number, date, amounts) read from report layouts as well as from "Label: value" lines:
 * the number after the document's title, label cells with their value in the cell below, dates other than
 * the invoice's (delivery, due, order) passed over, and text runs the PDF split inside a word glued back.
 */

/** A text line with the number of its page, as extraction reads the document. */
export interface PlacedLine extends TextLine {
  page: number;
}

/** Where a value was read: the line's page, and the box and text of the items it came from (the whole line by default). */
export function evidenceOf(line: PlacedLine, items: TextItem[] = line.items): Evidence {
  return { page: line.page, box: unionBox(items.map((i) => i.box)), text: items.map((i) => i.text).join(' ') };
}

/**
 * The line's text with its runs joined by what separates them on the page: nothing when they touch (a PDF
 * can split "RE-20201121/508" into four runs), a space for a word gap, " | " between cells far apart.
 * Keeps "Total | 1 | 278.61 | 319.00" from reading as 1 278.61. Without `cells`, far cells are joined by a space.
 */
export function cellText(line: TextLine, cells = true): string {
  const height = Math.max(line.box[3] - line.box[1], 0.004);
  let text = '';
  let previous: TextItem | undefined;
  for (const item of line.items) {
    if (previous) {
      const gap = item.box[0] - previous.box[2];
      // OCR items are already phrases (words closer than the engine's phrase gap, a thousands group included):
      // two of them are two cells, so "1" under Qty and "278.61" under Price never read as 1 278.61.
      const ocr = item.confidence !== undefined && previous.confidence !== undefined;
      const farApart = ocr || gap >= height * 1.5;
      text += !ocr && gap < height * 0.1 ? '' : farApart && cells ? ' | ' : ' ';
    }
    text += item.text;
    previous = item;
  }
  return text;
}

const CONTRACT = /^\s*(договор|контракт|contract|спецификац|келісімшарт|合同|vertrag|contrat|overeenkomst)/i;
const NUMBER_VALUE = new RegExp(String.raw`^#?\s*${DIGIT_NUMBER}$`, 'u');

export interface FoundNumber {
  number: string;
  line: PlacedLine;
}

/**
 * The invoice number: an explicit label first (it beats a bare "№", which also numbers contracts), then the
 * number after the document's title, then a label cell with the number below it, then "# …" alone on a line.
 */
export function findInvoiceNumber(lines: PlacedLine[]): FoundNumber | undefined {
  const candidates = lines.filter((l) => !CONTRACT.test(l.text));
  for (const pattern of [INVOICE_NUMBER, TITLED_INVOICE_NUMBER]) {
    for (const line of candidates) {
      const number = cellText(line, false).match(pattern)?.[1] ?? line.text.match(pattern)?.[1];
      if (number) return { number, line };
    }
  }
  const below = valueBelow(lines, NUMBER_CELL, (text) => text.match(NUMBER_VALUE)?.[1]);
  if (below) return { number: below.value, line: below.line };
  for (const line of candidates) {
    const number = line.text.match(HASH_NUMBER)?.[1];
    if (number) return { number, line };
  }
  return undefined;
}

/**
 * The invoice date: on the number's line ("Rechnung Nr. 42 vom 05.03.2018"), then on a line labelled as the
 * invoice date, then in the cell below such a label, then on any dated line that is not a delivery, due or
 * order date, and at last the first date printed.
 */
export function findInvoiceDate(lines: PlacedLine[], numberLine?: PlacedLine): string | undefined {
  const dateOf = (line: PlacedLine) => findDate(cellText(line, false)) ?? findDate(line.text);
  const other = (line: PlacedLine) => OTHER_DATE_LABEL.test(line.text);
  return (
    (numberLine && dateOf(numberLine)) ??
    lines.filter((l) => INVOICE_DATE_LABEL.test(l.text)).map((l) => datedAfterLabel(l)).find(Boolean) ??
    valueBelow(lines, DATE_CELL, (text) => findDate(text))?.value ??
    lines.filter((l) => DATE_LABEL.test(l.text) && !other(l)).map(dateOf).find(Boolean) ??
    lines.filter((l) => !other(l)).map(dateOf).find(Boolean) ??
    lines.map(dateOf).find(Boolean)
  );
}

/** The date after an invoice-date label on its line ("Order Date: 15-10-2015 Invoice Date: 20-10-2015"). */
function datedAfterLabel(line: PlacedLine): string | undefined {
  const text = cellText(line, false);
  const at = text.search(INVOICE_DATE_LABEL);
  return findDate(text.slice(Math.max(at, 0))) ?? findDate(text);
}

/**
 * A value printed in the cell under its label cell, in a row of labels over a row of values:
 * "Invoice Date: | Due Date:" over "03/20/2023 | 04/04/2023". The value cell is the one of the next line
 * that overlaps the label cell most.
 */
export function valueBelow<T>(lines: PlacedLine[], label: RegExp, read: (text: string) => T | undefined): { value: T; line: PlacedLine } | undefined {
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    if (!next || next.page !== line.page) continue;
    const height = line.box[3] - line.box[1];
    if (next.box[1] - line.box[3] > height * 1.5) continue;
    for (const cell of line.items.filter((i) => label.test(i.text.trim()))) {
      const overlap = (i: TextItem) => Math.min(i.box[2], cell.box[2]) - Math.max(i.box[0], cell.box[0]);
      const below = next.items.filter((i) => overlap(i) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      const value = below && read(below.text.trim());
      if (value !== undefined) return { value, line: next };
    }
  }
  return undefined;
}

const NUMBER_TOKEN = /\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/g;
const MONTH_DATE = /(\d{1,2})\.?\s+([\p{L}]{3,})\.?\s+\d{4}|([\p{L}]{3,})\.?\s+\d{1,2}\s*,?\s+\d{4}/gu;

/**
 * The amounts printed on a line: dates (numeric or with a month name) and percentages are not amounts. Two separators
 * in a row between digits are one, with a speck read beside it («126,.816.00», «32,.979,891.49» off a scan).
 */
export function amountsOnLine(line: TextLine): number[] {
  const cleaned = cellText(line)
    .replace(/(?<=\d)([.,])[.,](?=\d)/g, '$1')
    .replace(/\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}/g, ' ')
    .replace(MONTH_DATE, (date, _d, dayMonth?: string, monthDay?: string) => (monthOf(dayMonth ?? monthDay ?? '') ? ' ' : date))
    .replace(/\d+(?:[.,]\d+)?\s*%/g, ' ');
  return cleaned
    .split(' | ')
    .flatMap((cell) => cell.match(NUMBER_TOKEN) ?? [])
    .map((t) => parseAmount(t))
    .filter((n): n is number => n !== undefined);
}
