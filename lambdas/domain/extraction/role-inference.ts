import { unionBox, type Box, type TextItem } from '../document-model';
import type { Party } from '../invoice-model';
import { findIdentifiers } from './identifiers';
import { findDate, monthOf } from './parse-values';
import type { PlacedLine } from './header-fields';
import { ATTENTION, LABEL_LINE, NOT_A_NAME, countryOf, roleOfLabel } from './vocabulary';

/**
 * Parties printed without a role label get the most likely role, with a lower confidence and a warning:
 * - the letterhead (the first name-and-address block at the top of the first page, or else a name over contact
 *   details only in the top band of the page), or the one-line sender
 *   address printed above the envelope window ("Acme GmbH | Europa-Allee 1 | 60486 Frankfurt"), is the seller;
 * - the address block in the addressee position (under that sender line, or the next block below the
 *   letterhead) is the buyer.
 * Only roles that no label named are inferred, and never from a block that repeats a labelled party.
 */

/** Confidence of a role that was inferred from the layout rather than read from a label. */
export const INFERRED_ROLE_CONFIDENCE = 0.5;

/** Whether a party's role was inferred from the layout, not printed next to it. */
export function isInferredRole(party: Party): boolean {
  return party.roleInferred === true;
}

/** How far down the first page letterheads and addressee blocks are looked for. */
const TOP_REGION = 0.45;
const MAX_BLOCK_SEGMENTS = 8;
/** How far under the sender line the address window's first line may start (DIN 5008: about 10 mm of A4). */
const ADDRESS_WINDOW_DROP = 0.12;
/** The top band of the page where a letterhead is printed. */
const LETTERHEAD_BAND = 0.12;

type SegmentKind = 'text' | 'contact' | 'label' | 'value' | 'role' | 'title' | 'date' | 'sender' | 'table';

interface Segment {
  items: TextItem[];
  box: Box;
  text: string;
  kind: SegmentKind;
  page: number;
}

interface Block {
  segments: Segment[];
  box: Box;
  /** Opened by a role label: the labelled party's own lines, never a candidate. */
  labelled?: boolean;
}

const CONTACT = /(@|www\.|https?:|\.(com|de|fr|nl|ru|kz|cn|net|org)\b|^(tel|fon|fax|phone|telefon|téléphone|telefoon|mobile?|тел)\b)/i;
const TITLE = /^(invoice|tax invoice|commercial invoice|proforma|rechnung|\p{L}*rechnung|gutschrift|facture|factuur|faktura|счет|счёт|шот|发票|inofficial|kopie|copy)\b/iu;
/** Parts of a one-line sender address: "Acme GmbH | Europa-Allee 1980 | 60486 Frankfurt". */
const SENDER_SEPARATOR = /\s+[-–|·•●]\s+|\s*[|·•●]\s*/;
const POSTCODE = /(^|[\s-])\d{4,6}(\s|,|$)|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b\d{4}\s?[A-Z]{2}\b/;
/** A house number at either end of a line: "Weena 664", "35 rue du Port", "93B Sai Yu Chung", "Bahnstr. 42". */
const HOUSE_NUMBER = /^\d{1,5}[A-Za-z]?\b|\b\d{1,5}[A-Za-z]?$/;

const heightOf = (box: Box) => Math.max(box[3] - box[1], 0.004);

function kindOf(text: string): SegmentKind {
  const label = text.match(LABEL_LINE)?.[1] ?? text;
  if (roleOfLabel(label.trim())) return 'role';
  if (senderParts(text)) return 'sender';
  if (TITLE.test(text)) return 'title';
  if (CONTACT.test(text)) return 'contact';
  if (LABEL_LINE.test(text) && !ATTENTION.test(text)) return 'label';
  // A date alone ("2020-11-21", "Jan 1, 2022"): nothing left once numbers and month names are taken out.
  if (findDate(text) && !text.split(/[^\p{L}]+/u).some((word) => word.length > 1 && !monthOf(word))) return 'date';
  return 'text';
}

function senderParts(text: string): string[] | undefined {
  const parts = text.split(SENDER_SEPARATOR).map((p) => p.trim().replace(/[,;]$/, '')).filter(Boolean);
  return parts.length >= 3 && parts.slice(1).some((p) => POSTCODE.test(p)) && /\p{L}{2}/u.test(parts[0]) ? parts : undefined;
}

