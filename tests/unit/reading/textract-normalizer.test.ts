import type { DocumentPage, TextItem } from '../../../lambdas/domain/document-model';
import {
  normalizeTextractBlocks,
  normalizeTextractExpense,
  type TextractBlocksResponse,
  type TextractExpenseResponse,
} from '../../../lambdas/domain/reading/ocr/textract-normalizer';
import { textractFixture } from '../../support/textract-fixtures';

const blocks = (file: string) => textractFixture<TextractBlocksResponse>(file);
const expense = (file: string) => textractFixture<TextractExpenseResponse>(file);

function findItem(page: DocumentPage, text: string): TextItem | undefined {
  return page.lines.flatMap((l) => l.items).find((i) => i.text === text);
}

function allBoxesInsidePage(pages: DocumentPage[]): boolean {
  return pages.every((p) =>
    p.lines.every((l) => [l.box, ...l.items.map((i) => i.box)].every(([x0, y0, x1, y1]) => 0 <= x0 && x0 <= x1 && x1 <= 1 && 0 <= y0 && y0 <= y1 && y1 <= 1)),
  );
}

describe('normalizeTextractBlocks on recorded DetectDocumentText / AnalyzeDocument responses', () => {
  test('DetectDocumentText (sync): one page of lines whose words keep their box and confidence', () => {
    // Prepare
    const response = blocks('test_detect_document_text.json');

    // Act
    const pages = normalizeTextractBlocks(response);

    // Assess
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page).toMatchObject({ page: 1, engine: 'textract', scripts: ['latin'], width: 1, height: 1 });
    expect(page.lines[0].text).toBe('Textractor Test');
    const title = findItem(page, 'Textractor Test')!;
    expect(title.words!.map((w) => w.text)).toEqual(['Textractor', 'Test']);
    expect(title.words![0].box).toEqual([0.1601, 0.1043, 0.6283, 0.1679]);
    expect(title.words![0].confidence).toBe(0.9988);
    expect(allBoxesInsidePage(pages)).toBe(true);
  });

  test('LINEs that Textract split at column gaps come back as one printed row with one item per cell', () => {
    // Prepare
    const response = blocks('test_detect_document_text.json');

    // Act
    const [page] = normalizeTextractBlocks(response);

    // Assess
    const row = page.lines.find((l) => l.text.startsWith('Cell 6'))!;
    expect(row.items.map((i) => i.text)).toEqual(['Cell 6', 'Cell 7', 'Cell 8', 'Cell 9', 'Cell 10']);
    expect(row.items.map((i) => i.box[0])).toEqual([...row.items.map((i) => i.box[0])].sort((a, b) => a - b));
  });

  test('GetDocumentTextDetection (async, 2 pages): blocks are split by their Page number', () => {
    // Prepare
    const response = blocks('test_textractor_start_document_text_detection.json');

    // Act
    const pages = normalizeTextractBlocks(response);

    // Assess
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0].lines.map((l) => l.text)).toContain('Page (1)');
    expect(pages[1].lines.map((l) => l.text)).toContain('Page (2)');
    expect(pages[1].lines.map((l) => l.text)).not.toContain('Page (1)');
  });

  test('AnalyzeDocument with TABLES: each table is a grid of cells with text, box, confidence and header flags', () => {
    // Prepare
    const response = blocks('test_detect_no_duplicate_words_sample-invoice.pdf.json');

    // Act
    const [page] = normalizeTextractBlocks(response);

    // Assess
    expect(page.tables).toHaveLength(3);
    const [header, services, totals] = page.tables!;
    expect({ rows: header.rows, columns: header.columns }).toEqual({ rows: 5, columns: 2 });
    expect(header.cells.find((c) => c.row === 1 && c.column === 2)).toMatchObject({ text: 'INV-3337', rowSpan: 1, columnSpan: 1, box: [0.7455, 0.1351, 0.9282, 0.1544], confidence: 0.939 });
    expect(services.cells.filter((c) => c.header).map((c) => c.text)).toEqual(['Hrs/Qty', 'Service', 'Rate/Price', 'Adjust', 'Sub Total']);
    expect(totals.cells.find((c) => c.text === 'Total' && c.column === 1)?.row).toBe(3);
    // The same text is in the lines too, so extraction that ignores tables still sees it.
    expect(page.lines.some((l) => l.items.some((i) => i.text === 'INV-3337'))).toBe(true);
  });

  test('merged cells appear once with their spans, and the table title is kept', () => {
    // Prepare
    const response = blocks('financial-document-response.json');

    // Act
    const [page] = normalizeTextractBlocks(response);

    // Assess
    const [table] = page.tables!;
    expect(table.title).toBe('The changes in total assets of these accounts were as follows:');
    expect(table.cells.find((c) => c.row === 2 && c.column === 2)).toMatchObject({ text: '(in millions of SDRs)', rowSpan: 1, columnSpan: 5, header: true });
    expect(table.cells.find((c) => c.row === 1 && c.column === 1)).toMatchObject({ rowSpan: 2, columnSpan: 1 });
    // Cells covered by a merged cell are not reported a second time.
    expect(table.cells.filter((c) => c.row === 2 && c.column >= 2 && c.column <= 6)).toHaveLength(1);
    expect(table.columns).toBe(6);
  });

  test('GetDocumentAnalysis (async, 3 pages): a table continuing across pages is one table per page', () => {
    // Prepare
    const response = blocks('gib_multi_page_table_merge.json');

    // Act
    const pages = normalizeTextractBlocks(response);

    // Assess
    expect(pages.map((p) => p.tables?.length)).toEqual([2, 1, 1]);
    expect(pages[1].tables![0].cells.find((c) => c.row === 1 && c.column === 2)?.text).toBe('Food Purchase - McDonalds - 2130609679');
  });

  test('the caller can give the real page size (read from the image header); boxes stay normalised', () => {
    // Prepare
    const response = blocks('test_detect_document_text.json');

    // Act
    const [page] = normalizeTextractBlocks(response, { pageSize: () => ({ width: 1700, height: 2200 }) });

    // Assess
    expect({ width: page.width, height: page.height }).toEqual({ width: 1700, height: 2200 });
    expect(page.lines[0].box[2]).toBeLessThanOrEqual(1);
  });
});

