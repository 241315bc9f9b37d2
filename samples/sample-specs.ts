/**
 * The sample invoices: everything printed on them plus the facts the ground truth records.
 * All companies, people, banks and identifiers are invented, except the OFAC SDN entry 39164
 * (Krokus Nanoelektronika), whose name, address and tax ID are taken from the SDN list so that
 * screening has a real hit to find.
 */
import type { HeaderLine, SignatureLine } from './invoice-pdf';
import type { NumberStyle } from './locale-format';
import { kkAmountInWords, ruAmountInWords } from './amount-in-words';

export type Language = 'ru' | 'en' | 'kk' | 'zh';
export type PartyRole = 'seller' | 'buyer' | 'consignee' | 'bank';
export type IdScheme = 'KZ-BIN' | 'RU-INN' | 'RU-KPP' | 'CN-USCC' | 'VAT' | 'SWIFT' | 'IBAN';
export type Decision = 'clear' | 'review' | 'block';

export interface Identifier {
  scheme: IdScheme;
  /** Normalised value (no spaces); the printed text may group it. */
  value: string;
}

/** A printed line carrying identifiers; the generator checks each value appears in the text. */
export interface IdLine {
  text: string;
  ids: Identifier[];
}

export interface PartySpec {
  role: PartyRole;
  label: string;
  /** Exactly as printed after the label. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lines: (string | IdLine)[];
  /** Set only on the real sanctioned entity. */
  sdnEntryId?: number;
}

export interface GoodsLine {
  description: string;
  /** As printed; the ground truth keeps only its digits. */
  hs: string;
  quantity: number;
  unit: string;
  /** Major units; must multiply with quantity to whole cents. */
  unitPrice: number;
}

export interface Finding {
  kind: 'party' | 'goods' | 'route';
  list: 'OFAC-SDN' | 'CHPL' | 'HIGH-RISK-DESTINATION';
  /** "SDN-<ent_num>", CHPL "NNNN.NN", or the ISO country code of a route hit. */
  entryId: string;
}

export interface SampleSpec {
  file: string;
  languages: Language[];
  font: 'dejavu' | 'wqy';
  numberStyle: NumberStyle;
  /** Between a label and its value; Chinese documents use the full-width colon. */
  labelSeparator: string;
  invoice: {
    number: string;
    date: string;
    currency: string;
    incoterms: string;
    placeOfDelivery: string;
    destinationCountry: string;
  };
  title: string;
  headerLines: HeaderLine[];
  parties: PartySpec[];
  terms: string[];
  tableHeaders: [string, string, string, string, string, string, string];
  lines: GoodsLine[];
  /** Receives the formatted total and the total in cents (for amounts in words). */
  totals: (formattedTotal: string, totalCents: number) => { emphasised: string[]; plain: string[] };
  bankHeading: string;
  bank: PartySpec;
  signatures: SignatureLine[];
  stampCaption: string;
  stampLines: string[];
  footer: string;
  expectedFindings: Finding[];
  expectedDecision: Decision;
}

const id = (scheme: IdScheme, value: string): Identifier => ({ scheme, value });
const idLine = (text: string, ...ids: Identifier[]): IdLine => ({ text, ids });

const FOOTER = {
  ru: 'Образец для тестирования doc-audit. Не является документом реальной сделки.',
  en: 'Synthetic sample for doc-audit testing; not a document of a real transaction.',
  kk: 'doc-audit тестілеуге арналған үлгі. Нақты мәміленің құжаты емес.',
  zh: 'doc-audit 测试样本，并非真实交易单据。',
};

// The one real party: OFAC SDN ent_num 39164 (RUSSIA-EO14024), name, address and tax ID as listed.
const KROKUS_SDN = {
  entryId: 39164,
  nameLatin: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA',
  nameCyrillic: 'ООО «Крокус Наноэлектроника»',
  addressLatin: '42k5 Volgogradsky Ave, Moscow 109316, Russia',
  addressCyrillic: '109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5',
  inn: '7710889933',
};

// Two invented Kazakh banks, shared by the sellers. IBAN bank codes 947 and 963.
const ZHETYSU_SWIFT = 'ZHCBKZKX';
const ALTYN_KILT_SWIFT = 'ALKLKZKA';

const RU_GOODS_HEADERS = (currency: string): SampleSpec['tableHeaders'] =>
  ['№', 'Наименование товара', 'Код ТН ВЭД', 'Кол-во', 'Ед.', `Цена, ${currency}`, `Сумма, ${currency}`];