/** A line cut into segments at wide gaps: a letterhead column and an address column share lines. */
function segmentsOf(line: PlacedLine): Segment[] {
  const segments: Segment[] = [];
  let current: TextItem[] = [];
  const flush = () => {
    if (!current.length) return;
    const text = current.map((i) => i.text).join(' ').replace(/\s+/g, ' ').trim();
    segments.push({ items: current, box: unionBox(current.map((i) => i.box)), text, kind: kindOf(text), page: line.page });
    current = [];
  };
  for (const item of line.items) {
    const previous = current[current.length - 1];
    if (previous && item.box[0] - previous.box[2] > Math.max(2 * heightOf(item.box), 0.03)) flush();
    current.push(item);
  }
  flush();
  // Four cells or more make a table row; a cell after "Label:" is that label's value ("Date:" | "Jan 1, 2022").
  if (segments.length >= 4) return segments.map((s) => ({ ...s, kind: 'table' }));
  return segments.map((s, i) => (i > 0 && /[:：]\s*$/.test(segments[i - 1].text) && s.kind === 'text' ? { ...s, kind: 'value' } : s));
}

const nameOf = (block: Block) => block.segments.find((s) => s.kind === 'text' && !NOT_A_NAME.test(s.text));

const isAddressLine = (text: string) => POSTCODE.test(text) || HOUSE_NUMBER.test(text.replace(/[,.;]$/, '')) || countryOf(text) !== undefined;

/** OCR words read with less confidence than this are no evidence that a party is printed there. */
const MIN_OCR_NAME_CONFIDENCE = 0.8;

/**
 * A name is mostly letters (not a document number such as "ZHT-2025-7135") and, on a scanned page, read
 * with confidence: a misread table header must not become a buyer.
 */
function looksLikeName(segment: Segment): boolean {
  const letters = (segment.text.match(/\p{L}/gu) ?? []).length;
  const digits = (segment.text.match(/\d/g) ?? []).length;
  if (letters < 2 || digits * 3 > letters || /^\d/.test(segment.text)) return false;
  const confidences = segment.items.flatMap((item) => (item.words ?? [item]).map((w) => w.confidence)).filter((c): c is number => c !== undefined);
  return !confidences.length || confidences.reduce((a, b) => a + b, 0) / confidences.length >= MIN_OCR_NAME_CONFIDENCE;
}

/** A party block: a name, then at least one line of address (a postcode, a house number or a country). */
function isPartyBlock(block: Block): boolean {
  const name = nameOf(block);
  if (block.labelled || !name || !looksLikeName(name)) return false;
  const after = block.segments.slice(block.segments.indexOf(name) + 1).filter((s) => s.kind === 'text');
  return after.some((s) => isAddressLine(s.text));
}

/**
 * A letterhead printed as a name over contact details only ("Sammy Maystone" over "smaystone4@fake.com"), at the
 * very top of the page: the issuer, even without a postal address.
 */
function isContactLetterhead(block: Block): boolean {
  const name = nameOf(block);
  if (block.labelled || !name || !looksLikeName(name) || block.box[1] > LETTERHEAD_BAND) return false;
  return block.segments.slice(block.segments.indexOf(name) + 1).some((s) => s.kind === 'contact');
}

const compact = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function partyOf(role: Party['role'], name: string, nameSegment: Segment, rest: Segment[], how: string, warnings: string[]): Party {
  const address = rest.filter((s) => s.kind === 'text').map((s) => s.text);
  const party: Party = {
    role,
    name,
    identifiers: [],
    evidence: { page: nameSegment.page, box: nameSegment.box, text: nameSegment.text, confidence: INFERRED_ROLE_CONFIDENCE },
    roleInferred: true,
  };
  if (address.length) party.address = address.join(', ');
  for (const segment of rest) {
    for (const found of findIdentifiers(segment.text)) {
      if (party.identifiers.some((i) => i.scheme === found.scheme && i.value === found.value)) continue;
      const { country: _country, ...identifier } = found;
      party.identifiers.push(identifier);
    }
  }
  const country = countryOf(`${party.address ?? ''} ${name}`);
  if (country) party.country = country;
  warnings.push(`${role} role inferred from the layout (${how}), not from a label: "${name}"`);
  return party;
}

function partyOfBlock(role: Party['role'], block: Block, how: string, warnings: string[]): Party {
  const nameSegment = nameOf(block)!;
  const rest = block.segments.slice(block.segments.indexOf(nameSegment) + 1);
  return partyOf(role, cleanName(nameSegment.text), nameSegment, rest, how, warnings);
}

