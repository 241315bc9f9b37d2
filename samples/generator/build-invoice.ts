/**
 * Draws one invoice from a seeded stream: who trades what with whom, in which language and layout,
 * and every string the renderer prints. The draft carries both the printed text and the facts the
 * ground truth records, built from the same values so they cannot disagree.
 */
import {
  BUYER_COUNTRIES, buyerCompany, cityOf, countryName, drawSeller, forwarderCompany, kzBank, personName, sellerCompany,
  type BuyerCountry, type Company,
} from './companies';
import { addDays, amountInWords, DATE_STYLES, drawDate, formatDate, formatMoney, formatQuantity, NUMBER_STYLES } from './formats';
import { CATALOGUE, printHs, unitWords, type CatalogueItem } from './goods';
import { inLang, type Loc } from './localized';
import { Rng } from './rng';
import { REAL_SDN_ENTITIES, type SdnEntity } from './sdn-entities';
import type {
  ColumnKind, GeneratorMeta, GoodsLineDraft, HsStyle, IdLine, InvoiceTruth, Language, LanguageMode, Layout, PartyDraft, PartyRole,
} from './types';
import { pickIndex, pickLabel, separatorOf, VOCABULARY, type Vocabulary } from './vocabulary';

export interface FontSpec {
  name: string;
  regular: string;
  bold: string;
  /** PostScript name inside a .ttc collection. */
  family?: string;
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
export const FONTS: Record<string, FontSpec> = {
  'dejavu-sans': { name: 'dejavu-sans', regular: `${DEJAVU}/DejaVuSans.ttf`, bold: `${DEJAVU}/DejaVuSans-Bold.ttf` },
  'dejavu-serif': { name: 'dejavu-serif', regular: `${DEJAVU}/DejaVuSerif.ttf`, bold: `${DEJAVU}/DejaVuSerif-Bold.ttf` },
  'dejavu-condensed': { name: 'dejavu-condensed', regular: `${DEJAVU}/DejaVuSansCondensed.ttf`, bold: `${DEJAVU}/DejaVuSansCondensed-Bold.ttf` },
  // The CJK font has no bold face; bold text uses the regular one.
  wqy: { name: 'wqy', regular: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', bold: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
};

export interface HeaderDraft {
  title: string;
  /** Flow layouts: lines under the title; a pair prints as two runs on one baseline. */
  lines: Array<string | [string, string]>;
  /** Header-table layout: the same facts as label/value rows (labels without separator). */
  rows: Array<[string, string]>;
}

export interface InvoiceDraft {
  fileStem: string;
  meta: GeneratorMeta;
  languages: Language[];
  separator: string;
  font: FontSpec;
  invoice: InvoiceTruth['invoice'];
  totalCents: number;
  header: HeaderDraft;
  parties: PartyDraft[];
  bank: PartyDraft;
  bankHeading: string;
  addressLabel: string;
  /** Label/value pairs; flow layouts print "label: value". */
  terms: Array<[string, string]>;
  table: { columns: ColumnKind[]; headers: string[]; rows: string[][]; totalRow?: [string, string] };
  lines: GoodsLineDraft[];
  totals: Array<[string, string]>;
  /** VAT note and amount in words, under the totals. */
  notes: string[];
  signatures: Array<{ role: string; name: string }>;
  stamp: { caption: string; lines: string[]; rotated: boolean };
  footer: string;
  pageLabel: (i: number, n: number) => string;
  continued: string;
  sdnEntities: SdnEntity[];
}

/** Constraints a caller may force (the committed fixtures use them); anything unset is drawn. */
export interface DraftConstraints {
  languages?: readonly Language[];
  primary?: Language;
  secondary?: Language | null;
  layout?: Layout;
  multiPage?: boolean;
  sdnBuyer?: boolean;
}

const USD_RATE: Record<string, number> = { USD: 1, EUR: 0.92, RUB: 90, CNY: 7.2, KZT: 470, AED: 3.67, TRY: 32 };

const CURRENCIES: Record<BuyerCountry, ReadonlyArray<readonly [string, number]>> = {
  RU: [['RUB', 0.45], ['USD', 0.25], ['EUR', 0.15], ['CNY', 0.1], ['KZT', 0.05]],
  KG: [['USD', 0.5], ['KZT', 0.2], ['RUB', 0.3]],
  UZ: [['USD', 0.6], ['KZT', 0.2], ['RUB', 0.2]],
  BY: [['RUB', 0.5], ['USD', 0.3], ['EUR', 0.2]],
  CN: [['CNY', 0.5], ['USD', 0.5]],
  IR: [['USD', 0.5], ['EUR', 0.3], ['AED', 0.2]],
  DE: [['EUR', 0.9], ['USD', 0.1]],
  AE: [['USD', 0.7], ['AED', 0.3]],
  TR: [['USD', 0.5], ['EUR', 0.3], ['TRY', 0.2]],
};

const BUYERS_BY_LANGUAGE: Record<Language, ReadonlyArray<readonly [BuyerCountry, number]>> = {
  ru: [['RU', 0.35], ['KG', 0.1], ['UZ', 0.1], ['BY', 0.05], ['AE', 0.1], ['TR', 0.08], ['CN', 0.08], ['IR', 0.07], ['DE', 0.07]],
  kk: [['RU', 0.3], ['KG', 0.15], ['UZ', 0.15], ['CN', 0.1], ['DE', 0.1], ['TR', 0.1], ['AE', 0.1]],
  en: [['AE', 0.2], ['TR', 0.15], ['DE', 0.15], ['IR', 0.12], ['CN', 0.1], ['RU', 0.13], ['UZ', 0.05], ['KG', 0.05], ['BY', 0.05]],
  zh: [['CN', 0.85], ['AE', 0.05], ['KG', 0.05], ['UZ', 0.05]],
};

const HIGH_RISK_COUNTRIES = new Set(['RU', 'BY', 'IR', 'KP', 'SY']);

// ---------------------------------------------------------------- language, layout, styles

function drawLanguageMode(rng: Rng, c: DraftConstraints): LanguageMode {
  const primary = c.primary ?? rng.pick(c.languages ?? ['ru', 'kk', 'en', 'zh']);
  if (c.secondary !== undefined) return c.secondary ? { primary, secondary: c.secondary } : { primary };
  const bilingual: Record<Language, [Language | undefined, number]> = { ru: ['en', 0.25], kk: ['ru', 0.5], en: [undefined, 0], zh: ['en', 0.25] };
  const [secondary, p] = bilingual[primary];
  return secondary && rng.chance(p) ? { primary, secondary } : { primary };
}

function drawColumns(rng: Rng, origin: boolean): ColumnKind[] {
  const order = rng.weighted<ColumnKind[]>([
    [['no', 'description', 'hs', 'qty', 'unit', 'price', 'amount'], 0.6],
    [['no', 'hs', 'description', 'qty', 'unit', 'price', 'amount'], 0.15],
    [['no', 'description', 'hs', 'unit', 'qty', 'price', 'amount'], 0.15],
    [['description', 'hs', 'qty', 'unit', 'price', 'amount'], 0.1],
  ]);
  if (!origin) return order;
  const at = order.indexOf('hs') + 1;
  return [...order.slice(0, at), 'origin', ...order.slice(at)];
}

function drawHsStyle(rng: Rng, lang: Language): HsStyle {
  const cis: ReadonlyArray<readonly [HsStyle, number]> = [['tnved-spaced', 0.35], ['tnved-plain', 0.3], ['hs6-dotted', 0.15], ['tnved-dotted', 0.1], ['hs6-plain', 0.1]];
  const intl: ReadonlyArray<readonly [HsStyle, number]> = [['hs6-dotted', 0.35], ['tnved-plain', 0.25], ['hs6-plain', 0.2], ['tnved-dotted', 0.1], ['tnved-spaced', 0.1]];
  return rng.weighted(lang === 'ru' || lang === 'kk' ? cis : intl);
}

// ---------------------------------------------------------------- header

function headerDraft(rng: Rng, mode: LanguageMode, number: string, date: string): { header: Omit<HeaderDraft, 'title'>; variant: string } {
  const key = mode.secondary ? `${mode.primary}-${mode.secondary}` : mode.primary;
  type Variant = [string, number, Array<string | [string, string]>, Array<[string, string]>];
  const variants: Record<string, Variant[]> = {
    ru: [
      ['ru-single', 0.4, [`Счёт-фактура № ${number} от ${date}`], [['Счёт-фактура №', number], ['Дата', date]]],
      ['ru-invoice', 0.2, [`Инвойс № ${number} от ${date}`], [['Инвойс №', number], ['Дата', date]]],
      ['ru-pair', 0.3, [[`Счёт № ${number}`, `Дата: ${date}`]], [['Счёт №', number], ['Дата счёта', date]]],
      ['ru-number-label', 0.1, [`Номер счёта: ${number}`, `Дата счёта: ${date}`], [['Номер счёта', number], ['Дата счёта', date]]],
    ],
    kk: [
      ['kk-pair', 0.5, [[`Шот-фактура № ${number}`, `Күні: ${date}`]], [['Шот-фактура №', number], ['Күні', date]]],
      ['kk-number-first', 0.2, [`№ ${number} шот-фактура, ${date}`], [['Шот-фактура №', number], ['Күні', date]]],
      ['kk-stacked', 0.3, [`Шот-фактура № ${number}`, `Күні: ${date}`], [['Шот-фактура №', number], ['Күні', date]]],
    ],
    en: [
      ['en-pair', 0.4, [[`Invoice No.: ${number}`, `Date: ${date}`]], [['Invoice No.', number], ['Date', date]]],
      ['en-stacked-hash', 0.2, [`Invoice #: ${number}`, `Invoice date: ${date}`], [['Invoice #', number], ['Invoice date', date]]],
      ['en-single', 0.2, [`Commercial Invoice No. ${number} dated ${date}`], [['Invoice No.', number], ['Date', date]]],
      ['en-number-word', 0.2, [`Invoice Number: ${number}`, `Date of issue: ${date}`], [['Invoice Number', number], ['Date of issue', date]]],
    ],
    zh: [
      ['zh-pair', 0.5, [[`发票号码：${number}`, `日期：${date}`]], [['发票号码', number], ['日期', date]]],
      ['zh-stacked', 0.3, [`发票编号：${number}`, `开票日期：${date}`], [['发票编号', number], ['开票日期', date]]],
      ['zh-short', 0.2, [[`发票号：${number}`, `日期：${date}`]], [['发票号', number], ['日期', date]]],
    ],
    'ru-en': [['ru-en-pair', 1, [[`Счёт-фактура № / Invoice No.: ${number}`, `Дата / Date: ${date}`]], [['Счёт-фактура № / Invoice No.', number], ['Дата / Date', date]]]],
    'kk-ru': [['kk-ru-pair', 1, [[`Шот-фактура № / Счёт-фактура №: ${number}`, `Күні / Дата: ${date}`]], [['Шот-фактура № / Счёт-фактура №', number], ['Күні / Дата', date]]]],
    'zh-en': [['zh-en-pair', 1, [[`发票号码 / Invoice No.：${number}`, `日期 / Date：${date}`]], [['发票号码 / Invoice No.', number], ['日期 / Date', date]]]],
  };
  const [variant, , lines, rows] = rng.weighted(variants[key].map((v) => [v, v[1]] as const));
  return { header: { lines, rows }, variant };
}

function invoiceNumber(rng: Rng, prefix: string, date: string, lang: Language): string {
  const [y, m] = date.split('-');
  const seq = (n: number) => String(rng.int(1, 10 ** n - 1)).padStart(n, '0');
  const formats: Array<() => string> = [
    () => `${prefix}-${y}-${seq(4)}`,
    () => `${seq(3)}/${y.slice(2)}`,
    () => `INV-${y.slice(2)}-${seq(4)}`,
    () => `${y}${m}${seq(3)}`,
    () => (lang === 'ru' || lang === 'kk' ? `ЭКС-${seq(5)}` : `EXP-${seq(5)}`),
    () => `${prefix}${y}${seq(4)}`,
  ];
  return rng.pick(formats)();
}

// ---------------------------------------------------------------- parties

function partyDraft(role: PartyRole, label: string, company: Company, sdn?: SdnEntity): PartyDraft {
  return { role, label, name: company.name, country: company.country, addressLines: company.addressLines, idLines: company.idLines, ...(sdn ? { sdnEntryId: sdn.entryId } : {}) };
}

function sdnCompany(rng: Rng, entity: SdnEntity, lang: Language): Company {
  const cyrillic = (lang === 'ru' || lang === 'kk') && entity.nameCyrillic && rng.chance(0.5);
  const sep = lang === 'zh' ? '：' : ': ';
  const labelOf: Record<string, string> = { 'RU-INN': lang === 'ru' || lang === 'kk' ? 'ИНН' : 'Tax ID (INN)', 'KG-INN': 'INN', 'UZ-INN': 'INN' };
  const idLines: IdLine[] = entity.identifiers.map((id) => ({ text: `${labelOf[id.scheme]}${sep}${id.value}`, label: labelOf[id.scheme], value: id.value, ids: [id] }));
  const name = cyrillic ? entity.nameCyrillic! : entity.name;
  return { name, country: entity.country, addressLines: [entity.address], idLines, stampName: name.toUpperCase(), city: cityOf(rng, entity.country) };
}

interface PartyPlan {
  parties: PartyDraft[];
  destination: string;
  destinationCity: Loc;
  sellerCity: Loc;
  buyerCountry: BuyerCountry;
  sellerStamp: { name: string; bin: string };
  sdn: SdnEntity[];
}

function drawParties(rng: Rng, mode: LanguageMode, c: DraftConstraints): PartyPlan {
  const lang = mode.primary;
  const label = (role: PartyRole) => pickLabel(rng, mode, (v) => v.roles[role]);
  const sellerSeed = drawSeller(rng.fork('seller'));
  const seller = sellerCompany(sellerSeed, lang, rng.fork('seller-name'));
  const sdnChance = c.sdnBuyer === undefined ? 0.06 : c.sdnBuyer ? 1 : 0;
  const sdnEntity = rng.chance(sdnChance) ? rng.pick(REAL_SDN_ENTITIES) : undefined;
  const buyerCountry = (sdnEntity?.country as BuyerCountry | undefined) ?? rng.weighted(BUYERS_BY_LANGUAGE[lang]);
  const buyer = sdnEntity ? sdnCompany(rng, sdnEntity, lang) : buyerCompany(rng.fork('buyer'), buyerCountry, lang);

  const parties: PartyDraft[] = [partyDraft('seller', label('seller'), seller)];
  if (rng.chance(0.25)) {
    const shipper = rng.chance(0.6) ? seller : forwarderCompany(rng.fork('forwarder'), lang);
    parties.push(partyDraft('shipper', label('shipper'), shipper));
  }
  parties.push(partyDraft('buyer', label('buyer'), buyer, sdnEntity));
  let destination = buyer.country;
  let destinationCity = buyer.city;
  if (rng.chance(0.45)) {
    // A consignee in Russia behind a buyer in a third country is the transshipment pattern screening looks for.
    const transship = !sdnEntity && ['AE', 'TR', 'KG', 'UZ'].includes(buyerCountry) && rng.chance(0.3);
    const consignee = transship
      ? buyerCompany(rng.fork('consignee'), 'RU', lang)
      : rng.chance(0.6)
        ? buyer
        : buyerCompany(rng.fork('consignee'), sdnEntity ? rng.pick(BUYER_COUNTRIES) : buyerCountry, lang);
    parties.push(partyDraft('consignee', label('consignee'), consignee, consignee === buyer ? sdnEntity : undefined));
    destination = consignee.country;
    destinationCity = consignee.city;
  }
  if (rng.chance(0.08)) {
    // A payer other than the buyer (often in a third country) is a classic diversion signal.
    const payer = rng.chance(0.4) ? buyer : buyerCompany(rng.fork('payer'), rng.pick(['AE', 'TR', 'KG', 'UZ', 'CN'] as const), lang);
    parties.push(partyDraft('payer', label('payer'), payer, payer === buyer ? sdnEntity : undefined));
  }
  return {
    parties,
    destination,
    destinationCity,
    sellerCity: seller.city,
    buyerCountry,
    sellerStamp: { name: seller.stampName, bin: sellerSeed.bin },
    sdn: sdnEntity ? [sdnEntity] : [],
  };
}

// ---------------------------------------------------------------- goods

function description(item: CatalogueItem, mode: LanguageMode, model: string, article: string, rng: Rng): string {
  const withModel = (lang: Language) => [inLang(item.name, lang), model].filter(Boolean).join(' ');
  let text = withModel(mode.primary);
  if (mode.secondary === 'en' && rng.chance(mode.primary === 'zh' ? 0.4 : 0.6)) text = `${text} / ${inLang(item.name, 'en')}`;
  if (article) {
    const word: Record<Language, string> = { ru: 'арт.', kk: 'арт.', en: 'ref.', zh: '货号' };
    text = `${text}, ${word[mode.primary]} ${article}`;
  }
  return text;
}

/** Quantity and price such that quantity × price is a whole number of cents (see the truth checks). */
function drawQuantityAndPrice(rng: Rng, item: CatalogueItem, currency: string): { quantity: number; priceCents: number } {
  const [qMin, qMax] = item.quantity;
  // Log-uniform: small orders are as common as large ones.
  const raw = Math.exp(rng.float(Math.log(qMin), Math.log(qMax)));
  const decimals = item.decimals ? rng.weighted([[0, 0.5], [1, 0.2], [2, 0.2], [3, 0.1]] as const) : 0;
  const quantity = Math.max(decimals ? 0.001 : 1, Number(raw.toFixed(decimals)));
  const usd = rng.float(item.usd[0], item.usd[1]);
  let priceCents = Math.max(1, Math.round(usd * USD_RATE[currency] * 100));
  // Whole-unit prices for fractional quantities; multiples of 10 units for three decimals.
  if (decimals === 1 || decimals === 2) priceCents = Math.max(100, Math.round(priceCents / 100) * 100);
  if (decimals === 3) priceCents = Math.max(1000, Math.round(priceCents / 1000) * 1000);
  return { quantity, priceCents };
}

function amountCents(quantity: number, priceCents: number): number {
  const product = Math.round(quantity * 1000) * priceCents;
  if (product % 1000 !== 0) throw new Error(`${quantity} x ${priceCents} is not whole cents`);
  return product / 1000;
}

function drawGoods(rng: Rng, mode: LanguageMode, currency: string, hsStyle: HsStyle, multiPage: boolean, sdnBuyer: boolean): GoodsLineDraft[] {
  const count = multiPage ? rng.int(30, 60) : rng.weighted([[1, 0.2], [2, 0.25], [3, 0.2], [4, 0.12], [5, 0.08], [6, 0.06], [7, 0.05], [8, 0.04]] as const);
  // A document trades one to three kinds of goods; an SDN buyer usually gets dual-use items.
  const pool = sdnBuyer ? CATALOGUE.filter((i) => i.hs10.startsWith('85') || i.hs10.startsWith('84') || i.hs10.startsWith('90')) : CATALOGUE;
  const kinds = rng.shuffle(pool).slice(0, rng.int(1, 3));
  const unitChoice = new Map(kinds.map((k) => [k, rng.pick(unitWords(k.unit, mode.primary))]));
  const seen = new Set<string>();
  const lines: GoodsLineDraft[] = [];
  while (lines.length < count) {
    const item = rng.pick(kinds);
    const model = item.models.length ? rng.pick(item.models) : '';
    const article = multiPage || seen.has(`${item.hs10}${model}`) ? String(rng.int(10000, 99999)) : '';
    seen.add(`${item.hs10}${model}`);
    const { quantity, priceCents } = drawQuantityAndPrice(rng, item, currency);
    lines.push({
      description: description(item, mode, model, article, rng),
      hsPrinted: printHs(item.hs10, hsStyle),
      quantity,
      unit: unitChoice.get(item)!,
      unitPriceCents: priceCents,
      amountCents: amountCents(quantity, priceCents),
      originPrinted: countryName(rng.pick(item.origins), mode.primary),
    });
  }
  return lines;
}

// ---------------------------------------------------------------- totals, terms, signatures

function currencyText(amount: string, currency: string, placement: GeneratorMeta['currencyPlacement']): string {
  if (placement === 'prefix') return `${currency} ${amount}`;
  if (placement === 'suffix') return `${amount} ${currency}`;
  return amount;
}

function columnHeaders(rng: Rng, mode: LanguageMode, columns: ColumnKind[], currency: string, twoLine: boolean): string[] {
  return columns.map((kind) => {
    const primary = VOCABULARY[mode.primary].columns[kind];
    const index = pickIndex(rng, primary.length);
    const fill = (s: string) => s.replace('{cur}', currency);
    if (!mode.secondary) return fill(primary[index]);
    // The two lists are not translations of each other: the secondary wording is drawn on its own.
    const secondary = VOCABULARY[mode.secondary].columns[kind];
    const other = fill(secondary[pickIndex(rng, secondary.length)]);
    if (other === fill(primary[index])) return other;
    return twoLine ? `${fill(primary[index])}\n${other}` : `${fill(primary[index])} / ${other}`;
  });
}

function bilingual(mode: LanguageMode, get: (v: Vocabulary) => string): string {
  const primary = get(VOCABULARY[mode.primary]);
  const secondary = mode.secondary ? get(VOCABULARY[mode.secondary]) : primary;
  return secondary === primary ? primary : `${primary} / ${secondary}`;
}

const INCOTERMS: ReadonlyArray<readonly [string, number]> = [['FCA', 0.25], ['DAP', 0.3], ['CPT', 0.25], ['EXW', 0.08], ['CIP', 0.07], ['DDP', 0.05]];
const DOSTYK_STATION: Loc = { ru: 'ст. Достык', kk: 'Достық ст.', en: 'Dostyk station', zh: '多斯特克站' };

function placeOfDelivery(rng: Rng, incoterms: string, plan: PartyPlan, lang: Language): string {
  if (incoterms === 'FCA' || incoterms === 'EXW') {
    return inLang(plan.destination === 'CN' && rng.chance(0.5) ? DOSTYK_STATION : plan.sellerCity, lang);
  }
  return inLang(plan.destinationCity, lang);
}

function stampLines(rng: Rng, lang: Language, city: Loc, stamp: { name: string; bin: string }): string[] {
  // Seals print the name in two or three short lines around the centre.
  const words = stamp.name.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= 18) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const binLabel = lang === 'kk' ? rng.pick(['БСН', 'БИН']) : lang === 'ru' ? 'БИН' : 'BIN';
  return [inLang(city, lang === 'zh' ? 'en' : lang).toUpperCase(), ...lines.slice(0, 3), `${binLabel} ${stamp.bin}`];
}

// ---------------------------------------------------------------- the draft

/** `attempt` > 0 redraws a document whose first draw could not be laid out (a cell too wide for the page). */
export function drawInvoice(seed: string, index: number, constraints: DraftConstraints = {}, attempt = 0): InvoiceDraft {
  const rng = new Rng(`${seed}#${index}${attempt ? `~${attempt}` : ''}`);
  const mode = drawLanguageMode(rng.fork('language'), constraints);
  const lang = mode.primary;
  const style = rng.fork('style');
  const layout = constraints.layout ?? style.weighted<Layout>([['one-column', 0.4], ['two-column', 0.35], ['header-table', 0.25]]);
  const multiPage = constraints.multiPage ?? style.chance(0.12);
  const numberStyle = style.weighted(NUMBER_STYLES[lang]);
  const dateStyle = style.weighted(DATE_STYLES[lang]);
  const hsStyle = drawHsStyle(style, lang);
  const columns = drawColumns(style, style.chance(0.15));
  const fontName = lang === 'zh' ? 'wqy' : style.weighted([['dejavu-sans', 0.5], ['dejavu-serif', 0.25], ['dejavu-condensed', 0.25]] as const);

  const plan = drawParties(rng.fork('parties'), mode, constraints);
  const content = rng.fork('content');
  const currency = content.weighted(CURRENCIES[plan.buyerCountry]);
  const dateIso = drawDate(content);
  const date = formatDate(dateIso, dateStyle);
  const prefix = content.pick(['ALM', 'AST', 'KZE', 'KRG', 'PVL', 'SHY', 'KST', 'AKT', 'ZHT', 'TRD']);
  const number = invoiceNumber(content, prefix, dateIso, lang);
  const { header, variant } = headerDraft(content, mode, number, date);
  const incoterms = content.weighted(INCOTERMS);
  const place = placeOfDelivery(content, incoterms, plan, lang);

  const lines = drawGoods(rng.fork('goods'), mode, currency, hsStyle, multiPage, plan.sdn.length > 0);
  const totalCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const vocab = VOCABULARY[lang];
  const wrappedDescriptions = style.chance(0.25);
  const twoLineHeaders = Boolean(mode.secondary) && style.chance(0.5);
  const currencyPlacement = style.weighted([['suffix', 0.55], ['prefix', 0.25], ['none', 0.2]] as const);
  const totalsStyle = style.chance(0.5) ? 'inline' : 'split';
  const money = (cents: number) => formatMoney(cents, numberStyle);

  const table = {
    columns,
    headers: columnHeaders(style, mode, columns, currency, twoLineHeaders),
    rows: lines.map((line, i) =>
      columns.map((kind) => {
        const cells: Record<ColumnKind, string> = {
          no: String(i + 1),
          description: line.description,
          hs: line.hsPrinted,
          origin: line.originPrinted ?? '',
          qty: formatQuantity(line.quantity, numberStyle),
          unit: line.unit,
          price: money(line.unitPriceCents),
          amount: money(line.amountCents),
        };
        return cells[kind];
      }),
    ),
    ...(style.chance(0.2) ? { totalRow: [pickLabel(style, mode, (v) => v.totals), money(totalCents)] as [string, string] } : {}),
  };

  const totalLabel = pickLabel(content, mode, (v) => v.totals);
  const totals: Array<[string, string]> = [[totalLabel, currencyText(money(totalCents), currency, currencyPlacement)]];
  const notes = [content.pick(vocab.vat)];
  const words = content.chance(lang === 'ru' || lang === 'kk' ? 0.6 : 0.4) ? amountInWords(totalCents, currency, lang) : undefined;
  if (words) {
    const wordsLabel = content.pick(vocab.wordsLabel);
    notes.push(wordsLabel ? `${wordsLabel}${vocab.separator}${words}` : words);
  }

  const contractNo = `${prefix}-${plan.destination}-${dateIso.slice(0, 4)}/${String(content.int(1, 99)).padStart(2, '0')}`;
  const contractDate = formatDate(addDays(dateIso, -content.int(20, 120)), dateStyle);
  const split = (text: string): [string, string] => {
    const at = text.search(/[:：]/);
    return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  };
  const origins = [...new Set(lines.map((l) => l.originPrinted))];
  const terms: Array<[string, string]> = [
    split(vocab.terms.contract(contractNo, contractDate)),
    split(vocab.terms.delivery(incoterms, place)),
    ...(origins.length === 1 ? [split(vocab.terms.origin(origins[0]!))] : []),
    split(vocab.terms.destination(countryName(plan.destination, lang))),
    ...(content.chance(0.6) ? [split(vocab.terms.currency(currency))] : []),
    ...(content.chance(0.5) ? [split(content.pick(vocab.terms.payment))] : []),
    ...(content.chance(0.3) ? [split(content.pick(vocab.terms.transport))] : []),
  ];

  const bankCompany = kzBank(rng.fork('bank'), lang, plan.sellerCity);
  const bank = partyDraft('bank', pickLabel(content, mode, (v) => v.roles.bank), bankCompany);
  const signatureRoles = content.pick(vocab.signatures);
  const secondaryRoles = mode.secondary ? VOCABULARY[mode.secondary].signatures[0] : undefined;
  const signatures = signatureRoles.map((role, i) => ({
    role: secondaryRoles?.[i] ? `${role} / ${secondaryRoles[i]}` : role,
    name: lang === 'ru' || lang === 'kk' ? `/${personName(content, lang)}/` : personName(content, lang),
  }));

  const meta: GeneratorMeta = {
    seed,
    index,
    layout,
    languageMode: mode,
    font: fontName,
    numberStyle,
    dateStyle,
    hsStyle,
    colonlessLabels: layout === 'header-table' && style.chance(0.3),
    nameBelowLabel: layout !== 'header-table' && style.chance(0.25),
    wrappedDescriptions,
    wrappedRows: 0,
    rowAlign: style.chance(0.75) ? 'top' : 'middle',
    totalsStyle,
    currencyPlacement,
    totalRowInTable: Boolean(table.totalRow),
    columns,
    tableHeaders: table.headers,
    multiPage,
    pages: 0,
    headerVariant: variant,
    amountInWords: Boolean(words),
  };
  const languages: Language[] = mode.secondary ? [mode.primary, mode.secondary] : [mode.primary];
  return {
    fileStem: `${String(index).padStart(5, '0')}-${languages.join('-')}-${layout}`,
    meta,
    languages,
    separator: separatorOf(mode),
    font: FONTS[fontName],
    invoice: { number, date: dateIso, currency, incoterms, placeOfDelivery: place, destinationCountry: plan.destination, total: totalCents / 100 },
    totalCents,
    header: { title: pickLabel(content, mode, (v) => v.titles), ...header },
    parties: plan.parties,
    bank,
    bankHeading: bilingual(mode, (v) => v.bankHeading[0]),
    addressLabel: bilingual(mode, (v) => v.address),
    terms,
    table,
    lines,
    totals,
    notes,
    signatures,
    stamp: { caption: bilingual(mode, (v) => v.stampCaption[0]), lines: stampLines(content, lang, plan.sellerCity, plan.sellerStamp), rotated: style.chance(0.4) },
    footer: vocab.footer,
    pageLabel: vocab.page,
    continued: vocab.continued(number),
    sdnEntities: plan.sdn,
  };
}

export { HIGH_RISK_COUNTRIES };
