import { unionBox, type Box, type TextItem } from '../document-model';
import type { GoodsLine } from '../invoice-model';
import { evidenceOf, type PlacedLine } from './header-fields';
import { amountReadings, amountsAgree, parseAmount, parseHsCode, reconcileAmounts, type LineAmounts } from './parse-values';
import { SUBTOTAL_LABEL, TOTAL_LABEL, type ColumnKind } from './vocabulary';
import {
  CODE_AND_NUMBER_COLUMNS, CONTINUATION_TOP, NUMBER_COLUMNS, columnOf, columnOfItem, continuesHeader, headerAt, joinedWords, noteDescriptionStart, repeatsHeaderInPart,
  type Column, type DescriptionStarts,
} from './goods-table-header';

/**
 * The goods table's rows, under the header goods-table-header.ts finds: each row read into a goods line (description,
 * HS code, quantity, unit, price and amount), with the invoice's own arithmetic to tell which number is which when OCR
 * ran cells together, and rows wrapped, stacked or continued on the next page put back together.
 */

/**
 * The goods lines of a document's tables, each with the page, box and text it came from. `namesPartyRole` tells a
 * line that opens a party block (the bank details under a table), which ends the table as its totals row does.
 */
export function extractGoodsLines(read: PlacedLine[], namesPartyRole: (line: PlacedLine) => boolean): GoodsLine[] {
  const lines = withSideBySideRowsJoined(read.flatMap(stackedRows));
  const goods: GoodsLine[] = [];
  const usualHeight = usualLineHeights(lines);
  const descriptionStarts: DescriptionStarts = new Map();
  const commaDecimals = decimalCommaDocument(lines);
  // OCR'd rows whose code cell gave no code of a printed length: withStrayRuleDigitsRemoved looks at them again.
  const printedHs = new Map<GoodsLine, string>();
  let columns: Column[] | undefined;
  /** The columns of the table the last page left open (no totals row closed it), for a continuation page. */
  let openColumns: Column[] | undefined;
  let carried: Column[] | undefined;
  let page = 0;
  let last: GoodsLine | undefined;
  /** Bottom of the last line the table took in: a row, its wrapped text, or a line of details under it. */
  let tableBottom = 0;
  /** Whether the last row had its row number: then a line without one is no new row. */
  let lastNumbered = false;
  /** Where the last row's numbers sit: the middle of its row, which a wrapped description surrounds. */
  let lastMiddle: number | undefined;
  /**
   * The text line most recently added to the last row's description, and the row as it was before: a row
   * printed with its description wrapped around its values line (text above and below, numbers in the middle)
   * takes it back. Without `row`, a line that was held for the row under it (opensNextRow).
   */
  let lastWrap: { row?: GoodsLine; description: string; before?: Pick<GoodsLine, 'description' | 'evidence' | 'hsCode'>; box: Box } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.page !== page) {
      page = line.page;
      columns = undefined; // a table continues on a new page only under a repeated header
      carried = openColumns;
      last = undefined;
    }
    const header = headerAt(lines, index);
    if (header) {
      // A repeated header OCR read in part at the top of a continuation page (its price and amount labels garbled into
      // «wera, 050 Game usD», its code label lost) is the header of the table the last page left open: that header's columns.
      columns = carried && !last && line.box[1] < CONTINUATION_TOP && repeatsHeaderInPart(header.columns, carried) ? carried : header.columns;
      openColumns = columns;
      last = undefined;
      index += header.consumed - 1;
      continue;
    }
    // A repeated header OCR read only in part («ТН ВЭД … Сумма» over «HS code Qty Unit …», its «№ / Товар» cells lost)
    // continues the table the last page left open when the labels it kept stand where that table's did.
    if (carried && !last && (!columns || columns === carried) && line.box[1] < CONTINUATION_TOP && continuesHeader(line, carried)) {
      columns = carried;
      continue;
    }
    // A table whose header OCR lost altogether (a shaded header band read as «. ок ‖ Ды ‖ екн») starts at its first
    // row that proves itself: its cells become the columns.
    if (!columns && !goods.length) columns = openColumns = columnsFromValuesRow(line);
    // A continuation page whose repeated header OCR lost altogether continues the table the last page left open (no
    // totals row closed it) at its first row that proves itself, in that table's columns.
    if (!columns && carried && !last && columnsFromValuesRow(line)) columns = carried;
    if (!columns) continue;
    // A line OCR boxed with next to no height (a speck or a rule's piece read as «SS», its box a sliver) is no line of
    // text: it neither adds to the table nor ends it, however far below the last row its sliver of a box starts.
    // Measured against the page's usual line, not the last row: a row boxed with a tall speck (a stamp read as «山册用用册山山»
    // down half the page) would make every line under it a sliver.
    if (last && line.items.some((i) => i.confidence !== undefined) && line.box[3] - line.box[1] < FLAT_LINE * (usualHeight.get(line.page) ?? 0)) continue;
    // A row far below the last one is not in the table (a footer, a note after a table without totals).
    if (last && line.page === last.evidence.page && line.box[1] - Math.max(last.evidence.box[3], tableBottom) > 4 * (line.box[3] - line.box[1])) {
      columns = undefined;
      continue;
    }
    // The totals row ends the table also behind a speck in its row-number cell («Қ» 50% | «Барлығы / Итого»).
    const labelItem = line.items[0] && rowNumberMisread(line.items[0]) ? line.items[1] : line.items[0];
    if (TOTAL_LABEL.test(labelItem?.text ?? '') || namesPartyRole(line)) {
      columns = undefined;
      openColumns = undefined;
      continue;
    }
    // A subtotal ("Subtotal $ 112.00" after a group of rows, "Nettobetrag: 496,00 €") is no row, and no text of one.
    if (SUBTOTAL_LABEL.test(line.items[0]?.text ?? '')) {
      tableBottom = line.box[3];
      continue;
    }
    const cells = new Map<ColumnKind | 'other', TextItem[]>();
    const tableColumns = columns;
    // A header that names no number column (OCR lost its right part: «# Description of goods | HS code» over
    // «CNC lathe | 845811 | 3 | pcs | 3877240.64 | 11631721.92») leaves the cells right of its last one unnamed.
    const headerEnd = columns.some((c) => c.kind && NUMBER_COLUMNS.has(c.kind)) ? Infinity : Math.max(...columns.map((c) => c.x1));
    const unnamed: TextItem[] = [];
    for (const item of line.items.flatMap((it, n) => cellsOfItem(it, tableColumns, n === 0))) {
      // A piece of a table rule OCR read as strokes («=——» in the quantity cell, «=———» under «№») is no cell: it would
      // take the place of the value beside it, or number a line of rule debris as a row.
      if (item.confidence !== undefined && RULE_DEBRIS.test(item.text)) continue;
      if (item.box[0] > headerEnd + 0.01) {
        unnamed.push(item);
        continue;
      }
      const kind = columnOfItem(descriptionStarts, item.box, tableColumns).kind ?? 'other';
      cells.set(kind, [...(cells.get(kind) ?? []), item]);
    }
    // A line of nothing but a rule's debris neither adds to the table nor ends it.
    if (!cells.size && !unnamed.length) continue;
    noteDescriptionStart(descriptionStarts, tableColumns, cells.get('description'));
    if (unnamed.length) nameByArithmetic(unnamed, cells);
    // A header whose amount label OCR ran into the price's («Unit price, CNY pa. CNY») leaves no amount column: the
    // rightmost of the numbers under the price is the amount.
    const priceItems = (cells.get('price') ?? []).flatMap((item) => item.words ?? [item]);
    if (!cells.has('amount') && priceItems.length > 1 && !tableColumns.some((c) => c.kind === 'amount') && WHOLE_NUMBER.test(priceItems[priceItems.length - 1].text)) {
      cells.set('amount', [priceItems[priceItems.length - 1]]);
      cells.set('price', priceItems.slice(0, -1));
    }
    // Likewise a header whose price label OCR lost («单位数量 | 金额» over «个 | 56 | 17064.18 | 955594.08»): of the
    // numbers under the quantity, the rightmost with its decimals is the price (prices stand right of quantities).
    const quantityItems = cells.get('qty') ?? [];
    if (!cells.has('price') && quantityItems.length > 1 && !tableColumns.some((c) => c.kind === 'price') && cells.has('amount') && WHOLE_NUMBER.test(quantityItems[quantityItems.length - 1].text)) {
      cells.set('price', [quantityItems[quantityItems.length - 1]]);
      cells.set('qty', quantityItems.slice(0, -1));
    }
    const text = (kind: ColumnKind | 'other') => cells.get(kind)?.map((i) => i.text).join(' ').trim();
    // A cell of several items is read whole, or by its rightmost item: numbers OCR spilled into a neighbour's column
    // («16,451.79 | 131,614.32» both under the price) still make a values row.
    const numeric = (kind: ColumnKind) => {
      const items = cells.get(kind);
      if (!items) return undefined;
      return parseAmount(text(kind)!) ?? (items.length > 1 ? parseAmount(items[items.length - 1].text) : undefined);
    };
    // A quantity printed with its unit («5件», «93,058 тонна») can sit under the unit's header, also where OCR lost the
    // quantity's label («数» «量单位单价»).
    // So can one whose own cell OCR filled with a speck without a digit («ТЕ» | «2 шт.»).
    if (!/\d/.test(text('qty') ?? '') && /^\d/.test(text('unit') ?? '')) {
      cells.set('qty', cells.get('unit')!);
      cells.delete('unit');
    }
    // A number beside the code under the code's label (the quantity's label lost to OCR, «Hs code aty Unit»: 848180 | 174)
    // is the quantity when it multiplies out with the price to the amount: one code, not a nine-digit one.
    const codeItems = cells.get('hs') ?? [];
    if (codeItems.length === 2 && !cells.has('qty') && CODE_LENGTHS.includes(codeItems[0].text.replace(/\D/g, '').length) && /^\d[\d.,]*$/.test(codeItems[1].text.trim())) {
      const [quantity, unitPrice, amount] = [parseAmount(codeItems[1].text), numeric('price'), numeric('amount')];
      if (quantity !== undefined && unitPrice !== undefined && amount !== undefined && amountsAgree(quantity, unitPrice, amount)) {
        cells.set('hs', [codeItems[0]]);
        cells.set('qty', [codeItems[1]]);
      }
    }
    // Likewise a number in a cell of its own at the end of the description's cell, where the header names no quantity
    // column (OCR lost its label: «Тауардың атауы | Өлш. бірл.» over «Бидай ұны T-550, арт. 87087 | 63 | 254,31 | 16 021,53»):
    // the quantity, when it multiplies out with the price to the amount. An article number in the text does not.
    const descriptionCell = cells.get('description') ?? [];
    const lastOfDescription = descriptionCell.at(-1);
    if (descriptionCell.length > 1 && !cells.has('qty') && !tableColumns.some((c) => c.kind === 'qty') && /^\d[\d\s.,]*$/.test(lastOfDescription!.text.trim())) {
      const [quantity, unitPrice, amount] = [parseAmount(lastOfDescription!.text), numeric('price'), numeric('amount')];
      if (quantity !== undefined && unitPrice !== undefined && amount !== undefined && amountsAgree(quantity, unitPrice, amount)) {
        cells.set('description', descriptionCell.slice(0, -1));
        cells.set('qty', [lastOfDescription!]);
      }
    }
    // The quantity, its unit and the price run together with no space between them («2件4,021.48»): three cells.
    const gluedIn = !cells.has('price') ? 'qty' : !cells.has('qty') ? 'price' : undefined;
    const glued = gluedIn && cells.get(gluedIn)?.length === 1 ? GLUED_QUANTITY_AND_PRICE.exec(text(gluedIn) ?? '') : undefined;
    if (glued) {
      const [item] = cells.get(gluedIn!)!;
      cells.set('qty', [{ ...item, text: glued[1], words: undefined }]);
      if (!cells.has('unit')) cells.set('unit', [{ ...item, text: glued[2], words: undefined }]);
      cells.set('price', [{ ...item, text: glued[3], words: undefined }]);
    }
    let description = text('description');
    const hasNumbers = ['qty', 'price', 'amount'].some((k) => numeric(k as ColumnKind) !== undefined);
    // A column rule read as a stroke before the first word («! Күштік транзистор»), either side of the row number.
    const withoutStroke = (text: string | undefined) => text?.replace(/^[!|¦]+\s+(?=[\p{L}\d])/u, '');
    description = withoutStroke(description);
    // A row's number, its code and its description OCR read as one run, over the description's column («15 7403110000
    // Катоды …», «9 (8413702100 Насос …», «116 7403110000. Катоды …»): the number goes and the code is the row's, when
    // its code cell holds none.
    // With the row number cut off already, a cell of its own left of the description (cellsOfItem), the code alone
    // leads («9» | «(8413702100 Насос …»).
    const descriptionStart = columns.find((c) => c.kind === 'description')?.x0 ?? 0;
    const numberApart = [...cells].some(([kind, items]) => kind !== 'description' && items.some((i) => ROW_NUMBER_CELL.test(i.text.trim()) && i.box[2] <= descriptionStart));
    const leadingCode = hasNumbers && !parseHsCode(text('hs') ?? '') ? description?.match(numberApart ? CODE_BEFORE_DESCRIPTION : ROW_NUMBER_AND_CODE) : undefined;
    if (leadingCode) description = description!.slice(leadingCode[0].length);
    // A row number OCR read as an item of its own at the start of the description's cell (a table whose «№» column
    // went unnamed: its header lost, the columns taken from a values row): a cell of its own, left of the text, is
    // no word of the description, whatever count of rows above it (rows OCR lost skew the count). Its «0» may be read
    // as a letter («2o»).
    const descriptionItems = cells.get('description') ?? [];
    if (description && hasNumbers && !cells.has('no') && descriptionItems.length > 1 && descriptionItems[0] === line.items[0] && ROW_NUMBER_ITEM.test(descriptionItems[0].text.trim()) && description.startsWith(descriptionItems[0].text)) {
      description = withoutStroke(description.slice(descriptionItems[0].text.length).trimStart());
    }
    // A row number read into the description («1 Frozen lamb», «[3 Насос»): the table's next ordinal goes, and on
    // a values row under a «№» column any leading number does (its own cell is empty; rows missed above skew the
    // count). A wrapped line keeps its numbers («200 MHz 2 ch»). Chinese OCR reads the dot as «。» or «，», with no
    // space after it («4。无缝钢管», «26，未锻轧锌»), or with nothing at all («10精炼铜阴极»): that one goes only when it is
    // the next ordinal, as a Chinese description may start with a number («3级…»).
    const ordinal = description?.match(/^[[(|]?(\d{1,3})(?:[.)\]|]?\s+|[。，、]\s*|(?=\p{Script=Han}))(?=\S)/u);
    const numberedValuesRow = hasNumbers && columns.some((c) => c.kind === 'no');
    const gluedToHan = /^\d+$/.test(ordinal?.[0] ?? '');
    if (description && ordinal && !cells.has('no') && ((numberedValuesRow && !gluedToHan) || Number(ordinal[1]) === goods.length + 1)) description = withoutStroke(description.slice(ordinal[0].length));
    // The row number itself misread, under a «№» column: a doubtful pair of letters («re» for 2, «la» for 1) that
    // starts left of the description column, or two such words where its two digits were read apart («ГЕ қ» for 9).
    const lead = cells.get('description')?.[0];
    if (description && !ordinal && numberedValuesRow && !cells.has('no') && lead) {
      const leadWords = lead.words ?? [lead];
      let misread: string | undefined;
      for (let n = 1; !misread && n <= Math.min(MAX_ROW_NUMBER_WORDS, leadWords.length); n++) {
        const words = leadWords.slice(0, n);
        const read = words.map((w) => w.text).join(' ');
        if (words.every((w) => w.box[0] < descriptionStart && rowNumberMisread(w)) && description.startsWith(read) && /^\s+\p{Lu}/u.test(description.slice(read.length))) misread = read;
      }
      if (misread) description = description.slice(misread.length).trimStart();
    }
    // A speck or rule end read as a quote before the first word («“Сандық осциллограф…»): a quote nothing closes.
    if (description && /^[“”"„‘'`]\s*\p{L}/u.test(description) && !/[“”"„‘’'`«»]/u.test(description.slice(1))) description = description.slice(1).trimStart();
    const lineHeight = line.box[3] - line.box[1];
    // Report layouts print details under each row (article number, GTIN, gross price, notes): lines close under
    // the table that are no row keep it open.
    const underTable = last !== undefined && line.box[1] - tableBottom < DETAIL_LINE_GAP * lineHeight;
    // A row whose amount is printed on its second text line, under the amount column («4012345001235 | 198,00»).
    if (last && last.amount === undefined && numeric('amount') !== undefined && numeric('qty') === undefined && line.box[1] - last.evidence.box[3] < 0.5 * lineHeight) {
      const quantity = last.quantity !== undefined ? [last.quantity] : [];
      const unitPrice = last.unitPrice !== undefined ? [last.unitPrice] : [];
      last.amount = reconcileAmounts({ quantity, unitPrice, amount: amountReadings(text('amount')!) }).amount;
      last.evidence = { ...last.evidence, box: unionBox([last.evidence.box, line.box]), text: `${last.evidence.text} ${line.text}` };
      tableBottom = line.box[3];
      continue;
    }
    // On a text layer, a goods row under another has a description, its row number when the rows are numbered,
    // and else two of quantity, price and amount (or an HS code): "Bruttopreis : 100,0000" or "1 Stk" under a
    // row is one of its details.
    const printedNumbers = ['qty', 'price', 'amount'].filter((k) => numeric(k as ColumnKind) !== undefined).length;
    const textLayer = !line.items.some((i) => i.confidence !== undefined);
    const unnumbered = !cells.has('no') && (lastNumbered || (printedNumbers < 2 && !cells.has('hs')));
    let wrappedAbove: typeof lastWrap;
    // A values row without text right under a wrapped line: that line opened this row's description. So does a
    // line held for this row, before the row's own text.
    if (hasNumbers && (!description || !lastWrap?.row) && lastWrap && !unnumbered && line.box[1] - lastWrap.box[3] < 0.5 * lineHeight) {
      if (lastWrap.row && lastWrap.before) {
        Object.assign(lastWrap.row, lastWrap.before);
        if (lastWrap.before.hsCode === undefined) delete lastWrap.row.hsCode;
      }
      description = description ? `${lastWrap.description} ${description}` : lastWrap.description;
      wrappedAbove = lastWrap;
    }
    // An OCR'd line with a single number and neither a code nor a row number is no goods row either: a page footer
    // («第1页 , 共2页»), a speck, or a total printed without its label («87883.13 USD»). With no text at all, it also
    // parts the row above from the lines under it (the «增值税 : 0%» after a total is no wrapped description).
    const loneNumber = !textLayer && printedNumbers < 2 && !cells.has('hs') && !cells.has('no') && !ordinal;
    if (hasNumbers && loneNumber && !description) {
      last = undefined;
      lastWrap = undefined;
      continue;
    }
    if (hasNumbers && ((last && textLayer && (!description || unnumbered)) || loneNumber)) {
      if (underTable) tableBottom = line.box[3];
      else columns = undefined;
      continue;
    }
    if (!hasNumbers) {
      // A wrapped description continues the row above; anything else is a detail line close under the table,
      // or ends it.
      // …when it follows closely (a page footer after the last row is not part of its description).
      const near = last !== undefined && line.box[1] - last.evidence.box[3] < 1.5 * (line.box[3] - line.box[1]);
      if (description && cells.size <= 2 && (opensNextRow(line, lines[index + 1], last) || nearerNextRow(line, lines[index + 1], lastMiddle, columns))) {
        lastWrap = { description, box: line.box };
        continue;
      }
      // A line with a code of its own under a row that has one is a row whose numbers OCR lost, not wrapped text.
      const ownCode = last?.hsCode !== undefined && (parseHsCode(text('hs') ?? '') ?? codeOfCell(text('hs'))) !== undefined;
      // …nor is a speck under it: a letter or two OCR doubted, beside a rule's strokes («= | Е | = | =]»).
      const speck = (cells.get('description') ?? []).every((i) => i.text.length <= 2 && (i.words ?? [i]).every((w) => (w.confidence ?? 1) < SPECK_CONFIDENCE));
      if (description && last && cells.size <= 2 && !ownCode && !speck && (near || line.page !== last.evidence.page) && !RULE_TEXT.test(description)) {
        lastWrap = { row: last, description, before: { description: last.description, evidence: last.evidence, hsCode: last.hsCode }, box: line.box };
        last.description = last.description ? `${last.description} ${description}` : description;
        last.evidence = { ...last.evidence, box: unionBox([last.evidence.box, line.box]), text: `${last.evidence.text} ${line.text}` };
        const code = !last.hsCode ? parseHsCode(text('hs') ?? '') : undefined;
        if (code) last.hsCode = code;
        tableBottom = line.box[3];
        continue;
      }
      if (underTable) tableBottom = line.box[3];
      else if (goods.length) columns = undefined;
      continue;
    }
    let hsText = leadingCode?.[1] ?? text('hs') ?? (description && /(hs|тн\s*вэд|код)/i.test(description) ? description : '') ?? '';
    // The code in a column the header did not name (its label misread), or run into the description cell.
    if (!parseHsCode(hsText)) {
      // Cell by cell as well: a header cell OCR lost leaves the code and its neighbours unnamed together («8544 49 9101 |
      // 1,483 | m» under «нӛсойе», «Qty» lost), and their joined text is no code.
      // So is a code beside the row number under its label («No. | Goods» over «1 | 852691 | GNSS navigation receiver»,
      // «HS code» lost): no row number runs to six digits.
      const longNumbers = (cells.get('no') ?? []).filter((i) => i.text.replace(/\D/g, '').length >= CODE_LENGTHS[0]);
      const unnamed = [...(cells.get('other') ?? []), ...(cells.get('origin') ?? []), ...longNumbers];
      const other = [text('other') ?? text('origin'), ...unnamed.map((i) => i.text)].find((t) => t && parseHsCode(t));
      const spilled = description?.match(HS_AT_EDGE);
      if (other) hsText = other;
      // Without a code column (its label lost to OCR), a code in a cell of its own right of the description text.
      else if (spilled && (columns.some((c) => c.kind === 'hs') || codeInCellOfItsOwn(cells.get('description') ?? [], spilled[1] ?? spilled[2]))) {
        hsText = spilled[1] ?? spilled[2];
        description = description!.replace(spilled[0], ' ').trim();
      }
    }
    const ocr = line.items.some((i) => i.confidence !== undefined);
    if (ocr && description) description = withoutTrailingSpecks(description, cells.get('description') ?? []);
    // A cell of several items is OCR spill («10+ | 16,849.38», «pc | 25,551.72»): numbers are right-aligned, so
    // the rightmost item is read first, then the whole cell, then the other items.
    const readings = (kind: ColumnKind) => {
      const items = cells.get(kind) ?? [];
      const texts = items.length > 1 ? [items[items.length - 1].text, text(kind) ?? '', ...items.slice(0, -1).map((i) => i.text)] : [text(kind) ?? ''];
      const all = texts.flatMap((t) => amountReadings(t));
      const unique = all.filter((v, i) => all.findIndex((w) => Math.abs(w - v) < 1e-9) === i && v < 1e15);
      return kind === 'qty' && commaDecimals ? withCommaAsDecimal(unique, text(kind) ?? '') : unique;
    };
    const read = { quantity: readings('qty'), unitPrice: readings('price'), amount: readings('amount'), printedAmount: text('amount'), printedPrice: text('price') };
    const asRead = reconcileAmounts(read);
    // Only an OCR'd row that does not multiply out as read is worth a second look (derive only adds to a failed one).
    const amounts = !ocr || multipliesOut(asRead) ? asRead : (splitPriceAndAmount(read.quantity, [...(cells.get('price') ?? []), ...(cells.get('amount') ?? [])]) ?? reconcileAmounts(read, true));
    // A code printed with its dots («8482.20») under the quantity's header, the code's own label lost to OCR («HSs 编码
    // 数量» named the quantity only), when the row's arithmetic took another number for the quantity.
    const codeUnderQuantity = amounts.quantity === undefined ? undefined : cells.get('qty')?.map((i) => i.text.trim()).find((t) => DOTTED_CODE.test(t) && parseAmount(t) !== amounts.quantity);
    const row: GoodsLine = {
      description: description ?? '',
      hsCode: parseHsCode(hsText) ?? codeOfCell(text('hs')) ?? (codeUnderQuantity && parseHsCode(codeUnderQuantity)),
      quantity: amounts.quantity,
      // A unit printed in the quantity's cell («52,144 тонна») when no column of its own holds one.
      unit: text('unit') ?? QUANTITY_CELL.exec(text('qty') ?? '')?.[2],
      unitPrice: amounts.unitPrice,
      amount: amounts.amount,
      evidence: wrappedAbove ? { page: line.page, box: unionBox([wrappedAbove.box, line.box]), text: `${wrappedAbove.description} ${line.text}` } : evidenceOf(line),
    };
    for (const key of Object.keys(row) as Array<keyof GoodsLine>) if (row[key] === undefined || row[key] === '') delete row[key];
    // Only a cell that holds a code may have its rule digits taken off: not an article number in the description.
    const codeCell = leadingCode?.[1] ?? text('hs') ?? text('other');
    if (ocr && codeCell && !CODE_LENGTHS.includes(row.hsCode?.length ?? 0)) printedHs.set(row, codeCell);
    goods.push(row);
    last = row;
    lastWrap = undefined;
    lastNumbered = cells.has('no');
    lastMiddle = numbersMiddle(line, columns);
    tableBottom = line.box[3];
  }
  withStrayRuleDigitsRemoved(goods, printedHs);
  return goods.filter((g) => g.description);
}