describe('normalizeTextractExpense on recorded AnalyzeExpense / GetExpenseAnalysis responses', () => {
  test('old format (no Blocks): the page text is rebuilt from the fields without printing anything twice', () => {
    // Prepare
    const response = expense('invoice-expense-response.json');

    // Act
    const { pages } = normalizeTextractExpense(response);

    // Assess
    expect(pages).toHaveLength(1);
    const texts = pages[0].lines.map((l) => l.text);
    // The four line items as rows of cells (the EXPENSE_ROW duplicates are gone).
    expect(pages[0].lines.find((l) => l.text.startsWith('Product 2'))!.items.map((i) => i.text)).toEqual(['Product 2', '2', '$106.04', '$212.08']);
    // ADDRESS, RECEIVER_ADDRESS and ADDRESS_BLOCK print the same lines: each appears once.
    expect(texts.filter((t) => t.includes('XZY Company'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('VAT ID:'))).toHaveLength(1);
    // A line that only the multi-line value carries survives ("The Receiver" has no field of its own).
    expect(texts).toContain('The Receiver');
    expect(findItem(pages[0], '123PQR456')).toMatchObject({ box: [0.8456, 0.1378, 0.9408, 0.1502], confidence: 0.9965 });
    expect(allBoxesInsidePage(pages)).toBe(true);
  });

  test('old format: summary fields and line items are exposed as typed ExpenseFields', () => {
    // Prepare
    const response = expense('invoice-expense-response.json');

    // Act
    const { expenses } = normalizeTextractExpense(response);

    // Assess
    expect(expenses).toHaveLength(1);
    const id = expenses[0].summary.find((f) => f.type === 'INVOICE_RECEIPT_ID')!;
    expect(id).toMatchObject({ page: 1, label: { text: 'INVOICE #' }, value: { text: '123PQR456', confidence: 0.9965 } });
    expect(id.value.box).toEqual([0.8456, 0.1378, 0.9408, 0.1502]);
    const items = expenses[0].lineItemGroups[0].lineItems;
    expect(items).toHaveLength(4);
    expect(items.map((i) => i.fields.find((f) => f.type === 'ITEM')?.value.text)).toEqual(['Product 1', 'Service 3', 'Product 2', 'Product 3']);
    expect(items[2].fields.find((f) => f.type === 'PRICE')?.value.text).toBe('$212.08');
  });

  test('new format (Blocks): lines come from the LINE/WORD blocks, and amounts carry their currency', () => {
    // Prepare
    const response = expense('test_analyze_expense_from_path.json');

    // Act
    const { pages, expenses } = normalizeTextractExpense(response);

    // Assess
    expect(pages).toHaveLength(1);
    expect(pages[0].lines.find((l) => l.text.startsWith('TOTAL'))!.items.map((i) => i.text)).toEqual(['TOTAL', '$1810.46']);
    expect(findItem(pages[0], 'MEGA MARKET PLUS')!.words).toHaveLength(3);
    const total = expenses[0].summary.find((f) => f.type === 'TOTAL')!;
    expect(total.value.text).toBe('$1810.46');
    expect(expenses[0].summary.some((f) => f.currency === 'USD')).toBe(true);
    expect(expenses[0].lineItemGroups[0].lineItems).toHaveLength(4);
  });

  test('GetExpenseAnalysis (2 pages, 2 invoices): pages, expense documents and party groups', () => {
    // Prepare
    const response = expense('analyzeExpenseResponse-multipage.json');

    // Act
    const { pages, expenses } = normalizeTextractExpense(response);

    // Assess
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[1].lines.map((l) => l.text)).toContain('Total: $5,715.00');
    expect(expenses.map((e) => e.index)).toEqual([1, 2]);
    expect(expenses[1].summary.every((f) => f.page === 2)).toBe(true);
    const receiverAddress = expenses[0].summary.find((f) => f.type === 'ADDRESS' && f.groups?.some((g) => g.types.includes('RECEIVER')));
    expect(receiverAddress?.value.text).toContain('Abstractors and Design Co.');
    expect(expenses.flatMap((e) => e.lineItemGroups.flatMap((g) => g.lineItems))).toHaveLength(8);
  });

  test('the NextToken pages of one job normalise to the same result as the whole response', () => {
    // Prepare: the recorded job split the way a paginated GetExpenseAnalysis returns it.
    const whole = expense('analyzeExpenseResponse-multipage.json');
    const [first, second] = whole.ExpenseDocuments!;
    const paged = [
      { ...whole, ExpenseDocuments: [first] },
      { ...whole, ExpenseDocuments: [second] },
    ];

    // Act
    const fromPages = normalizeTextractExpense(paged);

    // Assess
    expect(fromPages).toEqual(normalizeTextractExpense(whole));
  });

  test('a field without geometry or text yields no line, but is still exposed', () => {
    // Prepare
    const response = expense('expense-missing-geoms-response.json');

    // Act
    const { pages, expenses } = normalizeTextractExpense(response);

    // Assess
    expect(pages).toEqual([expect.objectContaining({ page: 1, lines: [] })]);
    expect(expenses[0].summary).toEqual([{ type: 'CITY', typeConfidence: 0.9931, value: { text: '', confidence: 0.9996 }, page: 1 }]);
  });
});
