import { unionBox, type Box, type Evidence, type ReadDocument, type TextItem } from '../document-model';
import type { GoodsLine, InvoiceModel, Party, PartyIdentifier } from '../invoice-model';
import { amountsOnLine, findInvoiceDate, findInvoiceNumber, type PlacedLine } from './header-fields';
import { findIdentifiers } from './identifiers';
import { repairOcrLegalForm } from './ocr-legal-forms';
import { withProductDesignations } from './product-designations';
import { withRepeatedDescriptions, withRepeatedSpellings } from './repeated-words';
import { inferPartyRoles } from './role-inference';
import { writeIn } from '../look-alike-letters';
import { latinShapeSpellings } from '../reading/ocr/latin-words';
import { amountReadings, amountsAgree, parseAmount, parseHsCode, reconcileAmounts, type LineAmounts } from './parse-values';
import {
  COLUMN_LABELS, CURRENCY_CODES, CURRENCY_WORDS, INCOTERMS, LABEL_LINE, ROUTE_LABEL, SUBTOTAL_LABEL, TOTAL_LABEL,
  ATTENTION, NAME_FIELD, NOT_A_NAME, PARTY_FIELD, VAT_FIELD, WEAK_DESCRIPTION_COLUMN, WEAK_PARTY_LABEL, countryOf, roleOfLabel, type ColumnKind,
} from './vocabulary';

/**
 * Reads an invoice model out of positioned text: header fields, labelled party blocks (one or two columns)
 * and the goods table, each value with the page, box and text it came from.
 */