/**
 * One printed row OCR gave as two lines side by side: a description cell of two lines printed from the cell's top,
 * read as a line of its own, beside the row's numbers printed in the middle of the row («Конусты роликті мойынтірек
 * 30207, арт. | 52» over «1 | 8482.20 | Қытай | дана | 23,59 | 1226,68»; the table's rules taken off the scan, nothing
 * holds the two together). The two overlap in height by less than half a line, so the reading kept them apart; they
 * are one row when their items stand side by side, none over another. OCR'd lines only.
 */
export function withSideBySideRowsJoined(lines: PlacedLine[]): PlacedLine[] {
  const joined: PlacedLine[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && sideBySide(previous, line)) {
      const items = [...previous.items, ...line.items].sort((a, b) => a.box[0] - b.box[0]);
      joined[joined.length - 1] = { ...previous, items, text: items.map((i) => i.text).join(' '), box: unionBox(items.map((i) => i.box)) };
    } else joined.push(line);
  }
  return joined;
}

function sideBySide(a: PlacedLine, b: PlacedLine): boolean {
  if (a.page !== b.page || [...a.items, ...b.items].some((i) => i.confidence === undefined)) return false;
  const overlap = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
  if (overlap < SIDE_BY_SIDE_OVERLAP * Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1])) return false;
  return a.items.every((i) => b.items.every((j) => Math.min(i.box[2], j.box[2]) <= Math.max(i.box[0], j.box[0])));
}