const bearingsToRussia: SampleSpec = {
  file: '01-kz-ru-bearings-to-ru.pdf',
  languages: ['ru'],
  font: 'dejavu',
  numberStyle: 'ru',
  labelSeparator: ': ',
  invoice: {
    number: 'KZ-2025-0117',
    date: '2025-03-14',
    currency: 'RUB',
    incoterms: 'DAP',
    placeOfDelivery: 'Екатеринбург',
    destinationCountry: 'RU',
  },
  title: 'СЧЁТ-ФАКТУРА',
  headerLines: ['Счёт-фактура № KZ-2025-0117 от 14.03.2025'],
  parties: [
    {
      role: 'seller',
      label: 'Продавец',
      name: 'ТОО «Медеу Подшипник Трейд»',
      country: 'KZ',
      lines: [
        'Республика Казахстан, 050051, г. Алматы, пр. Достык, д. 180, офис 412',
        idLine('БИН: 090840015627', id('KZ-BIN', '090840015627')),
      ],
    },
    {
      role: 'buyer',
      label: 'Покупатель',
      name: 'ООО «Изумрудный Вал»',
      country: 'RU',
      lines: [
        'Российская Федерация, 620014, г. Екатеринбург, ул. Малышева, д. 51, оф. 1207',
        idLine('ИНН/КПП: 6671045829/667101001', id('RU-INN', '6671045829'), id('RU-KPP', '667101001')),
      ],
    },
  ],
  terms: [
    'Договор поставки: № МПТ-24/117 от 02.12.2024',
    'Условия поставки: DAP Екатеринбург (Инкотермс 2020)',
    'Страна происхождения товара: Казахстан',
    'Страна назначения: Россия',
    'Валюта счёта: RUB',
  ],
  tableHeaders: RU_GOODS_HEADERS('RUB'),
  lines: [
    { description: 'Подшипник шариковый радиальный 6205-2RS', hs: '8482 10 100 9', quantity: 2400, unit: 'шт', unitPrice: 412.5 },
    { description: 'Подшипник шариковый радиальный 6306-2Z', hs: '8482 10 100 9', quantity: 1200, unit: 'шт', unitPrice: 687 },
    { description: 'Смазка пластичная Литол-24, ведро 10 кг', hs: '3403 99 000 0', quantity: 60, unit: 'шт', unitPrice: 3150 },
  ],
  totals: (total, cents) => ({
    emphasised: [`Итого к оплате: ${total} RUB`],
    plain: ['НДС: 0% (экспорт)', `Всего к оплате: ${ruAmountInWords(cents, 'RUB')}`],
  }),
  bankHeading: 'Банковские реквизиты продавца:',
  bank: {
    role: 'bank',
    label: 'Банк',
    name: 'АО «Жетысу Коммерц Банк»',
    country: 'KZ',
    lines: [
      'Республика Казахстан, г. Алматы, пр. Абая, д. 52',
      idLine(`БИК (SWIFT): ${ZHETYSU_SWIFT}`, id('SWIFT', ZHETYSU_SWIFT)),
      idLine('IBAN: KZ259470000284715003', id('IBAN', 'KZ259470000284715003')),
      'Кбе: 17',
    ],
  },
  signatures: [
    { role: 'Директор', name: '/Н. А. Сейткалиев/' },
    { role: 'Главный бухгалтер', name: '/Д. М. Ахметова/' },
  ],
  stampCaption: 'М.П.',
  stampLines: ['АЛМАТЫ', 'ТОО «МЕДЕУ', 'ПОДШИПНИК ТРЕЙД»', 'БИН 090840015627'],
  footer: FOOTER.ru,
  expectedFindings: [
    { kind: 'goods', list: 'CHPL', entryId: '8482.10' },
    { kind: 'route', list: 'HIGH-RISK-DESTINATION', entryId: 'RU' },
  ],
  expectedDecision: 'review',
};

