import type { ReadDocument, TextItem } from '../document-model';
import type { GoodsLine, InvoiceModel, Party, PartyIdentifier } from '../invoice-model';
import { amountsOnLine, evidenceOf, findInvoiceDate, findInvoiceNumber, type PlacedLine } from './header-fields';
import { extractGoodsLines, withRowNumbersCut } from './goods-table';
import { isTableHeader } from './goods-table-header';
import { findIdentifiers } from './identifiers';
import { repairOcrLegalForm } from './ocr-legal-forms';
import { withProductDesignations } from './product-designations';
import { withRepeatedCodes, withRepeatedDescriptions, withRepeatedHanRuns, withRepeatedSpellings } from './repeated-words';
import { inferPartyRoles } from './role-inference';
import { writeIn } from '../look-alike-letters';
import { latinShapeSpellings } from '../reading/ocr/latin-words';
import { amountReadings } from './parse-values';
import {
  CURRENCY_CODES, CURRENCY_WORDS, INCOTERMS, LABEL_LINE, ROUTE_LABEL, TOTAL_LABEL,
  ATTENTION, NAME_FIELD, NOT_A_NAME, PARTY_FIELD, VAT_FIELD, WEAK_PARTY_LABEL, countryOf, roleOfLabel,
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
  const goods = extractGoodsLines(lines, (line) => labelStarts(line).some((s) => s.role));
  withRowNumbersCut(goods, ocrPages);
  warnings.push(...withProductDesignations(goods, ocrPages));
  warnings.push(...withRepeatedSpellings(goods, ocrPages));
  warnings.push(...withRepeatedHanRuns(goods, ocrPages));
  warnings.push(...withRepeatedDescriptions(goods, ocrPages));
  warnings.push(...withRepeatedCodes(goods, ocrPages));
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
 * and stay; so does a name that would be left without a word of three letters. A soft or hard sign standing alone
 * anywhere in the name is a speck too: no word is one («Жетісу Кабель ь Дистрибуция», seed 41).
 */
export function withoutOcrDebris(name: string): string {
  const tokens = name.split(' ').filter((t, i, all) => !(/^[ьъЬЪ]$/u.test(t) && all.length > 1));
  const debris = (t: string) => [...t].length <= 2 && /^[\p{Ll}\p{N}\p{P}\p{S}]+$/u.test(t) && !/^[«"“„(]$|^[»"”)]$/u.test(t);
  const hasWord = (ts: string[]) => ts.some((t) => /\p{L}{3}|\p{Script=Han}/u.test(t));
  while (tokens.length > 1 && debris(tokens[0]) && hasWord(tokens.slice(1))) tokens.shift();
  while (tokens.length > 1 && debris(tokens[tokens.length - 1]) && hasWord(tokens.slice(0, -1))) tokens.pop();
  return tokens.join(' ');
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