/** Share of the shorter line's height two lines of one row overlap by at least (a two-line cell beside one-line cells: about a third). */
const SIDE_BY_SIDE_OVERLAP = 0.25;

/**
 * Two table rows OCR took for one text line (a skewed scan: the cells of one row stand level with the next row's
 * neighbours): «13 7403110000 Катоды …» under «7403110000 | Катоды …», «65,7 тн» over «131,79 тн». A line is no text
 * line when two of its items stand one over the other; it is cut at the widest gap between its items' middles (each
 * item's middle that of its confidently read words, past a rule's stroke beside them), when that gap is a word's
 * height at least and neither part has two items one over the other. Lines with text-layer items stay whole.
 */
function stackedRows(line: PlacedLine): PlacedLine[] {
  const items = line.items;
  if (items.length < 4 || items.some((i) => i.confidence === undefined)) return [line];
  const overlaps = (a: TextItem, b: TextItem) => Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]) > 0.5 * Math.min(a.box[2] - a.box[0], b.box[2] - b.box[0]);
  const stacked = (group: TextItem[]) => group.some((a, i) => group.slice(i + 1).some((b) => overlaps(a, b)));
  if (!stacked(items)) return [line];
  const middleOf = (item: TextItem) => {
    const sure = (item.words ?? []).filter((w) => (w.confidence ?? 1) >= STACKED_WORD_CONFIDENCE);
    const boxes = (sure.length ? sure : [item]).map((w) => (w.box[1] + w.box[3]) / 2).sort((a, b) => a - b);
    return boxes[Math.floor(boxes.length / 2)];
  };
  const middles = items.map(middleOf);
  const sorted = [...middles].sort((a, b) => a - b);
  let cut = 1;
  for (let k = 2; k < sorted.length; k++) if (sorted[k] - sorted[k - 1] > sorted[cut] - sorted[cut - 1]) cut = k;
  const heights = items.flatMap((i) => i.words ?? [i]).map((w) => w.box[3] - w.box[1]).sort((a, b) => a - b);
  if (sorted[cut] - sorted[cut - 1] < heights[Math.floor(heights.length / 2)]) return [line];
  const threshold = (sorted[cut] + sorted[cut - 1]) / 2;
  const parts = [items.filter((_, i) => middles[i] < threshold), items.filter((_, i) => middles[i] >= threshold)];
  // Both parts rows: each of two cells read with confidence or more, and cells of the two standing one over the other
  // (specks and a garbled band above a header are no row).
  const [upper, lower] = parts.map((part) => part.filter(isReadCell));
  if (parts.some(stacked) || upper.length < 2 || lower.length < 2 || !upper.some((a) => lower.some((b) => overlaps(a, b)))) return [line];
  return parts.map((part) => ({ ...line, items: part, text: part.map((i) => i.text).join(' '), box: unionBox(part.map((i) => i.box)) }));
}