export function extractInvoice(document: ReadDocument): InvoiceModel {
  const lines: PlacedLine[] = document.pages.flatMap((p) => p.lines.map((l) => withRoleLabelColons({ ...l, page: p.page })));
  const warnings: string[] = [];
  const parties = extractParties(lines);
  const languages = detectLanguages(lines.map((l) => l.text).join('\n'));
  const ocrPages = new Set(document.pages.filter((p) => p.engine === 'tesseract' || p.engine === 'textract').map((p) => p.page));
  for (const party of parties) if (ocrPages.has(party.evidence.page)) party.name = repairOcrLegalForm(party.name, { kazakh: languages.includes('kk') });
  // Seller and buyer printed without a role label: inferred from the layout, with a lower confidence.
  const inferred = inferPartyRoles(lines, parties, isTableHeader);
  parties.push(...inferred.parties);
  warnings.push(...inferred.warnings);
  const goods = extractGoodsLines(lines);
  withRowNumbersCut(goods, ocrPages);
  warnings.push(...withProductDesignations(goods, ocrPages));
  warnings.push(...withRepeatedSpellings(goods, ocrPages));
  warnings.push(...withRepeatedDescriptions(goods, ocrPages));
  const header = extractHeader(lines, goods);
  if (header.total === undefined) {
    header.total = totalUnderTable(lines, goods);
    if (header.total !== undefined) warnings.push('total: no total label was read; the amount under the goods table that sums its lines is taken');
  }
  if (!parties.some((p) => p.role === 'seller')) warnings.push('no seller found');
  if (!parties.some((p) => p.role === 'buyer')) warnings.push('no buyer found');
  if (goods.length === 0) warnings.push('no goods lines found');
  const seller = parties.find((p) => p.role === 'seller');
  const receiver = parties.find((p) => p.role === 'consignee') ?? parties.find((p) => p.role === 'buyer');
  const printedRoute = routeCountries(lines);
  return {
    languages,
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

/**
 * A party role label as OCR reads it now and then: its colon as a semicolon or a full stop («买方 ; 义乌恒通…», «购货方 ;»
 * in a cell of its own, «Сатып алушы / Покупатель. “AO…»), a speck or a rule end beside it («‘Seller a», «“Bank»),
 * or an English label in the Cyrillic letters of the same shapes («Виуег», «Вапк:»). Such a label starts no party
 * block; on an OCR'd item it is given back as the label and its colon.
 */
function withRoleLabelColons(line: PlacedLine): PlacedLine {
  const mend = (item: TextItem): TextItem => {
    if (item.confidence === undefined) return item;
    const split = /^\s*([^:：;.]{2,40}?)\s*([:：;.])\s*(.*)$/u.exec(item.text);
    const [label, separator, rest] = split ? [split[1], split[2], split[3]] : [item.text.trim(), '', ''];
    const readable = roleOfLabel(label) ? label : mendedRoleLabel(label);
    if (!readable || (readable === label && (separator === ':' || separator === '：' || (!separator && !split)))) return item;
    // A bare cell stays bare (header-table layouts print no colon); a separator read wrongly becomes the colon.
    return { ...item, text: separator ? `${readable}:${rest ? ` ${rest}` : ''}` : readable };
  };
  const items = line.items.map(mend);
  return items.every((item, i) => item === line.items[i]) ? line : { ...line, items, text: items.map((i) => i.text).join(' ') };
}

/** The role label an OCR'd label cell is, read without specks at its ends or in the Latin letters its Cyrillic ones look like. */
function mendedRoleLabel(label: string): string | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length > 4) return undefined;
  const trimmed = label.replace(/^[‘’'"“”„`´,|_-]+/u, '').replace(/\s+[\p{Ll}\p{P}]$/u, '').replace(/[‘’'"“”„`´,|_-]+$/u, '').trim();
  if (trimmed !== label.trim() && roleOfLabel(trimmed)) return trimmed;
  if (!/^[\p{Script=Cyrillic}\s/]+$/u.test(trimmed)) return undefined;
  // Every Latin spelling the Cyrillic letters' shapes allow («Виуег»: в → b, и → u, г → r), a few hundred at most.
  return latinShapeSpellings(trimmed, 512).find((spelling) => /[a-z]/.test(spelling) && roleOfLabel(spelling));
}

function evidenceOf(line: PlacedLine, items: TextItem[] = line.items): Evidence {
  return { page: line.page, box: unionBox(items.map((i) => i.box)), text: items.map((i) => i.text).join(' ') };
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

/**
 * The total of an invoice whose total label was not read (OCR garbles «合计» or «Итого» now and then): an amount
 * printed under the goods table that equals the sum of its lines' amounts. The invoice's own arithmetic vouches
 * for it; nothing else is taken.
 */
function totalUnderTable(lines: PlacedLine[], goods: GoodsLine[]): number | undefined {
  const sum = goodsSum(goods);
  if (sum === undefined) return undefined;
  const last = goods[goods.length - 1].evidence;
  const under = lines.filter((l) => l.page > last.page || (l.page === last.page && l.box[1] >= last.box[3]));
  return under.some((l) => amountsOnLine(l).some((a) => Math.abs(a - sum) < 0.005)) ? sum : undefined;
}

/** The sum of the goods lines' amounts, when every line has one. */
function goodsSum(goods: GoodsLine[]): number | undefined {
  if (!goods.length || goods.some((g) => g.amount === undefined)) return undefined;
  return Math.round(goods.reduce((total, g) => total + g.amount!, 0) * 100) / 100;
}

/**
 * Whether the total as read from OCR'd total lines is a misreading of the goods lines' sum. Either a space between
 * digit groups was read as a gap between two numbers («1254 127,11» for 1 254 127,11: the total read is below the
 * sum, and the line's digits joined across spaces give it), or the token that gave the total has another reading
 * that is the sum (amountReadings: a lost decimal separator, «31134420» for 311 344,20). A VAT-inclusive total,
 * whose token reads only as itself, is left alone.
 */
function totalMisreadsSum(totals: PlacedLine[], total: number, sum: number): boolean {
  const ocrLines = totals.filter((l) => l.items.some((i) => i.confidence !== undefined));
  const isSum = (value: number) => Math.abs(value - sum) < 0.005;
  const join = (text: string) => text.replace(/(?<=\d)[ \u00a0\u202f]+(?=\d)/g, '');
  const joined = (line: PlacedLine) => amountsOnLine({ ...line, text: join(line.text), items: line.items.map((i) => ({ ...i, text: join(i.text) })) });
  if (total < sum && ocrLines.some((l) => joined(l).some(isSum))) return true;
  const tokens = ocrLines.flatMap((l) => l.text.match(/\d[\d\s.,'’]*\d|\d/g) ?? []);
  return tokens.map((t) => amountReadings(t.trim())).some((r) => r.some((v) => Math.abs(v - total) < 0.005) && r.some(isSum));
}

function extractHeader(lines: PlacedLine[], goods: GoodsLine[]): InvoiceModel['invoice'] {
  const header: InvoiceModel['invoice'] = {};
  // An explicit invoice label beats a bare "№", which also numbers contracts and specifications (header-fields.ts).
  const found = withoutRunTogetherLabel(findInvoiceNumber(lines));
  if (found) header.number = found.number;
  header.date = findInvoiceDate(lines, found?.line);
  const incotermLine = lines.find((l) => INCOTERMS.test(l.text));
  const incoterm = incotermLine?.text.match(INCOTERMS);
  if (incoterm) {
    header.incoterms = incoterm[1];
    const place = incoterm[2].replace(/\(?(incoterms|инкотермс).*$/i, '').replace(/[.,;\s]+$/, '').trim();
    if (place) header.placeOfDelivery = place;
  }
  const totals = lines.filter((l) => TOTAL_LABEL.test(l.items[0]?.text ?? l.text) || TOTAL_LABEL.test(l.text.split(/[:：]/)[0]));
  const amounts = totals.flatMap((l) => amountsOnLine(l));
  if (amounts.length) header.total = Math.max(...amounts);
  const sum = goodsSum(goods);
  if (header.total !== undefined && sum !== undefined && Math.abs(header.total - sum) >= 0.005 && totalMisreadsSum(totals, header.total, sum)) header.total = sum;
  header.currency = detectCurrency(lines, totals);
  return header;
}

/**
 * A bilingual label that OCR read without its slash («发票号码 Invoice No.: X» for «发票号码 / Invoice No.: X») gives
 * the second label's first word as the number. A "number" without a digit that is followed, on its line, by a
 * number with one: the line is read again from that word on, and the number after the second label is taken.
 */
function withoutRunTogetherLabel(found: ReturnType<typeof findInvoiceNumber>): ReturnType<typeof findInvoiceNumber> {
  if (!found || /\p{N}/u.test(found.number)) return found;
  const line = found.line;
  const at = line.items.findIndex((item) => item.text.includes(found.number));
  if (at < 0) return found;
  const item = line.items[at];
  const rest = [{ ...item, text: item.text.slice(item.text.indexOf(found.number)), words: undefined }, ...line.items.slice(at + 1)];
  const again = findInvoiceNumber([{ ...line, text: rest.map((i) => i.text).join(' '), items: rest }]);
  return again && /\p{N}/u.test(again.number) ? { number: again.number, line } : found;
}

const CURRENCY_LABEL = /(валюта|currency|währung|币种|货币)/iu;

/**
 * Latin letters a Cyrillic or Kazakh capital stands for when OCR took a Latin code for Cyrillic («СМҮ» for CNY),
 * beyond its look-alike (writeIn): shapes the Cyrillic models read for N, R, Z and S, and Kazakh letters.
 */
const MORE_LATIN_READINGS: Record<string, string> = { З: 'Z', И: 'N', М: 'N', Н: 'N', Р: 'R', Қ: 'K', Ө: 'O', Ү: 'Y', Ұ: 'Y', Ѕ: 'S' };

/** A currency code printed in Latin and read with Cyrillic look-alikes: the one code its letters can spell, if exactly one. */
function currencyReadAsCyrillic(token: string): string | undefined {
  if (!/\p{Script=Cyrillic}/u.test(token)) return undefined;
  let spellings = [''];
  for (const letter of token) {
    const latin = writeIn(letter, 'latin');
    const readings = (/[A-Z]/.test(latin) ? latin : '') + (MORE_LATIN_READINGS[letter] ?? '');
    if (!readings) return undefined;
    spellings = spellings.flatMap((s) => [...readings].map((r) => s + r));
  }
  const codes = spellings.filter((s) => CURRENCY_CODES.includes(s));
  return codes.length === 1 ? codes[0] : undefined;
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
  for (const line of [...totals, ...lines.filter((l) => CURRENCY_LABEL.test(l.text))]) {
    const code = line.text.match(/(?<![\p{L}\p{N}])[\p{Lu}]{3}(?![\p{L}\p{N}])/gu)?.map(currencyReadAsCyrillic).find(Boolean);
    if (code) return code;
  }
  const all = lines.map((l) => l.text).join('\n');
  return CURRENCY_WORDS.find(([, pattern]) => pattern.test(all))?.[0];
}

// ---------------------------------------------------------------- parties

interface OpenBlock {
  party: Party;
  window: [number, number];
  lastBottom: number;
  /**
   * Height of the block's tallest line so far, the unit of the gap to its next line: a line of capitals and digits
   * («BIN | 051240243556», «IBAN | KZ47…») is shorter than one with descenders, though the rows are as far apart.
   */
  lineHeight: number;
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
        // The name follows the label's last run (a label can span runs: "Abweichender" "Warenempfänger:").
        const [first, ...rest] = itemsInWindow.slice(Math.max(0, start.item ? itemsInWindow.indexOf(start.item) : 0));
        const afterColon = (first?.text.match(LABEL_LINE)?.[2] ?? '').trim(); // empty for a bare label cell
        const nameItems = afterColon ? [{ ...first, text: afterColon }, ...rest] : rest;
        const name = cleanName(nameItems.map((it) => it.text).join(' '));
        const block: OpenBlock = {
          party: { role: start.role, name, identifiers: [], evidence: evidenceOf(line, nameItems.length ? nameItems : itemsInWindow) },
          window: [start.x0 - 0.02, end],
          lastBottom: line.box[3],
          lineHeight: line.box[3] - line.box[1],
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
      if (line.box[1] - block.lastBottom > Math.max(height, block.lineHeight) * 1.5 || block.taken >= MAX_BLOCK_LINES) {
        finishParty(block);
        open = open.filter((o) => o !== block);
        continue;
      }
      block.lastBottom = line.box[3];
      block.lineHeight = Math.max(block.lineHeight, height);
      const text = items.map((i) => i.text).join(' ').replace(ATTENTION, '');
      // Report layouts label each field of a block: "Name: …" names the party, "Nummer:", "Telefon:" are skipped.
      const field = text.match(LABEL_LINE);
      const fieldLabel = field?.[1].trim() ?? '';
      const waiting = awaitingName.includes(block);
      const ids = findIdentifiers(text);
      if (field && !ids.length && NAME_FIELD.test(fieldLabel) && field[2].trim()) {
        if (waiting || !block.party.name) {
          block.party.name = cleanName(field[2]);
          block.party.evidence = evidenceOf(line, items);
          awaitingName = awaitingName.filter((b) => b !== block);
        }
        continue;
      }
      const vat = field && VAT_FIELD.test(fieldLabel) ? field[2].replace(/[\s.]/g, '').toUpperCase().match(/^[A-Z]{2}[0-9A-Z]{8,12}$/)?.[0] : undefined;
      if (vat && !ids.length) {
        addIdentifier(block.party, { scheme: 'VAT', value: vat, country: vat.slice(0, 2) === 'EL' ? 'GR' : vat.slice(0, 2) });
        continue;
      }
      if ((field && !ids.length && PARTY_FIELD.test(fieldLabel)) || (waiting && NOT_A_NAME.test(text))) continue;
      // A line that opens with an address label in a cell of its own («Мекенжайы / Адрес» | «ул. Гагарина, 94…»)
      // is the block's address, never the name it awaits.
      if (ADDRESS_CELL.test(items[0].text.trim())) {
        block.taken++;
        const rest = items.slice(1).map((i) => i.text).join(' ').trim();
        if (rest) block.addressParts.push(rest);
        continue;
      }
      block.taken++;
      if (waiting) {
        block.party.name = cleanName(text);
        block.party.evidence = evidenceOf(line, items);
        awaitingName = awaitingName.filter((b) => b !== block);
        continue;
      }
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
  /** The run that ends the label. */
  item?: TextItem;
}

/** Items of a line that begin a "Label: …" pair, with the party role the label names, if any. */
function labelStarts(line: PlacedLine): LabelStart[] {
  const starts: LabelStart[] = [];
  for (const [index, item] of line.items.entries()) {
    const match = item.text.match(LABEL_LINE);
    // Header-table layouts print the label in its own cell, without a colon: «Продавец» | «ТОО …»; report
    // layouts print it alone as a heading («Verkäufer»), or as a row of headings («Factuuradres» «Afleveradres»).
    const bare = !match && roleOfLabel(item.text.trim()) ? item.text.trim() : undefined;
    const headingRow = line.items.length === 1 || line.items.slice(0, index).some((it) => roleOfLabel(it.text.trim()));
    const beforeCell = index < line.items.length - 1 && !WEAK_PARTY_LABEL.test(bare ?? '');
    const bareLabel = bare && (beforeCell || (index === line.items.length - 1 && headingRow)) ? bare : undefined;
    let label = match?.[1] ?? bareLabel;
    if (!label) continue;
    // A label the PDF split into runs ("Abweichender" "Warenempfänger:") is read whole, from its first run.
    let first = index;
    const height = line.box[3] - line.box[1];
    while (match && first > 0 && !/[:：]/.test(line.items[first - 1].text) && line.items[first].box[0] - line.items[first - 1].box[2] < height) first--;
    if (first < index) label = `${line.items.slice(first, index).map((it) => it.text).join(' ')} ${label}`;
    const role = roleOfLabel(label);
    const x0 = line.items[first].box[0];
    // A bilingual label OCR cut at its slash («Жүк алушы» | «/ Грузополучатель»): the second run ends the first label.
    const previous = starts[starts.length - 1];
    if (role && previous?.role === role && previous.item === line.items[index - 1] && (/^\s*[/|]/u.test(item.text) || /[/|]\s*$/u.test(previous.item.text))) {
      previous.item = item;
      previous.text = `${previous.text} ${item.text}`;
      continue;
    }
    if (role || starts.length === 0 || isIdentifierLabel(item.text)) starts.push({ x0, role, text: first < index ? `${label}:` : item.text, item });
  }
  // Only lines that name at least one party role start party blocks; other "Label:" lines may end them.
  return starts.some((s) => s.role) ? starts.filter((s, i) => s.role || i === 0) : starts.slice(0, 1);
}

const ADDRESS_WORD = '(?:адрес|юридический адрес|фактический адрес|address|registered address|мекенжай|мекенжайы|заңды мекенжайы|地址|银行地址|注册地址|anschrift|adresse|adres)';
/** "Адрес:", and bilingual "Мекенжайы / Адрес:" or "地址 / Address:". */
const ADDRESS_LABEL = new RegExp(`^${ADDRESS_WORD}(?:\\s*[/|]\\s*${ADDRESS_WORD})*\\s*[:：]`, 'i');

/** An address label in a cell of its own, with or without its colon. */
const ADDRESS_CELL = new RegExp(`^${ADDRESS_WORD}(?:\\s*[/|]\\s*${ADDRESS_WORD})*\\s*[:：]?$`, 'i');

/** An identifier label in a cell of its own, its value in the next cell: «БИН:» | «090840015627». */
const IDENTIFIER_LABEL_CELL = /^(БИН|БСН|ИИН|ЖСН|BIN|IIN|ИНН|INN|КПП|KPP|ИНН\s*\/\s*КПП|ОГРН|OGRN|VAT|USt-?IdNr|USCC|统一社会信用代码|SWIFT|BIC|БИК|БСК|SWIFT代码|IBAN|ИИК|ЖСК|TRN|Tax ID|СТИР|STIR|TIN|VKN)\s*[:：]?$/iu;

/** Labels inside a party block (identifiers, addresses) continue it rather than end it. */
function isIdentifierLabel(text: string): boolean {
  const label = text.match(LABEL_LINE)?.[1].trim() ?? '';
  const field = NAME_FIELD.test(label) || PARTY_FIELD.test(label) || VAT_FIELD.test(label);
  // A label may gloss the scheme in brackets or another language: "商业识别号 (BIN)：", "БСК (SWIFT):".
  const namesScheme = label.split(/[\s()（）/|]+/).some((word) => word && IDENTIFIER_LABEL_CELL.test(word));
  return field || namesScheme || ATTENTION.test(text) || ADDRESS_LABEL.test(text) || IDENTIFIER_LABEL_CELL.test(text.trim()) || findIdentifiers(text).length > 0;
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
  return withoutOcrDebris(raw.replace(/\s+/g, ' ').replace(/[,;]\s*$/, '').trim());
}

/**
 * Specks, stamp strokes and cell rules that OCR reads next to a name: short tokens (one or two characters) of
 * lower-case letters, digits, punctuation or symbols at either end («_ «Сарыарка Инвест Банк» АК», «с 3 "Тобыл
 * Металл Дистрибуция" ЖШС», «ООО «Амур Электрон» 11», «… 有限公司 = о м»). Legal forms are capitals (АО, АҚ, LLP)
 * and stay; so does a name that would be left without a word of three letters.
 */
export function withoutOcrDebris(name: string): string {
  const tokens = name.split(' ');
  const debris = (t: string) => [...t].length <= 2 && /^[\p{Ll}\p{N}\p{P}\p{S}]+$/u.test(t) && !/^[«"“„(]$|^[»"”)]$/u.test(t);
  const hasWord = (ts: string[]) => ts.some((t) => /\p{L}{3}|\p{Script=Han}/u.test(t));
  while (tokens.length > 1 && debris(tokens[0]) && hasWord(tokens.slice(1))) tokens.shift();
  while (tokens.length > 1 && debris(tokens[tokens.length - 1]) && hasWord(tokens.slice(0, -1))) tokens.pop();
  return tokens.join(' ');
}

// ---------------------------------------------------------------- goods table

interface Column {
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
  // of its own that would take half of every amount.
  const columns = named.filter((column, i) => {
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
  const cuts: Array<{ at: number; kind: ColumnKind }> = [];
  words.forEach((_, i) => {
    const kind = labelStartingAt(words, i);
    if (kind && kind !== cuts[cuts.length - 1]?.kind) cuts.push({ at: i, kind });
  });
  if (new Set(cuts.map((c) => c.kind)).size < 2) return [item];
  // Words before the first label are a cell of their own (a garbled label: «ғазосэқтикоды Саны Өлш. …»).
  const starts = [...(cuts[0].at > 0 ? [0] : []), ...cuts.map((cut) => cut.at)];
  return starts.map((at, n) => {
    const part = words.slice(at, starts[n + 1] ?? words.length);
    return { text: joinedWords(part.map((w) => w.text)), box: unionBox(part.map((w) => w.box)), words: part };
  });
}

/** Words read as one text; Chinese is written without spaces: OCR's «总» «价» is the label 总价. */
function joinedWords(texts: string[]): string {
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
function labelStartingAt(words: TextItem[], i: number): ColumnKind | undefined {
  for (let k = Math.min(3, words.length - i); k >= 1; k--) {
    const run = joinedWords(words.slice(i, i + k).map((w) => w.text));
    for (const variant of [run, writeIn(run, 'cyrillic'), writeIn(run, 'latin')]) {
      for (const [kind, pattern] of COLUMN_LABELS) {
        const match = pattern.exec(variant);
        if (match && match.index < words[i].text.length) return kind;
      }
    }
  }
  return undefined;
}

/** Where each table's descriptions start, when left of their header (one document's tables, by their columns). */
type DescriptionStarts = Map<Column[], number>;

/**
 * Description text is set flush left in its column while its label may stand centred, or OCR may have kept only the
 * label's last word («Тауардың атауы» read as «атауы»): where a table's descriptions start left of their header cell
 * (and right of the column before it) is remembered, so that a wrapped line under a row starting there (an article
 * number alone, «67302») is read in the description column rather than as a row number.
 */
function noteDescriptionStart(descriptionStarts: DescriptionStarts, columns: Column[], items: TextItem[] | undefined): void {
  const at = columns.findIndex((c) => c.kind === 'description');
  const first = items?.[0];
  if (at < 0 || !first || first.box[0] >= columns[at].x0 || !/^\p{L}/u.test(first.text)) return;
  const before = columns[at - 1];
  if (before && first.box[0] <= before.x1 + 0.005) return;
  descriptionStarts.set(columns, Math.min(descriptionStarts.get(columns) ?? 1, first.box[0]));
}

/** The column of an item under a table's columns: `columnOf`, but an item that overlaps no header cell and starts where the table's descriptions start is the description's. */
function columnOfItem(descriptionStarts: DescriptionStarts, box: Box, columns: Column[]): Column {
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
function columnOf(box: Box, columns: Column[]): Column {
  let best: Column | undefined;
  let bestOverlap = 0;
  for (const column of columns) {
    const overlap = Math.min(box[2], column.x1) - Math.max(box[0], column.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [column, overlap];
  }
  return best ?? [...columns].reverse().find((c) => c.x0 <= box[0] + 0.012) ?? columns[0];
}

/** A line of header labels (two or more), each standing over the column of its kind in `columns`. */
function continuesHeader(line: PlacedLine, columns: Column[]): boolean {
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
function repeatsHeaderInPart(columns: Column[], carried: Column[]): boolean {
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
const CONTINUATION_TOP = 0.2;

/** How far a column's label may stand from where the page before printed it (a scan lies a little differently). */
const HEADER_DRIFT = 0.04;

function isTableHeader(line: PlacedLine): boolean {
  return headerColumns(line) !== undefined;
}

/**
 * Table headers are often printed on two or three lines (a bilingual header, or a tall description cell
 * vertically centred). Lines that sit close together are merged cell by cell before classifying them.
 */
function headerAt(lines: PlacedLine[], start: number): { columns: Column[]; consumed: number } | undefined {
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

function extractGoodsLines(read: PlacedLine[]): GoodsLine[] {
  const lines = read.flatMap(stackedRows);
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
    if (TOTAL_LABEL.test(labelItem?.text ?? '') || labelStarts(line).some((s) => s.role)) {
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
    // space after it («4。无缝钢管», «26，未锻轧锌»).
    const ordinal = description?.match(/^[[(|]?(\d{1,3})(?:[.)\]|]?\s+|[。，、]\s*)(?=\S)/u);
    const numberedValuesRow = hasNumbers && columns.some((c) => c.kind === 'no');
    if (description && ordinal && !cells.has('no') && (numberedValuesRow || Number(ordinal[1]) === goods.length + 1)) description = withoutStroke(description.slice(ordinal[0].length));
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
      const unnamed = [...(cells.get('other') ?? []), ...(cells.get('origin') ?? [])];
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
const CODE_LENGTHS = [6, 8, 10];

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

const NUMBER_COLUMNS = new Set<ColumnKind>(['qty', 'price', 'amount']);

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
function withRowNumbersCut(goods: GoodsLine[], ocrPages: ReadonlySet<number>): void {
  const rows = goods.filter((g) => ocrPages.has(g.evidence.page));
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

const CODE_AND_NUMBER_COLUMNS = new Set<ColumnKind>(['hs', ...NUMBER_COLUMNS]);

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
 * ten-digit one behind a rule read as «1») after a bracket or a speck, then a word: group 1 is the code.
 */
const CODE_BEFORE_TEXT = String.raw`(?:[^\p{L}\p{N}\s]{1,2}\s*)?(\d{6,10}|1\d{10}|\d{4}\.\d{2}(?:\.\d{2,4})?)[.,:;]?\s+(?=\p{L})`;
const ROW_NUMBER_AND_CODE = new RegExp(String.raw`^[[(|“"'\u0060]?\d{1,3}[.)\]|°]?\s+` + CODE_BEFORE_TEXT, 'u');
const ROW_NUMBER_CELL = /^\d{1,3}[.)。，、]?$/u;
/** A row number as an OCR item of its own: one to three digits, a «0» after the first perhaps read as a letter («2o»). */
const ROW_NUMBER_ITEM = /^\d(?:[\doOоО]{0,2})[.)。，、]?$/u;
/** The same without the row number, cut off already as a cell of its own. */
const CODE_BEFORE_DESCRIPTION = new RegExp(String.raw`^[[(|“"'\u0060]?` + CODE_BEFORE_TEXT, 'u');

/** An HS code printed with its separators at the start or the end of a description: «8504.40 Насос…», «… 45 kW 8504 40 000 0». */
const HS_AT_EDGE = /^(\d{4}[.\s]\d{2}(?:[.\s]\d{1,4}){0,3}|\d{6,10})(?:\s+|(?=\p{Script=Han}))|\s+(\d{4}[.\s]\d{2}(?:[.\s]\d{1,4}){0,3}|\d{6,10})(?:\s+\S{1,2})?$/u;

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
