import type { Box, ReadDocument, TextItem, TextLine } from '../../../lambdas/domain/document-model';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { withSideBySideRowsJoined } from '../../../lambdas/domain/extraction/goods-table';

/** An OCR'd item: text, left, top, width and height as fractions of the page, read at 0.95. */
type Cell = [text: string, x: number, y: number, width: number, height: number];

const item = ([text, x, y, width, height]: Cell): TextItem => {
  const box: Box = [x, y, x + width, y + height];
  return { text, box, confidence: 0.95, words: [{ text, box, confidence: 0.95 }] };
};

const line = (...cells: Cell[]): TextLine => {
  const items = cells.map(item);
  const box: Box = [Math.min(...items.map((i) => i.box[0])), Math.min(...items.map((i) => i.box[1])), Math.max(...items.map((i) => i.box[2])), Math.max(...items.map((i) => i.box[3]))];
  return { text: items.map((i) => i.text).join(' '), box, items };
};

const scan = (lines: TextLine[]): ReadDocument => ({ mediaType: 'application/pdf', pages: [{ page: 1, engine: 'tesseract', width: 2481, height: 3508, lines }] });

/**
 * Recorded on seed 41's 00100 page 1 (a Kazakh table scanned 1.4° askew, its rules taken off before OCR): each row's
 * description prints on two lines from the top of its cell and the numbers in the middle of the row, and OCR gave the
 * description's first line (with the quantity), the numbers, and the article number as three lines.
 */
const header = line(
  ['Р/с', 0.088, 0.363, 0.018, 0.008],
  ['ЕАЭО СЭҚ ТН коды', 0.12, 0.362, 0.106, 0.007],
  ['Шығарылған елі', 0.241, 0.362, 0.094, 0.008],
  ['Тауардың атауы', 0.349, 0.363, 0.117, 0.009],
  ['Саны', 0.627, 0.363, 0.035, 0.007],
  ['Өлш. бірл.', 0.677, 0.362, 0.063, 0.008],
  ['Бағасы, EUR', 0.753, 0.363, 0.072, 0.007],
  ['Сомасы, EUR', 0.839, 0.363, 0.075, 0.007],
);
const rows = [
  line(['Конусты роликті мойынтірек 30207, арт.', 0.35, 0.383, 0.259, 0.012], ['52', 0.65, 0.391, 0.014, 0.007]),
  line(['1', 0.088, 0.391, 0.005, 0.007], ['8482.20', 0.12, 0.391, 0.048, 0.007], ['Қытай', 0.241, 0.391, 0.039, 0.009], ['дана', 0.677, 0.393, 0.029, 0.007], ['23,59', 0.793, 0.391, 0.033, 0.008], ['1226,68', 0.861, 0.391, 0.052, 0.008]),
  line(['29956', 0.35, 0.397, 0.037, 0.007]),
  line(['Конусты роликті мойынтірек 33116, арт.', 0.35, 0.418, 0.259, 0.012], ['261', 0.643, 0.426, 0.021, 0.007]),
  line(['2', 0.088, 0.426, 0.006, 0.007], ['848220', 0.12, 0.426, 0.048, 0.007], ['Қытай', 0.241, 0.426, 0.039, 0.009], ['дана', 0.677, 0.428, 0.029, 0.007], ['25,34', 0.793, 0.426, 0.033, 0.008], ['6 613,74', 0.861, 0.426, 0.052, 0.008]),
  line(['83249', 0.349, 0.432, 0.037, 0.007]),
];

describe('one printed row OCR gave as lines side by side', () => {
  test('the description line beside the numbers line is one row, and the article number under them ends its description', () => {
    const lines = extractInvoice(scan([header, ...rows])).lines.map((l) => [l.description, l.hsCode, l.quantity, l.unitPrice, l.amount]);
    expect(lines).toEqual([
      ['Конусты роликті мойынтірек 30207, арт. 29956', '848220', 52, 23.59, 1226.68],
      ['Конусты роликті мойынтірек 33116, арт. 83249', '848220', 261, 25.34, 6613.74],
    ]);
  });

  test('only OCR lines that overlap in height by a quarter line or more, with no cell over another, are joined', () => {
    const placed = (l: TextLine) => ({ ...l, page: 1 });
    const [description, numbers] = [placed(rows[0]), placed(rows[1])];
    expect(withSideBySideRowsJoined([description, numbers]).map((l) => l.text)).toEqual(['1 8482.20 Қытай Конусты роликті мойынтірек 30207, арт. 52 дана 23,59 1226,68']);
    // The article number stands under the description's cell: not beside it.
    expect(withSideBySideRowsJoined([description, numbers, placed(rows[2])])).toHaveLength(2);
    // The description's line moved up: it overlaps the numbers by less than a quarter of their height.
    const higher = placed(line(['Конусты роликті мойынтірек 30207, арт.', 0.35, 0.3805, 0.259, 0.012], ['52', 0.65, 0.3805, 0.014, 0.007]));
    expect(withSideBySideRowsJoined([higher, numbers])).toHaveLength(2);
    // A text layer's lines are as printed.
    const printed = (l: TextLine) => ({ ...placed(l), items: l.items.map(({ confidence, ...rest }) => rest) });
    expect(withSideBySideRowsJoined([printed(rows[0]), printed(rows[1])])).toHaveLength(2);
  });
});