/** An OCR'd cell of content: a word of three letters or a number, read with STACKED_WORD_CONFIDENCE at least. */
const isReadCell = (item: TextItem) => (item.confidence ?? 1) >= STACKED_WORD_CONFIDENCE && /\p{L}{3}|\d/u.test(item.text);

/** Words read at least this confidently give an item's height on its line; a rule's stroke («Е» 65%) does not. */
const STACKED_WORD_CONFIDENCE = 0.8;

/** A line lower than this share of the page's usual line is a sliver OCR boxed around a speck or a rule, not text. */
const FLAT_LINE = 0.2;

/** The median height of each page's lines. */
function usualLineHeights(lines: PlacedLine[]): Map<number, number> {
  const byPage = new Map<number, number>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const heights = lines.filter((l) => l.page === page).map((l) => l.box[3] - l.box[1]).sort((a, b) => a - b);
    byPage.set(page, heights[Math.floor(heights.length / 2)]);
  }
  return byPage;
}

/**
 * A description printed in two lines around its values row, where OCR put the lower line on the row («Интегралды
 * микросхема» above «3 | (микроконтроллер) Cortex-M4 LQFP100 | 8542 31 901 0 | 11905 …»): the upper line
 * overlaps the row under it, or touches it, and keeps more than a line's height from the row above.
 */