const glasswareToSdnBuyer: SampleSpec = {
  file: '02-kz-en-sdn-buyer-to-ru.pdf',
  languages: ['en'],
  font: 'dejavu',
  numberStyle: 'en',
  labelSeparator: ': ',
  invoice: {
    number: 'INV-25-0042',
    date: '2025-03-18',
    currency: 'USD',
    incoterms: 'CPT',
    placeOfDelivery: 'Moscow',
    destinationCountry: 'RU',
  },
  title: 'INVOICE',
  headerLines: [{ runs: ['Invoice No.: INV-25-0042', 'Date: 2025-03-18'], offsets: [0, 250] }],
  parties: [
    {
      role: 'seller',
      label: 'Seller',
      name: 'Irtysh Lab Supply LLP',
      country: 'KZ',
      lines: [
        '12 Kazakhstan St., office 7, Oskemen 070004, Republic of Kazakhstan',
        idLine('BIN: 150940023191', id('KZ-BIN', '150940023191')),
      ],
    },
    {
      role: 'buyer',
      label: 'Buyer',
      name: KROKUS_SDN.nameLatin,
      country: 'RU',
      sdnEntryId: KROKUS_SDN.entryId,
      lines: [KROKUS_SDN.addressLatin, idLine(`Tax ID (INN): ${KROKUS_SDN.inn}`, id('RU-INN', KROKUS_SDN.inn))],
    },
  ],
  terms: [
    'Contract: ILS-RU-2025/03 dated 2025-02-20',
    'Delivery terms: CPT Moscow (Incoterms 2020)',
    'Country of origin: Kazakhstan',
    'Country of destination: Russia',
    'Payment: 100% prepayment in USD',
  ],
  tableHeaders: ['No.', 'Description of goods', 'HS code', 'Qty', 'Unit', 'Unit price, USD', 'Amount, USD'],
  lines: [
    { description: 'Laboratory glassware (soda-lime): beakers 250 ml', hs: '7017.90', quantity: 1500, unit: 'pcs', unitPrice: 3.2 },
    { description: 'Laboratory glassware (soda-lime): bottles 500 ml', hs: '7017.90', quantity: 800, unit: 'pcs', unitPrice: 6.75 },
  ],
  totals: (total) => ({ emphasised: [`Total due: ${total} USD`], plain: ['VAT: 0% (export)'] }),
  bankHeading: 'Bank details of the seller:',
  bank: {
    role: 'bank',
    label: 'Bank',
    name: 'Altyn Kilt Bank JSC',
    country: 'KZ',
    lines: [
      'Oskemen branch, Republic of Kazakhstan',
      idLine(`SWIFT: ${ALTYN_KILT_SWIFT}`, id('SWIFT', ALTYN_KILT_SWIFT)),
      // Printed in groups of four, as banks print IBANs on paper.
      idLine('IBAN: KZ28 9630 0005 1926 4007', id('IBAN', 'KZ289630000519264007')),
    ],
  },
  signatures: [{ role: 'Director', name: 'A. Zh. Mukanov' }],
  stampCaption: 'Seal',
  stampLines: ['OSKEMEN', 'IRTYSH LAB', 'SUPPLY LLP', 'BIN 150940023191'],
  footer: FOOTER.en,
  expectedFindings: [
    { kind: 'party', list: 'OFAC-SDN', entryId: 'SDN-39164' },
    { kind: 'route', list: 'HIGH-RISK-DESTINATION', entryId: 'RU' },
  ],
  expectedDecision: 'block',
};