function cleanName(raw: string): string {
  return raw.replace(ATTENTION, '').replace(/\s+/g, ' ').replace(/[,;]\s*$/, '').trim();
}

/**
 * Adds the seller and/or buyer that no label named, inferred from the top of the first page. `stop` tells
 * where the header ends (a goods-table header, a labelled party block). Returns the parties to add.
 */
export function inferPartyRoles(lines: PlacedLine[], labelled: Party[], stop: (line: PlacedLine) => boolean): { parties: Party[]; warnings: string[] } {
  const warnings: string[] = [];
  const needSeller = !labelled.some((p) => p.role === 'seller');
  const needBuyer = !labelled.some((p) => p.role === 'buyer');
  if ((!needSeller && !needBuyer) || !lines.length) return { parties: [], warnings };
  const firstPage = lines[0].page;
  const region: PlacedLine[] = [];
  for (const line of lines) {
    if (line.page !== firstPage || line.box[1] > TOP_REGION || stop(line)) break;
    region.push(line);
  }

  // Blocks: segments stacked in one column, each close under the previous one.
  const blocks: Block[] = [];
  const open: Block[] = [];
  let sender: Segment | undefined;
  for (const segment of region.flatMap(segmentsOf)) {
    const column = open.find((b) => Math.abs(b.segments[0].box[0] - segment.box[0]) < 0.03 && segment.box[1] - b.box[3] < 1.6 * heightOf(segment.box) && segment.box[1] >= b.box[1]);
    if (segment.kind === 'sender') sender ??= segment;
    if (segment.kind === 'role') {
      // A labelled party's block: its lines belong to it, not to an inferred party.
      if (column) open.splice(open.indexOf(column), 1);
      const block: Block = { segments: [segment], box: segment.box, labelled: true };
      blocks.push(block);
      open.push(block);
      continue;
    }
    if (segment.kind !== 'text' && segment.kind !== 'contact') {
      // Labels, titles, dates and sender lines end the block of their column.
      if (column) open.splice(open.indexOf(column), 1);
      continue;
    }
    if (column && column.segments.length < MAX_BLOCK_SEGMENTS) {
      column.segments.push(segment);
      column.box = unionBox([column.box, segment.box]);
      continue;
    }
    if (column) open.splice(open.indexOf(column), 1);
    if (segment.kind !== 'text') continue;
    const block: Block = { segments: [segment], box: segment.box };
    blocks.push(block);
    open.push(block);
  }
  const known = new Set(labelled.map((p) => compact(p.name)));
  const candidates = blocks.filter((b) => isPartyBlock(b) && !known.has(compact(cleanName(nameOf(b)!.text))));

  // The addressee sits in the envelope window, right under the sender line.
  const addressee = sender && candidates.find((b) => Math.abs(b.box[0] - sender.box[0]) < 0.05 && b.box[1] > sender.box[1] && b.box[1] - sender.box[3] < ADDRESS_WINDOW_DROP);
  const letterhead = candidates.find((b) => b !== addressee)
    ?? blocks.find((b) => isContactLetterhead(b) && !known.has(compact(cleanName(nameOf(b)!.text))));
  const parties: Party[] = [];

  let sellerBlock: Block | undefined;
  if (needSeller) {
    const parts = sender && senderParts(sender.text);
    if (sender && parts && !known.has(compact(parts[0]))) {
      const rest: Segment[] = parts.slice(1).map((text) => ({ ...sender, text, kind: 'text' }));
      parties.push(partyOf('seller', cleanName(parts[0]), { ...sender, text: parts[0] }, rest, 'sender line above the address window', warnings));
    } else if (letterhead) {
      sellerBlock = letterhead;
      parties.push(partyOfBlock('seller', letterhead, 'letterhead at the top of the page', warnings));
    }
  }
  if (needBuyer) {
    // Without a sender line, a block at the very top is the issuer's letterhead, not the addressee.
    const buyerBlock = addressee ?? candidates.find((b) => b !== sellerBlock && (needSeller || b.box[1] > LETTERHEAD_BAND));
    const sellerName = parties[0]?.name ?? labelled.find((p) => p.role === 'seller')?.name;
    if (buyerBlock && (!sellerName || compact(cleanName(nameOf(buyerBlock)!.text)) !== compact(sellerName))) {
      parties.push(partyOfBlock('buyer', buyerBlock, addressee ? 'address window under the sender line' : 'address block below the letterhead', warnings));
    }
  }
  return { parties, warnings };
}