function opensNextRow(line: PlacedLine, next: PlacedLine | undefined, last: GoodsLine | undefined): boolean {
  if (!next || next.page !== line.page || !/\d/.test(next.text)) return false;
  const height = line.box[3] - line.box[1];
  const gapAbove = last && last.evidence.page === line.page ? line.box[1] - last.evidence.box[3] : Infinity;
  return next.box[1] - line.box[3] < 0.25 * height && gapAbove > height;
}

/**
 * A description line between two rows whose values sit in the middle of their cells (each description in two lines,
 * OCR putting the values on the lower one): the line belongs to the row whose numbers are clearly nearer, so the head
 * of the next row is not taken for the tail of the one above.
 */
function nearerNextRow(line: PlacedLine, next: PlacedLine | undefined, lastMiddle: number | undefined, columns: Column[]): boolean {
  // Only a line that touches the row under it, as a wrapped cell's upper line does (the values row takes it back then).
  if (!next || next.page !== line.page || lastMiddle === undefined || next.box[1] - line.box[3] >= 0.5 * (line.box[3] - line.box[1])) return false;
  const nextMiddle = numbersMiddle(next, columns);
  if (nextMiddle === undefined) return false;
  const middle = (line.box[1] + line.box[3]) / 2;
  return Math.abs(nextMiddle - middle) < NEARER_ROW * Math.abs(middle - lastMiddle);
}

const NEARER_ROW = 0.6;

/** The vertical middle of a values row's numbers (row number, quantity, price, amount), when it prints two of them. */
function numbersMiddle(line: PlacedLine, columns: Column[]): number | undefined {
  const numbers = line.items
    .flatMap((item) => cellsOfItem(item, columns))
    .map((item) => ({ item, kind: columnOf(item.box, columns).kind }))
    .filter(({ item, kind }) => kind !== undefined && (kind === 'no' || NUMBER_COLUMNS.has(kind)) && /^[^\p{L}]{0,2}\d/u.test(item.text));
  if (new Set(numbers.map((n) => n.kind)).size < 2) return undefined;
  const middles = numbers.map(({ item }) => (item.box[1] + item.box[3]) / 2).sort((a, b) => a - b);
  return middles[Math.floor(middles.length / 2)];
}

const multipliesOut = ({ quantity, unitPrice, amount }: LineAmounts) => quantity !== undefined && unitPrice !== undefined && amount !== undefined && amountsAgree(quantity, unitPrice, amount);

/** More number words than a price and an amount with a speck or two between them: not two run-together cells. */
const MAX_SPLIT_WORDS = 8;

/**
 * OCR runs the price and amount cells together, or files the price's digit groups under the amount
 * («1 352,34 Гг 59 502,96», «1 498,87. 13 489,83.»): when the cells as read do not multiply out, their number
 * words are cut into a price and the amount after it every way in turn (leading specks such as «5» may be
 * dropped), and the first cut that multiplies out with the quantity is taken.
 */
function splitPriceAndAmount(quantities: number[], items: TextItem[]): LineAmounts | undefined {
  const words = items
    .flatMap((item) => item.words ?? [item])
    .filter((w) => NUMERIC_WORD.test(w.text))
    .sort((a, b) => a.box[0] - b.box[0])
    .map((w) => w.text);
  if (!quantities.length || words.length < 2 || words.length > MAX_SPLIT_WORDS) return undefined;
  for (let start = 0; start < words.length - 1; start++) {
    for (let cut = start + 1; cut < words.length; cut++) {
      const prices = amountReadings(words.slice(start, cut).join(' '));
      const amounts = amountReadings(words.slice(cut).join(' '));
      for (const quantity of quantities) {
        for (const unitPrice of prices) {
          const amount = amounts.find((a) => amountsAgree(quantity, unitPrice, a));
          if (amount !== undefined) return { quantity, unitPrice, amount };
        }
      }
    }
  }
  return undefined;
}

/** Lengths an HS or national tariff code is printed in: HS 6, CN and HTS 8, TN VED and HTS 10 digits. */
export const CODE_LENGTHS = [6, 8, 10];

/**
 * The code cell as OCR read it, when parseHsCode finds no code in it: OCR spaces a code's digits anew («1 512.19.1000»
 * for 1512.19.1000; parseHsCode wants the first group whole, as it also reads codes out of text), leaves specks
 * beside it («Г») and runs the next cell into it («1512191000 26731н»). The leading words of digits and dots whose
 * digits make a code's length, the most of them that do, are the code; specks of one or two characters go first.
 */
function codeOfCell(cell: string | undefined): string | undefined {
  const words = (cell ?? '').split(/\s+/).map((w) => w.replace(/^[[(|]+|[.,:;)\]|]+$/g, '')).filter((w) => /\d/.test(w) || [...w].length > 2);
  for (let k = words.length; k > 0; k--) {
    const lead = words.slice(0, k);
    if (!lead.every((w) => /^\d[\d.]*$/.test(w))) continue;
    const digits = lead.join('').replace(/\D/g, '');
    if (CODE_LENGTHS.includes(digits.length)) return digits;
  }
  return undefined;
}

/**
 * A ten-digit code with a rule read as «1» before it («18541290000»): too long for parseHsCode, still a code's
 * cell (withStrayRuleDigitsRemoved reads it back). Shorter codes with a rule digit are within parseHsCode's range.
 */
const RULED_TEN_DIGIT_CODE = /^1\d{10}$/;

/**
 * A table rule read as «1» before a code («1720221», «18541290000»): a code of no printed length whose extra
 * leading digits are all 1 is read at the length the document's other codes have, when most agree on one.
 */
function withStrayRuleDigitsRemoved(goods: GoodsLine[], printedHs: Map<GoodsLine, string>): void {
  const lengths = goods.flatMap((g) => (g.description && g.hsCode && CODE_LENGTHS.includes(g.hsCode.length) ? [g.hsCode.length] : []));
  const count = (n: number) => lengths.filter((l) => l === n).length;
  // Agreement: two codes or more, and more than half of them.
  const usual = CODE_LENGTHS.find((n) => count(n) >= 2 && count(n) > lengths.length / 2);
  if (!usual) return;
  for (const [row, printed] of printedHs) {
    if (row.hsCode && CODE_LENGTHS.includes(row.hsCode.length)) continue; // a wrapped line gave it a code since
    // The code as printed, or its longest word when the cell holds more («3 18541290000»: the row number joined).
    const runs = [printed.match(/\d[\d\s.]*\d/)?.[0] ?? '', ...printed.split(/\s+/)].map((r) => r.replace(/\D/g, ''));
    const digits = runs.find((d) => d.length > usual && !CODE_LENGTHS.includes(d.length) && /^1+$/.test(d.slice(0, d.length - usual)));
    if (digits) row.hsCode = digits.slice(-usual);
  }
}