const flourToGermany: SampleSpec = {
  file: '03-kz-kk-clean-to-de.pdf',
  languages: ['kk'],
  font: 'dejavu',
  numberStyle: 'ru',
  labelSeparator: ': ',
  invoice: {
    number: 'ҚА-2025/031',
    date: '2025-03-17',
    currency: 'EUR',
    incoterms: 'DAP',
    placeOfDelivery: 'Гамбург',
    destinationCountry: 'DE',
  },
  title: 'ШОТ-ФАКТУРА',
  headerLines: [{ runs: ['Шот-фактура № ҚА-2025/031', 'Күні: 17.03.2025'], offsets: [0, 250] }],
  parties: [
    {
      role: 'seller',
      label: 'Сатушы',
      name: '«Қостанай Астық» ЖШС',
      country: 'KZ',
      lines: [
        'Қазақстан Республикасы, 110000, Қостанай қ., Әл-Фараби даңғылы, 119, 3-қабат',
        // БСН is the Kazakh abbreviation of БИН (business identification number).
        idLine('БСН: 121140007453', id('KZ-BIN', '121140007453')),
      ],
    },
    {
      role: 'buyer',
      label: 'Сатып алушы',
      name: 'Elbkorn Mühlenhandel GmbH',
      country: 'DE',
      lines: ['Am Sandtorkai 41, 20457 Hamburg, Германия', idLine('VAT: DE293817466', id('VAT', 'DE293817466'))],
    },
  ],
  terms: [
    'Келісімшарт: № ҚА-EXP-07/2025, 10.01.2025',
    'Жеткізу шарттары: DAP Гамбург (Инкотермс 2020)',
    'Шығарылған елі: Қазақстан',
    'Баратын елі: Германия',
    'Валюта: EUR',
  ],
  tableHeaders: ['№', 'Тауардың атауы', 'ЕАЭО СЭҚ ТН коды', 'Саны', 'Өлш. бірл.', 'Бағасы, EUR', 'Сомасы, EUR'],
  lines: [
    { description: 'Бидай ұны, жоғары сорт (қап 50 кг)', hs: '1101 00 150 0', quantity: 120.5, unit: 'т', unitPrice: 318 },
    { description: 'Бидай ұны, бірінші сорт (қап 50 кг)', hs: '1101 00 150 0', quantity: 80, unit: 'т', unitPrice: 296.5 },
  ],
  totals: (total, cents) => ({
    emphasised: [`Барлығы: ${total} EUR`],
    plain: ['ҚҚС: 0% (экспорт)', `Барлығы жазбаша: ${kkAmountInWords(cents, 'EUR')}`],
  }),
  bankHeading: 'Сатушының банк деректемелері:',
  bank: {
    role: 'bank',
    label: 'Банк',
    name: '«Жетісу Коммерц Банк» АҚ',
    country: 'KZ',
    lines: [
      'Қостанай филиалы, Қостанай қ., Байтұрсынұлы к-сі, 65',
      idLine(`БСК (SWIFT): ${ZHETYSU_SWIFT}`, id('SWIFT', ZHETYSU_SWIFT)),
      idLine('IBAN: KZ249470000731158006', id('IBAN', 'KZ249470000731158006')),
      'КБе: 17',
    ],
  },
  signatures: [
    { role: 'Басшы', name: '/Ж. Б. Омаров/' },
    { role: 'Бас бухгалтер', name: '/Ә. Қ. Ибраева/' },
  ],
  stampCaption: 'М.О.',
  stampLines: ['ҚОСТАНАЙ', '«ҚОСТАНАЙ АСТЫҚ»', 'ЖШС', 'БСН 121140007453'],
  footer: FOOTER.kk,
  expectedFindings: [],
  expectedDecision: 'clear',
};

const copperToChina: SampleSpec = {
  file: '04-kz-zh-copper-to-cn.pdf',
  languages: ['zh'],
  font: 'wqy',
  numberStyle: 'en',
  labelSeparator: '：',
  invoice: {
    number: 'BCT-2025-0088',
    date: '2025-03-20',
    currency: 'CNY',
    incoterms: 'DAP',
    placeOfDelivery: '霍尔果斯',
    destinationCountry: 'CN',
  },
  title: '商业发票',
  headerLines: [{ runs: ['发票号码：BCT-2025-0088', '日期：2025年3月20日'], offsets: [0, 250] }],
  parties: [
    {
      role: 'seller',
      label: '卖方',
      name: '巴尔喀什阴极铜贸易有限责任合伙企业 (Balkash Cathode Trade LLP)',
      country: 'KZ',
      lines: [
        '哈萨克斯坦共和国 卡拉干达州 巴尔喀什市 列宁大街 5号',
        idLine('BIN：180340044176', id('KZ-BIN', '180340044176')),
      ],
    },
    {
      role: 'buyer',
      label: '买方',
      name: '乌鲁木齐天铜金属材料有限公司',
      country: 'CN',
      lines: [
        '中国新疆乌鲁木齐市新市区北京南路358号1201室',
        idLine('统一社会信用代码 (USCC)：91650104MA78Q4LW57', id('CN-USCC', '91650104MA78Q4LW57')),
      ],
    },
  ],
  terms: ['合同号：BCT-CN-2025-011', '交货条件：DAP 霍尔果斯 (Incoterms 2020)', '原产国：哈萨克斯坦', '目的国：中国', '币种：CNY'],
  tableHeaders: ['序号', '货物名称', 'HS编码', '数量', '单位', '单价 (CNY)', '金额 (CNY)'],
  lines: [
    { description: '精炼铜阴极 A级 (Cu-CATH-1, 99.9935%)', hs: '7403.11', quantity: 100, unit: '吨', unitPrice: 68500 },
    { description: '精炼铜阴极 1号标准铜 (Cu 99.95%)', hs: '7403.11', quantity: 50, unit: '吨', unitPrice: 69200 },
  ],
  totals: (total) => ({ emphasised: [`合计：${total} CNY`], plain: [] }),
  bankHeading: '卖方银行信息：',
  bank: {
    role: 'bank',
    label: '开户银行',
    name: 'Altyn Kilt Bank JSC',
    country: 'KZ',
    lines: [
      '银行地址：哈萨克斯坦 阿拉木图',
      idLine(`SWIFT：${ALTYN_KILT_SWIFT}`, id('SWIFT', ALTYN_KILT_SWIFT)),
      idLine('IBAN：KZ229630000946320001', id('IBAN', 'KZ229630000946320001')),
      '账户名称：Balkash Cathode Trade LLP',
    ],
  },
  signatures: [{ role: '授权签字', name: 'B. K. Zhaksylykov（总经理）' }],
  stampCaption: '公司盖章',
  stampLines: ['BALKASH', 'CATHODE TRADE', 'LLP', 'BIN 180340044176'],
  footer: FOOTER.zh,
  expectedFindings: [],
  expectedDecision: 'clear',
};

