import type { Box, Evidence, ReadDocument, TextItem, TextLine } from '../document-model';
import type { GoodsLine, InvoiceModel, Party, PartyIdentifier } from '../invoice-model';
import { findIdentifiers } from './identifiers';
import { findDate, parseAmount, parseHsCode } from './parse-values';
import {
  COLUMN_LABELS, CURRENCY_CODES, CURRENCY_WORDS, DATE_LABEL, INCOTERMS, INVOICE_NUMBER, LABEL_LINE, ROUTE_LABEL, TOTAL_LABEL,
  countryOf, roleOfLabel, type ColumnKind,
} from './vocabulary';

interface PlacedLine extends TextLine {
  page: number;
}

/**
 * Reads an invoice model out of positioned text: header fields, labelled party blocks (one or two columns)
 * and the goods table, each value with the page, box and text it came from.
 */
export function extractInvoice(document: ReadDocument): InvoiceModel {
  const lines: PlacedLine[] = document.pages.flatMap((p) => p.lines.map((l) => ({ ...l, page: p.page })));
  const warnings: string[] = [];
  const parties = extractParties(lines);
  const goods = extractGoodsLines(lines);
  const header = extractHeader(lines);
  if (!parties.some((p) => p.role === 'seller')) warnings.push('no seller found');
  if (!parties.some((p) => p.role === 'buyer')) warnings.push('no buyer found');
  if (goods.length === 0) warnings.push('no goods lines found');
  const seller = parties.find((p) => p.role === 'seller');
  const receiver = parties.find((p) => p.role === 'consignee') ?? parties.find((p) => p.role === 'buyer');
  const printedRoute = routeCountries(lines);
  return {
    languages: detectLanguages(lines.map((l) => l.text).join('\n')),
    invoice: header,
    parties,
    lines: goods,
    route: {
      origin: seller?.country ?? printedRoute[0],
      destination: receiver?.country ?? (header.placeOfDelivery ? countryOf(header.placeOfDelivery) : undefined) ?? printedRoute[printedRoute.length - 1],
      via: printedRoute.slice(1, -1),
    },
    warnings,
  };
}

function evidenceOf(line: PlacedLine, items: TextItem[] = line.items): Evidence {
  return { page: line.page, box: unionBox(items.map((i) => i.box)), text: items.map((i) => i.text).join(' ') };
}