/**
 * Cells right of a header that names no number column, named by what they hold: of the numbers, in order, the
 * last three where quantity × price = amount are those three (an unchecked guess would misplace a column), and a
 * word between quantity and price is the unit. Anything else stays unnamed ('other').
 */
function nameByArithmetic(items: TextItem[], cells: Map<ColumnKind | 'other', TextItem[]>): void {
  const readings = items.map((item) => (/^[^\p{L}]*\d[\d\s.,'’]*$/u.test(item.text.trim()) ? amountReadings(item.text) : []));
  const triple = lastAgreeingTriple(readings);
  if (!triple) {
    cells.set('other', [...(cells.get('other') ?? []), ...items]);
    return;
  }
  const [i, j, k] = triple;
  cells.set('qty', [items[i]]);
  cells.set('price', [items[j]]);
  cells.set('amount', [items[k]]);
  const unit = items.slice(i + 1, j).find((item) => UNIT_CELL.test(item.text.trim()));
  if (unit) cells.set('unit', [unit]);
  const named = new Set([items[i], items[j], items[k], unit]);
  const rest = items.filter((item) => !named.has(item));
  if (rest.length) cells.set('other', [...(cells.get('other') ?? []), ...rest]);
}

/**
 * Positions (i < j < k) of the last three numbers, scanning from the right, where some reading of each multiplies
 * out (quantity × price = amount): a printed «52,144» is 52.144 tonnes when that is what the amount says.
 */
function lastAgreeingTriple(readings: number[][]): [number, number, number] | undefined {
  const agree = (qs: number[], ps: number[], as: number[]) => qs.some((q) => ps.some((p) => as.some((a) => amountsAgree(q, p, a))));
  for (let k = readings.length - 1; k >= 2; k--) {
    for (let j = k - 1; j >= 1; j--) {
      for (let i = j - 1; i >= 0; i--) {
        if (agree(readings[i], readings[j], readings[k])) return [i, j, k];
      }
    }
  }
  return undefined;
}

const UNIT_CELL = /^\p{L}[\p{L}.]{0,9}$/u;

/** A number printed with a decimal comma (cents: «1 270,00», «49448,84»), and one with a thousands comma before a decimal point. */
const DECIMAL_COMMA = /(?<![\d.,])\d+,\d{2}(?![\d.,])/gu;
const DECIMAL_POINT = /(?<![\d.,])\d+\.\d{2}(?![\d.,])/gu;
const THOUSANDS_COMMA = /\d,\d{3}\.\d/u;
/** Amounts with a decimal comma a document must print for its commas to be decimal ones. */
const MIN_DECIMAL_COMMAS = 3;

/**
 * Whether the document writes its decimals with a comma («1 270,00», «49 448,84»): more amounts with a comma and two
 * decimals than with a point (an HS code «1101.00» reads as one), and no comma before three digits and a point.
 */
function decimalCommaDocument(lines: PlacedLine[]): boolean {
  let commas = 0;
  let points = 0;
  for (const line of lines) {
    const text = line.items.map((i) => i.text).join(' ');
    if (THOUSANDS_COMMA.test(text)) return false;
    commas += text.match(DECIMAL_COMMA)?.length ?? 0;
    points += text.match(DECIMAL_POINT)?.length ?? 0;
  }
  return commas >= MIN_DECIMAL_COMMAS && commas > points;
}

/**
 * A quantity's readings with the decimal one first where a single comma stands before three digits («126,352 т»): in a
 * document that writes decimals with a comma it is no thousands separator. Read first as 126 352, a row whose price OCR
 * lost would take a price of 1,50 from its amount, not the 1 500,00 the table prints.
 */
function withCommaAsDecimal(readings: number[], text: string): number[] {
  const single = text.trim().match(/^(\d{1,3}),(\d{3})(?![\d.,])/u);
  if (!single) return readings;
  const decimal = Number(`${single[1]}.${single[2]}`);
  const at = readings.findIndex((v) => Math.abs(v - decimal) < 1e-9);
  return at > 0 ? [decimal, ...readings.slice(0, at), ...readings.slice(at + 1)] : readings;
}

/**
 * A row number OCR read into the description's cell («16 ! Мука …», «124 Коммутатор …» with the rule before it read
 * as 1, «[29 Мука …»): left there when the table's header was lost, so that no «№» column tells the number from the
 * text. The table is numbered when most of its OCR'd rows start so, with numbers that differ and mostly rise: then
 * each row's number goes (two numbers in a row, two rows run together, when they follow each other), and a row whose
 * number OCR made letters of («іп ' Мука …», «ЕТЕ Мука …») loses that short word when what follows starts the
 * descriptions of other rows and the word starts none.
 */
export function withRowNumbersCut(goods: GoodsLine[], ocrPages: ReadonlySet<number>): void {
  const rows = goods.filter((g) => ocrPages.has(g.evidence.page));
  withRowNumbersGluedToHan(rows);
  const leading = rows.map((g) => g.description.match(LEADING_ROW_NUMBER));
  const numbers = leading.flatMap((m) => (m ? [Number(m[1])] : []));
  if (numbers.length < 3 || numbers.length < rows.length / 2 || new Set(numbers).size < 0.8 * numbers.length) return;
  const rising = numbers.slice(1).filter((n, i) => n > numbers[i]).length;
  if (rising < 0.5 * (numbers.length - 1)) return;
  const cut = rows.map((g, i) => {
    const m = leading[i];
    if (!m) return g.description;
    const second = g.description.slice(m[0].length).match(LEADING_ROW_NUMBER);
    const rest = second && Number(second[1]) === Number(m[1]) + 1 ? g.description.slice(m[0].length + second[0].length) : g.description.slice(m[0].length);
    return /^\p{L}/u.test(rest) ? rest : g.description;
  });
  const firstWord = (text: string) => text.split(/\s+/)[0];
  const starts = new Map<string, number>();
  cut.forEach((text, i) => leading[i] && text !== rows[i].description && starts.set(firstWord(text), (starts.get(firstWord(text)) ?? 0) + 1));
  rows.forEach((g, i) => {
    if (leading[i]) {
      g.description = cut[i];
      return;
    }
    const junk = g.description.match(LETTERS_FOR_ROW_NUMBER);
    const rest = junk ? g.description.slice(junk[0].length) : '';
    if (junk && (starts.get(firstWord(rest)) ?? 0) >= 2 && !starts.has(junk[1]) && /^\p{Lu}/u.test(rest)) g.description = rest;
  });
}

/** A row number starting a description, a bracket or a rule's stroke before or after it: group 1 is the number. */
const LEADING_ROW_NUMBER = /^[[(|]?(\d{1,3})[.)\]|]?\s+(?:[!|¦'‘’"“]\s+)?/u;

/** A row number OCR ran into a Chinese description, with no space or mark between («10精炼铜阴极 M00k»). */
const ROW_NUMBER_BEFORE_HAN = /^(\d{1,3})(?=\p{Script=Han})/u;

/** How far a row number may stand from the row's place in the table (rows OCR lost or split before it): 3, or a tenth. */
const rowNumberDrift = (place: number) => Math.max(3, 0.1 * place);

/**
 * Row numbers run into Chinese descriptions: the rows that start so with a number near their place in the table
 * (rowNumberDrift), when there are three or more and their numbers rise with the rows, are the table's numbers and
 * go (seed 29's 00311: «10精炼铜阴极» to «17精炼铜阴极», and «56精炼铜阴极» on row 52; the rows between had their
 * number in a cell of their own). A Chinese description that starts with a number («3级…») does not follow its row.
 */
function withRowNumbersGluedToHan(rows: GoodsLine[]): void {
  const glued = rows.flatMap((g, i) => {
    const m = g.description.match(ROW_NUMBER_BEFORE_HAN);
    const n = m ? Number(m[1]) : NaN;
    return m && Math.abs(n - (i + 1)) <= rowNumberDrift(i + 1) ? [{ g, n, length: m[0].length }] : [];
  });
  if (glued.length < 3 || !glued.every((r, k) => k === 0 || r.n > glued[k - 1].n)) return;
  for (const r of glued) r.g.description = r.g.description.slice(r.length);
}
/** One to three letters OCR made of a row number, a speck after them: group 1 is the word. */
const LETTERS_FOR_ROW_NUMBER = /^(\p{L}{1,3})\s+(?:[!|¦'‘’"“]\s+)?/u;

/** Words OCR may make of one row number. */
const MAX_ROW_NUMBER_WORDS = 2;

/** What OCR makes of a row number it cannot read: one or two letters it doubts. */
function rowNumberMisread(word: TextItem): boolean {
  return word.confidence !== undefined && word.confidence < 0.8 && /^\p{L}{1,2}$/u.test(word.text);
}

/**
 * Columns read off one OCR'd row of a table without a header: an optional row number and HS code, a description
 * (the first cell with a word), an HS code when it was not before it, then numbers of which three multiply out
 * (quantity × price = amount), a unit printed with or after the quantity. Undefined unless the arithmetic holds,
 * so a line of prose or a totals line never opens a table.
 */
function columnsFromValuesRow(line: PlacedLine): Column[] | undefined {
  if (!line.items.some((i) => i.confidence !== undefined) || line.items.length < 4) return undefined;
  const start = line.items.findIndex((i) => /\p{L}{3,}/u.test(i.text));
  const lead = (item: TextItem): ColumnKind | undefined => (/^\d{1,3}[.)]?$/.test(item.text.trim()) ? 'no' : parseHsCode(item.text) || RULED_TEN_DIGIT_CODE.test(item.text.trim()) ? 'hs' : undefined);
  if (start < 0 || line.items.slice(0, start).some((i) => !lead(i))) return undefined;
  const tripleOf = (cells: TextItem[]) => lastAgreeingTriple(cells.map((i) => QUANTITY_CELL.exec(i.text.trim())).map((m) => (m ? amountReadings(m[1]) : [])));
  let after = line.items.slice(start + 1);
  let triple = tripleOf(after);
  // Numbers OCR ran into one phrase («5,681 22.75 129,242.75») are read word by word, when they do not multiply out as
  // items (words of digit groups, «6973 738,56», are not numbers of their own).
  if (!triple) {
    after = after.flatMap((item) => (item.words && item.words.length > 1 && item.words.every((w) => NUMERIC_WORD.test(w.text)) ? item.words : [item]));
    triple = tripleOf(after);
  }
  if (!triple) return undefined;
  const [q, j, k] = triple;
  const kindOf = (item: TextItem, n: number): ColumnKind | undefined => {
    if (n === q) return 'qty';
    if (n === j) return 'price';
    if (n === k) return 'amount';
    if (n < q && parseHsCode(item.text)) return 'hs';
    if (n > q && n < j && UNIT_CELL.test(item.text.trim())) return 'unit';
    return undefined;
  };
  return [
    ...line.items.slice(0, start).map((i) => ({ kind: lead(i), x0: i.box[0], x1: i.box[2] })),
    { kind: 'description', x0: line.items[start].box[0], x1: line.items[start].box[2] },
    ...after.map((item, n) => ({ kind: kindOf(item, n), x0: item.box[0], x1: item.box[2] })),
  ];
}

/** A number cell, possibly with its unit («3619 m», «14 set», «52,144 тонна»): the number is group 1, the unit group 2. */
const GLUED_QUANTITY_AND_PRICE = /^(\d[\d.,]*)\s*(\p{Script=Han}{1,3})\s*(\d{1,3}(?:[,.\s]?\d{3})*[.,]\d{2})$/u;
const QUANTITY_CELL = /^(\d[\d\s.,'’]*?)(?:\s*(\p{L}[\p{L}.]{0,9}))?$/u;

/** An HS code as printed with its dots: «8482.20», «0204.41.000». */
const DOTTED_CODE = /^\d{4}\.\d{2}(?:\.\d{2,4})?$/;

const RULE_MARKS = String.raw`\s一—–\-_~=;:.,，。·`;

/** A table rule read as text: dashes («一», «—», «-», «_») and punctuation only. */
const RULE_TEXT = new RegExp(`^[${RULE_MARKS}]+$`, 'u');

/** A table rule read by OCR: strokes and dashes, with the bars a vertical rule gives («! —-», «=———»). */
const RULE_DEBRIS = new RegExp(String.raw`^[${RULE_MARKS}!|¦\[\]]+$`, 'u');

/** How far under the table (in line heights) a line of row details may start. */
const DETAIL_LINE_GAP = 3;

/** A number with its decimals («890.00», «1.281.62»), not a digit group of a longer one. */
const WHOLE_NUMBER = /^\d[\d.,]*[.,]\d{1,3}$/;

const NUMERIC_WORD = /^[\d.,;:'’%-]*\d[\d.,;:'’%-]*$/u;

/** A number word, also with a letter O OCR read for a zero («0o19»; amountReadings reads it back). */
const numericWord = (text: string) => /\d/.test(text) && NUMERIC_WORD.test(text.replace(/(?<=[\d.,]|^)[OoОо](?=[\d.,]|$)/gu, '0'));

/**
 * OCR joins neighbouring cells into one phrase when the gap between them is narrow («1 498,87 13 489,87»
 * under «Цена» and «Сумма»). An OCR'd item is cut before a number that lies mostly under another header
 * cell than the words before it; words with letters start a new cell only after a code (startsDescription), so a
 * description's own numbers stay in the description.
 */
function cellsOfItem(item: TextItem, columns: Column[], firstOfLine = false): TextItem[] {
  const words = item.words;
  if (!words || words.length < 2) return [item];
  const groups: Array<{ column: Column; words: TextItem[] }> = [];
  // A cell left of the description that OCR ran into it («哈萨克斯坦共和国低密度聚乙烯…» across «原产国 | 品名»,
  // «10多层陶瓷电容器…» across «No. | 货物名称»): the item lies mostly under the description, its first word does not.
  const itemColumn = columnOf(item.box, columns);
  const lead = itemColumn.kind === 'description' ? leadCellColumn(words[0], itemColumn, columns, firstOfLine) : undefined;
  for (const word of words) {
    const current = groups[groups.length - 1];
    // A row number is one word, with its dot («2» «。»): the description starts after it.
    if (current && lead?.kind === 'no' && groups.length === 1) {
      if (/^[^\p{L}\p{N}]+$/u.test(word.text)) current.words.push(word);
      else groups.push({ column: itemColumn, words: [word] });
      continue;
    }
    const column = columnOf(word.box, columns);
    const overlap = Math.min(word.box[2], column.x1) - Math.max(word.box[0], column.x0);
    // Under another header cell: mostly, or (a wide number right-aligned under a narrow label, «3,553,387.30» under
    // «总价») starting past the end of the number cell it would join (text runs on past its header; numbers do not).
    const pastNumberCell = current !== undefined && current.column.kind !== undefined && CODE_AND_NUMBER_COLUMNS.has(current.column.kind) && word.box[0] > current.column.x1;
    const elsewhere = current && column !== current.column && column.x0 > current.column.x0 && (overlap >= 0.5 * (word.box[2] - word.box[0]) || pastNumberCell);
    // The first group lies where the item does, unless it starts with a whole number with its decimals: that
    // number's own column (an item «890.00 3,553,387.30» mostly under the amount starts with the price; the «2» of
    // «2 324,70» is only a digit group).
    if (!current) groups.push({ column: lead ?? (WHOLE_NUMBER.test(word.text) ? column : firstCellColumn(words, item, columns)), words: [word] });
    else if (elsewhere && (numericWord(word.text) || startsDescription(current.column, column))) groups.push({ column, words: [word] });
    else current.words.push(word);
  }
  if (groups.length === 1) return [item];
  return groups.map((g) => ({ text: joinedWords(g.words.map((w) => w.text)), box: unionBox(g.words.map((w) => w.box)), words: g.words }));
}

/**
 * The column of an item's first cell: where the item lies, unless the item lies under a code or number column and
 * begins with a number that lies under another code or number column. Numbers do not run on past their header, so
 * that number is a cell of its own, run into the next by OCR across a speck or a stamp («344 ЕЗІ ае 4337,63 1492»,
 * «1 512.19.1000 Г 131,65 ТН а 4512,00 …»); the number is taken with the digit groups that continue it, so the «2»
 * of «2 324,70» stays a digit group. Specks without a letter or digit before it («—», «.») are passed over.
 */
function firstCellColumn(words: TextItem[], item: TextItem, columns: Column[]): Column {
  const itemColumn = columnOf(item.box, columns);
  if (!itemColumn.kind || !CODE_AND_NUMBER_COLUMNS.has(itemColumn.kind)) return itemColumn;
  const start = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w.text));
  if (start < 0) return itemColumn;
  // A description OCR ran into the code after it («Пшеница мягкая … арт. 12465 1001 99 000 0» under a narrow «Наименование»
  // label, lying mostly under the code's): a word of letters under the description's label starts the description.
  const own = columnOf(words[start].box, columns);
  if (own.kind === 'description' && /\p{L}{2}/u.test(words[start].text) && !NUMERIC_WORD.test(words[start].text)) return own;
  if (!NUMERIC_WORD.test(words[start].text)) return itemColumn;
  let end = start + 1;
  while (end < words.length && /^\d{1,3}$/.test(words[end - 1].text) && /^\d{3}(?:[.,]\d+)*[.,]?$/.test(words[end].text)) end++;
  const column = columnOf(unionBox(words.slice(start, end).map((w) => w.box)), columns);
  return column.kind && CODE_AND_NUMBER_COLUMNS.has(column.kind) ? column : itemColumn;
}

/**
 * The column left of the description that an item's first `word` is a cell of, when the description never begins
 * with it: a country mostly under the origin's header (the description starts at the first word mostly under its
 * own, startsDescription), or, starting the line, a row number of one to three digits clear of the description's
 * column (a description starting with a number has a row number cell before it, or starts under its header).
 */
function leadCellColumn(word: TextItem, description: Column, columns: Column[], firstOfLine: boolean): Column | undefined {
  const column = columnOf(word.box, columns);
  if (column.x0 >= description.x0) return undefined;
  const width = word.box[2] - word.box[0];
  const overlap = Math.min(word.box[2], column.x1) - Math.max(word.box[0], column.x0);
  if (column.kind === 'origin') return overlap >= 0.5 * width ? column : undefined;
  // Whatever its header was read as («№» misread «Ме», taken for a unit): the line's first cell, left of the description.
  if (column.kind !== 'hs' && firstOfLine && ROW_NUMBER_CELL.test(word.text) && word.box[2] <= description.x0) return { ...column, kind: 'no' };
  return undefined;
}

/** Below this confidence a short word at the end of a description is a speck or a rule, not a word of it. */
const SPECK_CONFIDENCE = 0.6;

/**
 * Specks, stamp strokes and rule ends OCR reads after a description, in the gap before the next cell («… SFP+
 * Түн!», «… 4xSFP+ a», «… арт. 33305 и», «… арт. 19564 ЕНЕ»): doubtful words of three letters or digits at most.
 * A word read confidently stays («… 2 ch»), and so does a description that would keep no word of three letters.
 */
function withoutTrailingSpecks(description: string, items: TextItem[]): string {
  const words = items.flatMap((item) => item.words ?? [item]);
  let text = description;
  for (;;) {
    const last = text.match(/\S+$/u)?.[0] ?? '';
    const word = words.findLast((w) => w.text === last);
    if (!word || word.confidence === undefined || word.confidence >= SPECK_CONFIDENCE || [...word.text.replace(/[^\p{L}\p{N}]/gu, '')].length > 3) break;
    const rest = text.slice(0, -last.length).trimEnd();
    if (!/\p{L}{3}/u.test(rest)) break;
    text = rest;
  }
  return text;
}

/** Whether a code run into the description is a cell of its own there: an item of several, holding the code alone. */
function codeInCellOfItsOwn(items: TextItem[], code: string): boolean {
  return items.length > 1 && items.slice(1).some((item) => item.text.trim() === code);
}

/**
 * A code, a row number or a country of origin is never followed by text in its own cell: a word under the
 * description's header after one starts the description («2 8541290000功率晶体管 MOSFET 650V 40A», OCR having run
 * the cells together).
 */
function startsDescription(current: Column, next: Column): boolean {
  return next.kind === 'description' && (current.kind === 'hs' || current.kind === 'no' || current.kind === 'origin');
}

/**
 * A row number (a rule's stroke or a speck may cling to it: «20°», «116» for 16), a code of six to ten digits (or a
 * ten-digit one behind a rule read as «1») after a bracket or a speck, then a word — or Han characters right after it,
 * Chinese being written without spaces («8413.70离心泵 45 kW», the code and name columns read as one): group 1 is the code.
 */
const CODE_BEFORE_TEXT = String.raw`(?:[^\p{L}\p{N}\s]{1,2}\s*)?(\d{6,10}|1\d{10}|\d{4}\.\d{2}(?:\.\d{2,4})?)(?:[.,:;]?\s+(?=\p{L})|(?=\p{Script=Han}))`;
const ROW_NUMBER_AND_CODE = new RegExp(String.raw`^[[(|“"'\u0060]?\d{1,3}[.)\]|°]?\s+` + CODE_BEFORE_TEXT, 'u');
const ROW_NUMBER_CELL = /^\d{1,3}[.)。，、]?$/u;
/** A row number as an OCR item of its own: one to three digits, a «0» after the first perhaps read as a letter («2o»). */
const ROW_NUMBER_ITEM = /^\d(?:[\doOоО]{0,2})[.)。，、]?$/u;
/** The same without the row number, cut off already as a cell of its own. */
const CODE_BEFORE_DESCRIPTION = new RegExp(String.raw`^[[(|“"'\u0060]?` + CODE_BEFORE_TEXT, 'u');

/** An HS code printed with its separators at the start or the end of a description: «8504.40 Насос…», «… 45 kW 8504 40 000 0». */
const HS_AT_EDGE = /^(\d{4}[.\s]\d{2}(?:[.\s]\d{1,4}){0,3}|\d{6,10})(?:\s+|(?=\p{Script=Han}))|\s+(\d{4}[.\s]\d{2}(?:[.\s]\d{1,4}){0,3}|\d{6,10})(?:\s+\S{1,2})?$/u;