const chipsToSdnCyrillic: SampleSpec = {
  file: '05-kz-ru-chips-sdn-cyrillic.pdf',
  languages: ['ru'],
  font: 'dejavu',
  numberStyle: 'ru',
  labelSeparator: ': ',
  invoice: {
    number: 'ESK-0033/25',
    date: '2025-03-19',
    currency: 'RUB',
    incoterms: 'CPT',
    placeOfDelivery: 'Москва',
    destinationCountry: 'RU',
  },
  title: 'СЧЁТ-ФАКТУРА',
  headerLines: ['Счёт-фактура № ESK-0033/25 от 19 марта 2025 г.'],
  parties: [
    {
      role: 'seller',
      label: 'Поставщик',
      name: 'ТОО «Есиль Компонент Дистрибуция»',
      country: 'KZ',
      lines: [
        'Республика Казахстан, 010000, г. Астана, пр. Мангилик Ел, д. 55/20, оф. 304',
        idLine('БИН: 190640032869', id('KZ-BIN', '190640032869')),
      ],
    },
    ...(['consignee', 'buyer'] as const).map(
      (role): PartySpec => ({
        role,
        label: role === 'consignee' ? 'Грузополучатель' : 'Покупатель',
        name: KROKUS_SDN.nameCyrillic,
        country: 'RU',
        sdnEntryId: KROKUS_SDN.entryId,
        lines: [KROKUS_SDN.addressCyrillic, idLine(`ИНН: ${KROKUS_SDN.inn}`, id('RU-INN', KROKUS_SDN.inn))],
      }),
    ),
  ],
  terms: [
    'Основание: договор поставки № ЕКД-2025/08 от 11.02.2025',
    'Условия поставки: CPT Москва',
    'Страна происхождения товара: Малайзия',
    'Валюта: RUB',
  ],
  tableHeaders: RU_GOODS_HEADERS('RUB'),
  lines: [
    { description: 'Микросхемы интегральные (процессоры) Cortex-M4', hs: '8542311009', quantity: 5000, unit: 'шт', unitPrice: 1240 },
    { description: 'Микросхемы интегральные (процессоры) Cortex-M7', hs: '8542311009', quantity: 1500, unit: 'шт', unitPrice: 2860 },
  ],
  totals: (total, cents) => ({
    emphasised: [`Итого к оплате: ${total} RUB`],
    plain: ['НДС: 0% (экспорт)', `Всего к оплате: ${ruAmountInWords(cents, 'RUB')}`],
  }),
  bankHeading: 'Банковские реквизиты поставщика:',
  bank: {
    role: 'bank',
    label: 'Банк',
    name: 'АО «Жетысу Коммерц Банк»',
    country: 'KZ',
    lines: [
      'Астанинский филиал, г. Астана, ул. Кенесары, д. 40',
      idLine(`БИК: ${ZHETYSU_SWIFT}`, id('SWIFT', ZHETYSU_SWIFT)),
      // ИИК is the Kazakh label for the account number in IBAN form.
      idLine('ИИК: KZ299470001637250048', id('IBAN', 'KZ299470001637250048')),
      'Кбе: 17',
    ],
  },
  signatures: [
    { role: 'Руководитель', name: '/Е. С. Жумабаев/' },
    { role: 'Главный бухгалтер', name: '/Г. Т. Касымова/' },
  ],
  stampCaption: 'М.П.',
  stampLines: ['АСТАНА', 'ТОО «ЕСИЛЬ', 'КОМПОНЕНТ', 'ДИСТРИБУЦИЯ»', 'БИН 190640032869'],
  footer: FOOTER.ru,
  expectedFindings: [
    { kind: 'party', list: 'OFAC-SDN', entryId: 'SDN-39164' },
    { kind: 'goods', list: 'CHPL', entryId: '8542.31' },
    { kind: 'route', list: 'HIGH-RISK-DESTINATION', entryId: 'RU' },
  ],
  expectedDecision: 'block',
};

