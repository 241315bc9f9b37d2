/**
 * The printed wording of invoices in each language: titles, party labels, header and table labels,
 * totals, terms. Lists are ordered by how common the wording is; `pick` favours the first entry, so
 * rarer wordings (that an extractor may not know) appear, but not in most documents.
 */
import type { Rng } from './rng';
import type { ColumnKind, Language, LanguageMode, PartyRole } from './types';

export interface Vocabulary {
  titles: string[];
  roles: Record<PartyRole, string[]>;
  separator: string;
  address: string;
  totals: string[];
  wordsLabel: string[];
  vat: string[];
  bankHeading: string[];
  signatures: string[][];
  stampCaption: string[];
  page: (i: number, n: number) => string;
  continued: (number: string) => string;
  footer: string;
  columns: Record<ColumnKind, string[]>;
  terms: {
    contract: (no: string, date: string) => string;
    delivery: (incoterms: string, place: string) => string;
    origin: (country: string) => string;
    destination: (country: string) => string;
    currency: (code: string) => string;
    payment: string[];
    transport: string[];
  };
}

export const VOCABULARY: Record<Language, Vocabulary> = {
  ru: {
    titles: ['СЧЁТ-ФАКТУРА', 'ИНВОЙС', 'СЧЕТ-ФАКТУРА', 'СЧЁТ-ФАКТУРА (ИНВОЙС)'],
    roles: {
      seller: ['Продавец', 'Поставщик', 'Экспортёр'],
      buyer: ['Покупатель', 'Импортёр', 'Заказчик'],
      consignee: ['Грузополучатель'],
      shipper: ['Грузоотправитель'],
      payer: ['Плательщик'],
      bank: ['Банк', 'Банк продавца', 'Банк получателя'],
    },
    separator: ': ',
    address: 'Адрес',
    totals: ['Итого', 'Итого к оплате', 'Всего к оплате', 'Всего', 'ИТОГО'],
    wordsLabel: ['Сумма прописью', 'Всего к оплате', 'Итого прописью'],
    vat: ['НДС: 0% (экспорт)', 'Без НДС', 'НДС не облагается (экспорт)'],
    bankHeading: ['Банковские реквизиты продавца:', 'Реквизиты для оплаты:'],
    signatures: [['Директор', 'Главный бухгалтер'], ['Руководитель', 'Главный бухгалтер'], ['Генеральный директор']],
    stampCaption: ['М.П.'],
    page: (i, n) => `Страница ${i} из ${n}`,
    continued: (no) => `Продолжение счёта-фактуры № ${no}`,
    footer: 'Синтетический документ doc-audit для тестирования. Не является документом реальной сделки.',
    columns: {
      no: ['№', '№ п/п'],
      description: ['Наименование товара', 'Наименование', 'Описание товара', 'Товар'],
      hs: ['Код ТН ВЭД', 'ТН ВЭД ЕАЭС', 'Код ТН ВЭД ЕАЭС'],
      origin: ['Страна происх.'],
      qty: ['Кол-во', 'Количество'],
      unit: ['Ед.', 'Ед. изм.'],
      price: ['Цена, {cur}', 'Цена за ед., {cur}'],
      amount: ['Сумма, {cur}', 'Стоимость, {cur}'],
    },
    terms: {
      contract: (no, date) => `Договор (контракт): № ${no} от ${date}`,
      delivery: (inc, place) => `Условия поставки: ${inc} ${place} (Инкотермс 2020)`,
      origin: (c) => `Страна происхождения товара: ${c}`,
      destination: (c) => `Страна назначения: ${c}`,
      currency: (code) => `Валюта платежа: ${code}`,
      payment: ['Условия оплаты: 100% предоплата', 'Оплата: в течение 30 календарных дней', 'Оплата: аккредитив'],
      transport: ['Вид транспорта: железнодорожный', 'Вид транспорта: автомобильный', 'Вид транспорта: авиа'],
    },
  },
  kk: {
    titles: ['ШОТ-ФАКТУРА', 'ИНВОЙС'],
    roles: {
      seller: ['Сатушы', 'Жеткізуші', 'Экспорттаушы'],
      buyer: ['Сатып алушы'],
      consignee: ['Жүк алушы'],
      shipper: ['Жүк жөнелтуші'],
      payer: ['Төлеуші'],
      bank: ['Банк'],
    },
    separator: ': ',
    address: 'Мекенжайы',
    totals: ['Барлығы', 'Жиыны', 'Төлеуге барлығы'],
    wordsLabel: ['Барлығы жазбаша', 'Жазбаша'],
    vat: ['ҚҚС: 0% (экспорт)', 'ҚҚС-сыз'],
    bankHeading: ['Сатушының банк деректемелері:', 'Төлем деректемелері:'],
    signatures: [['Директор', 'Бас бухгалтер'], ['Басшы', 'Бас бухгалтер'], ['Басшы']],
    stampCaption: ['М.О.'],
    page: (i, n) => `Бет ${i} / ${n}`,
    continued: (no) => `№ ${no} шот-фактураның жалғасы`,
    footer: 'doc-audit тестілеуге арналған синтетикалық құжат. Нақты мәміленің құжаты емес.',
    columns: {
      no: ['№', 'Р/с'],
      description: ['Тауардың атауы', 'Атауы'],
      hs: ['ЕАЭО СЭҚ ТН коды', 'СЭҚ ТН коды'],
      origin: ['Шығарылған елі'],
      qty: ['Саны'],
      unit: ['Өлш. бірл.', 'Өлшем бірлігі'],
      price: ['Бағасы, {cur}'],
      amount: ['Сомасы, {cur}', 'Құны, {cur}'],
    },
    terms: {
      contract: (no, date) => `Келісімшарт: № ${no}, ${date}`,
      delivery: (inc, place) => `Жеткізу шарттары: ${inc} ${place} (Инкотермс 2020)`,
      origin: (c) => `Шығарылған елі: ${c}`,
      destination: (c) => `Баратын елі: ${c}`,
      currency: (code) => `Валюта: ${code}`,
      payment: ['Төлем шарттары: 100% алдын ала төлем', 'Төлем: 30 күн ішінде'],
      transport: ['Көлік түрі: темір жол', 'Көлік түрі: автомобиль'],
    },
  },
  en: {
    titles: ['COMMERCIAL INVOICE', 'INVOICE', 'EXPORT INVOICE'],
    roles: {
      seller: ['Seller', 'Exporter', 'Supplier'],
      buyer: ['Buyer', 'Bill to', 'Sold to', 'Importer'],
      consignee: ['Consignee', 'Ship to'],
      shipper: ['Shipper'],
      payer: ['Payer'],
      bank: ['Bank', 'Beneficiary bank'],
    },
    separator: ': ',
    address: 'Address',
    totals: ['Total', 'Total amount', 'Grand total', 'TOTAL', 'Total due', 'Invoice total'],
    wordsLabel: ['Amount in words', ''],
    vat: ['VAT: 0% (export)', 'VAT exempt (export)'],
    bankHeading: ['Bank details:', 'Banking details of the seller:'],
    signatures: [['Director'], ['General Manager'], ['Authorized signature']],
    stampCaption: ['Seal', 'Company stamp'],
    page: (i, n) => `Page ${i} of ${n}`,
    continued: (no) => `Invoice ${no} (continued)`,
    footer: 'Synthetic doc-audit test document; not a document of a real transaction.',
    columns: {
      no: ['No.', '#'],
      description: ['Description of goods', 'Description', 'Goods'],
      hs: ['HS code', 'HS Code', 'H.S. code', 'Tariff code'],
      origin: ['Origin', 'Country of origin'],
      qty: ['Qty', 'Quantity'],
      unit: ['Unit', 'UoM'],
      price: ['Unit price, {cur}', 'Price ({cur})', 'Rate, {cur}'],
      amount: ['Amount, {cur}', 'Total ({cur})', 'Value, {cur}'],
    },
    terms: {
      contract: (no, date) => `Contract: No. ${no} dated ${date}`,
      delivery: (inc, place) => `Terms of delivery: ${inc} ${place} (Incoterms 2020)`,
      origin: (c) => `Country of origin: ${c}`,
      destination: (c) => `Country of destination: ${c}`,
      currency: (code) => `Currency: ${code}`,
      payment: ['Payment terms: 100% prepayment', 'Payment: 30 days net', 'Payment: irrevocable L/C at sight'],
      transport: ['Transport: by rail', 'Transport: by truck', 'Transport: by air'],
    },
  },
  zh: {
    titles: ['商业发票', '发票', '出口发票'],
    roles: {
      seller: ['卖方', '出口商', '供货方'],
      buyer: ['买方', '购货方'],
      consignee: ['收货人'],
      shipper: ['发货人'],
      payer: ['付款人'],
      bank: ['开户银行', '银行'],
    },
    separator: '：',
    address: '地址',
    totals: ['合计', '总计', '总金额', '合计金额'],
    wordsLabel: ['大写金额', '合计（大写）'],
    vat: ['增值税：0%（出口）'],
    bankHeading: ['卖方银行信息：', '收款银行信息：'],
    signatures: [['授权签字'], ['总经理']],
    stampCaption: ['公司盖章'],
    page: (i, n) => `第 ${i} 页，共 ${n} 页`,
    continued: (no) => `发票 ${no}（续）`,
    footer: 'doc-audit 合成测试单据，并非真实交易单据。',
    columns: {
      no: ['序号', 'No.'],
      description: ['货物名称', '品名', '商品名称'],
      hs: ['HS编码', '海关编码', '商品编码'],
      origin: ['原产国'],
      qty: ['数量'],
      unit: ['单位'],
      price: ['单价 ({cur})', '单价'],
      amount: ['金额 ({cur})', '总价', '金额'],
    },
    terms: {
      contract: (no, date) => `合同号：${no}（${date}）`,
      delivery: (inc, place) => `交货条件：${inc} ${place} (Incoterms 2020)`,
      origin: (c) => `原产国：${c}`,
      destination: (c) => `目的国：${c}`,
      currency: (code) => `币种：${code}`,
      payment: ['付款方式：100%预付款', '付款方式：信用证'],
      transport: ['运输方式：铁路运输', '运输方式：公路运输'],
    },
  },
};

/** Index into a wording list: the first (most common) wording most of the time. */
export function pickIndex(rng: Rng, length: number): number {
  if (length === 1 || rng.chance(0.6)) return 0;
  return rng.int(1, length - 1);
}

/** A label in one language or, for a bilingual document, "primary / secondary" at the same index. */
export function pickLabel(rng: Rng, mode: LanguageMode, get: (v: Vocabulary) => string[]): string {
  const primary = get(VOCABULARY[mode.primary]);
  const index = pickIndex(rng, primary.length);
  if (!mode.secondary) return primary[index];
  // The lists are not translations of each other: the secondary wording is drawn on its own.
  const other = get(VOCABULARY[mode.secondary]);
  const secondary = other[pickIndex(rng, other.length)];
  // Words both languages share ("Банк", "Валюта") are printed once.
  return secondary === primary[index] ? secondary : `${primary[index]} / ${secondary}`;
}

export const separatorOf = (mode: LanguageMode): string => VOCABULARY[mode.primary].separator;