function unionBox(boxes: Box[]): Box {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Countries of a printed route line, in order: ISO codes in parentheses or country and city names. */
function routeCountries(lines: PlacedLine[]): string[] {
  const line = lines.find((l) => ROUTE_LABEL.test(l.text));
  if (!line) return [];
  const stops = line.text.match(ROUTE_LABEL)![4].split(/\s*(?:→|->|—|–|-\s|>|－|至)\s*/);
  const countries = stops.map((stop) => stop.match(/\(([A-Z]{2})\)/)?.[1] ?? countryOf(stop)).filter((c): c is string => Boolean(c));
  return countries.filter((c, i) => c !== countries[i - 1]);
}

// ---------------------------------------------------------------- header fields

function extractHeader(lines: PlacedLine[]): InvoiceModel['invoice'] {
  const header: InvoiceModel['invoice'] = {};
  // An explicit invoice label beats a bare "№", which also numbers contracts and specifications.
  const numberLine = lines.find((l) => INVOICE_NUMBER.test(l.text) && !/^\s*(договор|контракт|contract|спецификац|келісімшарт|合同)/i.test(l.text));
  if (numberLine) header.number = numberLine.text.match(INVOICE_NUMBER)?.[1];
  header.date =
    (numberLine && findDate(numberLine.text)) ??
    lines.filter((l) => DATE_LABEL.test(l.text)).map((l) => findDate(l.text)).find(Boolean) ??
    lines.map((l) => findDate(l.text)).find(Boolean);
  const incotermLine = lines.find((l) => INCOTERMS.test(l.text));
  const incoterm = incotermLine?.text.match(INCOTERMS);
  if (incoterm) {
    header.incoterms = incoterm[1];
    const place = incoterm[2].replace(/\(?(incoterms|инкотермс).*$/i, '').replace(/[.,;\s]+$/, '').trim();
    if (place) header.placeOfDelivery = place;
  }
  const totals = lines.filter((l) => TOTAL_LABEL.test(l.items[0]?.text ?? l.text) || TOTAL_LABEL.test(l.text.split(/[:：]/)[0]));
  const amounts = totals.flatMap((l) => numbersIn(l.text));
  if (amounts.length) header.total = Math.max(...amounts);
  header.currency = detectCurrency(lines, totals);
  return header;
}

const NUMBER_TOKEN = /\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/g;

function numbersIn(text: string): number[] {
  // Dates and identifiers are not amounts: drop them before looking for numbers.
  const cleaned = text.replace(/\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}/g, ' ');
  return (cleaned.match(NUMBER_TOKEN) ?? []).map((t) => parseAmount(t)).filter((n): n is number => n !== undefined);
}

function detectCurrency(lines: PlacedLine[], totals: PlacedLine[]): string | undefined {
  const codeIn = (text: string) => CURRENCY_CODES.find((c) => new RegExp(`\\b${c}\\b`).test(text));
  for (const line of totals) {
    const code = codeIn(line.text);
    if (code) return code;
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const code of CURRENCY_CODES) {
      const n = line.text.match(new RegExp(`\\b${code}\\b`, 'g'))?.length ?? 0;
      if (n) counts.set(code, (counts.get(code) ?? 0) + n);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const all = lines.map((l) => l.text).join('\n');
  return CURRENCY_WORDS.find(([, pattern]) => pattern.test(all))?.[0];
}

// ---------------------------------------------------------------- parties

interface OpenBlock {
  party: Party;
  window: [number, number];
  lastBottom: number;
  taken: number;
  addressParts: string[];
}

const MAX_BLOCK_LINES = 6;

function extractParties(lines: PlacedLine[]): Party[] {
  const parties: Party[] = [];
  let open: OpenBlock[] = [];
  let awaitingName: OpenBlock[] = [];
  const close = (blocks: OpenBlock[]) => {
    for (const block of blocks) finishParty(block);
  };

  for (const line of lines) {
    const starts = labelStarts(line);
    if (starts.length) {
      // A new row of labelled blocks replaces the blocks that share its columns.
      const newBlocks: OpenBlock[] = [];
      starts.forEach((start, i) => {
        const end = i + 1 < starts.length ? starts[i + 1].x0 - 0.005 : 1;
        const itemsInWindow = line.items.filter((it) => it.box[0] >= start.x0 - 0.005 && it.box[0] < end);
        if (!start.role) return;
        const [first, ...rest] = itemsInWindow;
        const afterColon = (first?.text.match(LABEL_LINE)?.[2] ?? '').trim(); // empty for a bare label cell
        const nameItems = afterColon ? [{ ...first, text: afterColon }, ...rest] : rest;
        const name = cleanName(nameItems.map((it) => it.text).join(' '));
        const block: OpenBlock = {
          party: { role: start.role, name, identifiers: [], evidence: evidenceOf(line, nameItems.length ? nameItems : itemsInWindow) },
          window: [start.x0 - 0.02, end],
          lastBottom: line.box[3],
          taken: 0,
          addressParts: [],
        };
        newBlocks.push(block);
        parties.push(block.party);
      });
      const overlaps = (a: OpenBlock, b: OpenBlock) => a.window[0] < b.window[1] && b.window[0] < a.window[1];
      close(open.filter((o) => newBlocks.some((n) => overlaps(o, n)) || starts.some((s) => !s.role && s.x0 >= o.window[0] && s.x0 < o.window[1] && !isIdentifierLabel(s.text))));
      open = [...open.filter((o) => !newBlocks.some((n) => overlaps(o, n))), ...newBlocks];
      if (newBlocks.length) awaitingName = newBlocks.filter((b) => !b.party.name);
      if (starts.every((s) => !s.role) && !starts.some((s) => isIdentifierLabel(s.text))) {
        open = open.filter((o) => !starts.some((s) => s.x0 >= o.window[0] && s.x0 < o.window[1]));
      }
      if (newBlocks.length) continue;
    }
    if (isTableHeader(line) || TOTAL_LABEL.test(line.items[0]?.text ?? '')) {
      close(open);
      open = [];
      continue;
    }
    for (const block of [...open]) {
      const items = line.items.filter((it) => it.box[0] >= block.window[0] && it.box[0] < block.window[1]);
      if (!items.length) continue;
      const height = line.box[3] - line.box[1];
      if (line.box[1] - block.lastBottom > height * 1.5 || block.taken >= MAX_BLOCK_LINES) {
        finishParty(block);
        open = open.filter((o) => o !== block);
        continue;
      }
      block.lastBottom = line.box[3];
      block.taken++;
      const text = items.map((i) => i.text).join(' ');
      if (awaitingName.includes(block)) {
        block.party.name = cleanName(text);
        block.party.evidence = evidenceOf(line, items);
        awaitingName = awaitingName.filter((b) => b !== block);
        continue;
      }
      const ids = findIdentifiers(text);
      if (ids.length) {
        for (const id of ids) addIdentifier(block.party, id);
      } else if (!LABEL_LINE.test(text) || ADDRESS_LABEL.test(text)) {
        block.addressParts.push(text.replace(ADDRESS_LABEL, '').trim());
      }
    }
  }
  close(open);
  return parties.filter((p) => p.name.length > 1);
}

interface LabelStart {
  x0: number;
  role?: Party['role'];
  text: string;
}

/** Items of a line that begin a "Label: …" pair, with the party role the label names, if any. */
function labelStarts(line: PlacedLine): LabelStart[] {
  const starts: LabelStart[] = [];
  for (const [index, item] of line.items.entries()) {
    const match = item.text.match(LABEL_LINE);
    // Header-table layouts print the label in its own cell, without a colon: «Продавец» | «ТОО …».
    const bareLabel = !match && index < line.items.length - 1 && roleOfLabel(item.text.trim()) ? item.text.trim() : undefined;
    const label = match?.[1] ?? bareLabel;
    if (!label) continue;
    const role = roleOfLabel(label);
    if (role || starts.length === 0 || isIdentifierLabel(item.text)) starts.push({ x0: item.box[0], role, text: item.text });
  }
  // Only lines that name at least one party role start party blocks; other "Label:" lines may end them.
  return starts.some((s) => s.role) ? starts.filter((s, i) => s.role || i === 0) : starts.slice(0, 1);
}

const ADDRESS_LABEL = /^(адрес|юридический адрес|фактический адрес|address|registered address|мекенжай|мекенжайы|заңды мекенжайы|地址|银行地址|注册地址)\s*[:：]/i;

/** An identifier label in a cell of its own, its value in the next cell: «БИН:» | «090840015627». */
const IDENTIFIER_LABEL_CELL = /^(БИН|БСН|ИИН|ЖСН|BIN|IIN|ИНН|INN|КПП|KPP|ИНН\s*\/\s*КПП|ОГРН|OGRN|VAT|USt-?IdNr|USCC|统一社会信用代码|SWIFT|BIC|БИК|БСК|SWIFT代码|IBAN|ИИК|ЖСК|TRN|Tax ID|СТИР|STIR|TIN|VKN)\s*[:：]?$/iu;

/** Labels inside a party block (identifiers, addresses) continue it rather than end it. */
function isIdentifierLabel(text: string): boolean {
  return ADDRESS_LABEL.test(text) || IDENTIFIER_LABEL_CELL.test(text.trim()) || findIdentifiers(text).length > 0;
}

function addIdentifier(party: Party, found: PartyIdentifier & { country?: string; valid?: boolean }) {
  if (party.identifiers.some((i) => i.scheme === found.scheme && i.value === found.value)) return;
  const { country, ...identifier } = found;
  party.identifiers.push(identifier);
  // Registration identifiers say where the party is; bank codes only say where its bank is.
  if (!party.country && country && !['SWIFT', 'IBAN'].includes(found.scheme)) party.country = country;
}

function finishParty(block: OpenBlock) {
  const party = block.party;
  if (block.addressParts.length) party.address = block.addressParts.join(', ');
  party.country ??= countryOf(`${party.address ?? ''} ${party.name}`);
}

function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').replace(/[,;]\s*$/, '').trim();
}

// ---------------------------------------------------------------- goods table

interface Column {
  kind: ColumnKind;
  x0: number;
}

function columnKindOf(text: string): ColumnKind | undefined {
  const normalised = text.replace(/\s+/g, ' ').trim();
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
  const columns = line.items.map((it) => ({ kind: columnKindOf(it.text), x0: it.box[0] }));
  const kinds = new Set(columns.map((c) => c.kind).filter(Boolean));
  if (!kinds.has('description') || kinds.size < 3 || !(kinds.has('qty') || kinds.has('amount') || kinds.has('hs'))) return undefined;
  return columns.filter((c): c is Column => c.kind !== undefined);
}

function isTableHeader(line: PlacedLine): boolean {
  return headerColumns(line) !== undefined;
}

/**
 * Table headers are often printed on two or three lines (a bilingual header, or a tall description cell
 * vertically centred). Lines that sit close together are merged cell by cell before classifying them.
 */
function headerAt(lines: PlacedLine[], start: number): { columns: Column[]; consumed: number } | undefined {
  const first = lines[start];
  const height = first.box[3] - first.box[1];
  const merged: TextItem[] = [];
  for (let k = 0; k < 3 && start + k < lines.length; k++) {
    const line = lines[start + k];
    if (line.page !== first.page || (k > 0 && line.box[1] - lines[start + k - 1].box[3] > height * 1.2)) break;
    if (k > 0 && line.items.some((i) => /\d[\d\s.,]*$/.test(i.text) && !columnKindOf(i.text))) break;
    for (const item of line.items) {
      const same = merged.find((m) => Math.abs(m.box[0] - item.box[0]) < 0.01);
      if (same) {
        same.text = `${same.text} ${item.text}`;
        same.box = unionBox([same.box, item.box]);
      } else merged.push({ ...item });
    }
    const columns = headerColumns({ ...line, items: [...merged].sort((a, b) => a.box[0] - b.box[0]) });
    if (columns) return { columns, consumed: k + 1 };
  }
  return undefined;
}

function extractGoodsLines(lines: PlacedLine[]): GoodsLine[] {
  const goods: GoodsLine[] = [];
  let columns: Column[] | undefined;
  let page = 0;
  let last: GoodsLine | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.page !== page) {
      page = line.page;
      columns = undefined; // a table continues on a new page only under a repeated header
      last = undefined;
    }
    const header = headerAt(lines, index);
    if (header) {
      columns = header.columns;
      last = undefined;
      index += header.consumed - 1;
      continue;
    }
    if (!columns) continue;
    if (TOTAL_LABEL.test(line.items[0]?.text ?? '') || labelStarts(line).some((s) => s.role)) {
      columns = undefined;
      continue;
    }
    const cells = new Map<ColumnKind, TextItem[]>();
    for (const item of line.items) {
      const column = [...columns].reverse().find((c) => c.x0 <= item.box[0] + 0.012) ?? columns[0];
      cells.set(column.kind, [...(cells.get(column.kind) ?? []), item]);
    }
    const text = (kind: ColumnKind) => cells.get(kind)?.map((i) => i.text).join(' ').trim();
    const numeric = (kind: ColumnKind) => {
      const value = text(kind);
      return value ? parseAmount(value) : undefined;
    };
    const description = text('description');
    const hasNumbers = ['qty', 'price', 'amount'].some((k) => numeric(k as ColumnKind) !== undefined);
    if (!hasNumbers) {
      // A wrapped description continues the row above; anything else ends the table.
      if (description && last && cells.size <= 2) {
        last.description = `${last.description} ${description}`;
        last.evidence = { ...last.evidence, box: unionBox([last.evidence.box, line.box]), text: `${last.evidence.text} ${line.text}` };
        const code = !last.hsCode ? parseHsCode(text('hs') ?? '') : undefined;
        if (code) last.hsCode = code;
        continue;
      }
      if (goods.length) columns = undefined;
      continue;
    }
    const hsText = text('hs') ?? (description && /(hs|тн\s*вэд|код)/i.test(description) ? description : '');
    const row: GoodsLine = {
      description: description ?? '',
      hsCode: parseHsCode(hsText ?? ''),
      quantity: numeric('qty'),
      unit: text('unit'),
      unitPrice: numeric('price'),
      amount: numeric('amount'),
      evidence: evidenceOf(line),
    };
    for (const key of Object.keys(row) as Array<keyof GoodsLine>) if (row[key] === undefined || row[key] === '') delete row[key];
    goods.push(row);
    last = row;
  }
  return goods.filter((g) => g.description);
}

// ---------------------------------------------------------------- languages

/** Languages by script share: Kazakh is Cyrillic with its own letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І). */
export function detectLanguages(text: string): string[] {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const cyrillic = count(/[\u0400-\u04ff]/g);
  const kazakh = count(/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  const latin = count(/[A-Za-z]/g);
  // A Han character carries about a word; weigh it so a few Latin codes do not outvote a Chinese text.
  const letters = cyrillic + han * 3 + latin || 1;
  const languages: Array<[string, number]> = [];
  if (cyrillic / letters >= 0.1) {
    if (kazakh / cyrillic >= 0.03) languages.push(['kk', cyrillic]);
    // Kazakh invoices quote Russian, and Russian ones Kazakh names: both count when both are substantial.
    if (kazakh / cyrillic < 0.03 || /(продавец|покупатель|счет|счёт|итого|всего|товар)/i.test(text)) languages.push(['ru', cyrillic - kazakh]);
  }
  if ((han * 3) / letters >= 0.1) languages.push(['zh', han * 3]);
  if (latin / letters >= 0.3) languages.push(['en', latin]);
  return languages.sort((a, b) => b[1] - a[1]).map(([code]) => code);
}