const pumpsToIran: SampleSpec = {
  file: '06-kz-en-pumps-to-ir.pdf',
  languages: ['en'],
  font: 'dejavu',
  numberStyle: 'en',
  labelSeparator: ': ',
  invoice: {
    number: 'EPE/2025/117',
    date: '2025-03-21',
    currency: 'USD',
    incoterms: 'CPT',
    placeOfDelivery: 'Bandar Abbas',
    destinationCountry: 'IR',
  },
  title: 'COMMERCIAL INVOICE',
  headerLines: [{ runs: ['Invoice No.: EPE/2025/117', 'Date: 21 Mar 2025'], offsets: [0, 250] }],
  parties: [
    {
      role: 'seller',
      label: 'Exporter',
      name: 'Ertis Pump Engineering LLP',
      country: 'KZ',
      lines: [
        '27 Toraigyrov St., Pavlodar 140000, Republic of Kazakhstan',
        idLine('BIN: 161240011393', id('KZ-BIN', '161240011393')),
      ],
    },
    {
      role: 'consignee',
      label: 'Consignee',
      name: 'Karun Gulf Logistics Co.',
      country: 'IR',
      lines: ['Unit 4, Shahid Rajaee Port Complex, Bandar Abbas, Iran'],
    },
    {
      role: 'buyer',
      label: 'Buyer',
      name: 'Tochal Fluid Systems Trading Co.',
      country: 'IR',
      lines: ['No. 18, Gandhi St., Vanak, Tehran, Iran'],
    },
  ],
  terms: [
    'Contract: EPE-TFS-2025/02 dated 2025-02-11',
    'Terms of delivery: CPT Bandar Abbas (Incoterms 2020)',
    'Country of origin: Kazakhstan',
    'Final destination: Iran',
    'Transport: by rail via Turkmenistan (Serakhs border crossing)',
    'Currency: USD',
  ],
  tableHeaders: ['No.', 'Description of goods', 'HS code', 'Qty', 'Unit', 'Unit price, USD', 'Amount, USD'],
  lines: [
    { description: 'Centrifugal pump, single-stage, end-suction, 45 kW', hs: '8413.70', quantity: 12, unit: 'pcs', unitPrice: 7850 },
    { description: 'Centrifugal pump, multistage, 22 kW', hs: '8413.70', quantity: 8, unit: 'pcs', unitPrice: 9420 },
  ],
  // Currency before the amount here, to vary the total line the extractor has to read.
  totals: (total) => ({ emphasised: [`Total amount: USD ${total}`], plain: ['VAT: 0% (export)'] }),
  bankHeading: 'Bank details:',
  bank: {
    role: 'bank',
    label: 'Bank',
    name: 'Altyn Kilt Bank JSC',
    country: 'KZ',
    lines: [
      'Pavlodar branch, Republic of Kazakhstan',
      idLine(`SWIFT/BIC: ${ALTYN_KILT_SWIFT}`, id('SWIFT', ALTYN_KILT_SWIFT)),
      idLine('IBAN: KZ039630002281906553', id('IBAN', 'KZ039630002281906553')),
    ],
  },
  signatures: [{ role: 'Director', name: 'S. T. Baimukhanov' }],
  stampCaption: 'Seal',
  stampLines: ['PAVLODAR', 'ERTIS PUMP', 'ENGINEERING LLP', 'BIN 161240011393'],
  footer: FOOTER.en,
  expectedFindings: [{ kind: 'route', list: 'HIGH-RISK-DESTINATION', entryId: 'IR' }],
  expectedDecision: 'block',
};

const bearingsToUae: SampleSpec = {
  file: '07-kz-ru-en-mixed-to-ae.pdf',
  languages: ['ru', 'en'],
  font: 'dejavu',
  numberStyle: 'ru',
  labelSeparator: ': ',
  invoice: {
    number: 'ZIS-2025-0209',
    date: '2025-03-25',
    currency: 'USD',
    incoterms: 'CPT',
    placeOfDelivery: 'Dubai',
    destinationCountry: 'AE',
  },
  title: 'СЧЁТ-ФАКТУРА / INVOICE',
  headerLines: [{ runs: ['Счёт-фактура № / Invoice No.: ZIS-2025-0209', 'Дата / Date: 25.03.2025'], offsets: [0, 300] }],
  parties: [
    {
      role: 'seller',
      label: 'Продавец / Seller',
      name: 'ТОО «Жетысу Индастриал Сапплай»',
      country: 'KZ',
      lines: [
        'Zhetysu Industrial Supply LLP',
        'Республика Казахстан, 050040, г. Алматы, ул. Тимирязева, д. 42',
        '42 Timiryazev St., Almaty 050040, Kazakhstan',
        idLine('БИН / BIN: 200240055213', id('KZ-BIN', '200240055213')),
      ],
    },
    {
      role: 'buyer',
      label: 'Покупатель / Buyer',
      name: 'Sandgrouse Industrial Trading FZE',
      country: 'AE',
      // UAE tax registration numbers have no published check digit; only the 15-digit shape is checked.
      lines: ['Jebel Ali Free Zone, LOB 15, Office 512, Dubai, UAE', idLine('TRN: 100234567800003', id('VAT', '100234567800003'))],
    },
  ],
  terms: [
    'Контракт / Contract: № ZIS-AE-2025/04 от / dated 03.03.2025',
    'Условия поставки / Delivery terms: CPT Dubai (Incoterms 2020)',
    'Маршрут / Route: Алматы (KZ) → Дубай (AE), авиа / by air',
    'Страна происхождения / Country of origin: Китай / China',
    'Валюта / Currency: USD',
  ],
  tableHeaders: ['№', 'Наименование / Description', 'ТН ВЭД\nHS code', 'Кол-во\nQty', 'Ед.\nUnit', 'Цена, USD\nUnit price', 'Сумма, USD\nAmount'],
  lines: [
    { description: 'Подшипник шариковый 6310-2RS / Ball bearing', hs: '8482.10', quantity: 3000, unit: 'шт/pcs', unitPrice: 6.85 },
    { description: 'Подшипник конический 32210 / Tapered roller brg.', hs: '8482.20', quantity: 1800, unit: 'шт/pcs', unitPrice: 14.4 },
  ],
  totals: (total, cents) => ({
    emphasised: [`Итого к оплате / Total: ${total} USD`],
    plain: [`Всего к оплате: ${ruAmountInWords(cents, 'USD')}`],
  }),
  bankHeading: 'Банковские реквизиты / Bank details:',
  bank: {
    role: 'bank',
    label: 'Банк / Bank',
    name: 'АО «Жетысу Коммерц Банк»',
    country: 'KZ',
    lines: [
      'Zhetysu Commerce Bank JSC, Almaty, Kazakhstan',
      idLine(`SWIFT: ${ZHETYSU_SWIFT}`, id('SWIFT', ZHETYSU_SWIFT)),
      idLine('IBAN: KZ139470003905417729', id('IBAN', 'KZ139470003905417729')),
    ],
  },
  signatures: [{ role: 'Директор / Director', name: '/Р. К. Абдрахманов/' }],
  stampCaption: 'М.П. / Seal',
  stampLines: ['АЛМАТЫ', 'ZHETYSU INDUSTRIAL', 'SUPPLY LLP', 'БИН 200240055213'],
  footer: FOOTER.ru,
  expectedFindings: [
    { kind: 'goods', list: 'CHPL', entryId: '8482.10' },
    { kind: 'goods', list: 'CHPL', entryId: '8482.20' },
  ],
  expectedDecision: 'review',
};

export const SAMPLES: readonly SampleSpec[] = [
  bearingsToRussia,
  glasswareToSdnBuyer,
  flourToGermany,
  copperToChina,
  chipsToSdnCyrillic,
  pumpsToIran,
  bearingsToUae,
];

/** The raster scan is made from this sample's first page. */
export const SCAN_SOURCE = bearingsToRussia.file;
export const SCAN_FILE = '08-scan-ru-invoice.png';
