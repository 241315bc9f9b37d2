/**
 * Invented but plausible companies, addresses, people and banks. Names are composed from word lists
 * (a place or nature word + a trade word + a legal form), so thousands of distinct parties come out of
 * a few dozen words. None is meant to be a real company; a composed name can still coincide with a
 * real one by chance. The only real parties of the corpus are in sdn-entities.ts.
 */
import { groupIban, makeAeTrn, makeDeVat, makeIban, makeKgInn, makeKzBin, makeRuInnKpp, makeTrVkn, makeUscc, makeUzInn } from './identifiers';
import { inLang, loc, type Loc } from './localized';
import type { Rng } from './rng';
import type { Identifier, IdLine, Language } from './types';

export type BuyerCountry = 'RU' | 'CN' | 'IR' | 'DE' | 'AE' | 'TR' | 'KG' | 'UZ' | 'BY';
export const BUYER_COUNTRIES: readonly BuyerCountry[] = ['RU', 'CN', 'IR', 'DE', 'AE', 'TR', 'KG', 'UZ', 'BY'];

export interface Company {
  /** Exactly as printed in a document of the given language. */
  name: string;
  country: string;
  addressLines: string[];
  idLines: IdLine[];
  /** Short upper-case name for the seal. */
  stampName: string;
  city: Loc;
}

// ---------------------------------------------------------------- places

interface City {
  name: Loc;
  postal: string;
  /** RU: INN region; CN: USCC administrative division. */
  code?: string;
}

const COUNTRY_NAMES: Record<string, Loc> = {
  KZ: loc('Республика Казахстан', 'Қазақстан Республикасы', 'Republic of Kazakhstan', '哈萨克斯坦共和国'),
  RU: loc('Российская Федерация', 'Ресей Федерациясы', 'Russian Federation', '俄罗斯联邦'),
  CN: loc('Китай', 'Қытай', 'China', '中国'),
  IR: loc('Иран', '', 'Iran', '伊朗'),
  DE: loc('Германия', '', 'Germany', '德国'),
  AE: loc('ОАЭ', 'БАӘ', 'UAE', '阿联酋'),
  TR: loc('Турция', 'Түркия', 'Türkiye', '土耳其'),
  KG: loc('Кыргызстан', 'Қырғызстан', 'Kyrgyzstan', '吉尔吉斯斯坦'),
  UZ: loc('Узбекистан', 'Өзбекстан', 'Uzbekistan', '乌兹别克斯坦'),
  BY: loc('Беларусь', '', 'Belarus', '白俄罗斯'),
  MY: loc('Малайзия', '', 'Malaysia', '马来西亚'),
};

export const countryName = (code: string, lang: Language): string => inLang(COUNTRY_NAMES[code], lang);

const CITIES: Record<string, City[]> = {
  KZ: [
    { name: loc('Алматы', 'Алматы', 'Almaty', '阿拉木图'), postal: '050000' },
    { name: loc('Астана', 'Астана', 'Astana', '阿斯塔纳'), postal: '010000' },
    { name: loc('Караганда', 'Қарағанды', 'Karaganda', '卡拉干达'), postal: '100000' },
    { name: loc('Павлодар', 'Павлодар', 'Pavlodar', '巴甫洛达尔'), postal: '140000' },
    { name: loc('Усть-Каменогорск', 'Өскемен', 'Oskemen', '厄斯克门'), postal: '070000' },
    { name: loc('Шымкент', 'Шымкент', 'Shymkent', '奇姆肯特'), postal: '160000' },
    { name: loc('Костанай', 'Қостанай', 'Kostanay', '科斯塔奈'), postal: '110000' },
    { name: loc('Актобе', 'Ақтөбе', 'Aktobe', '阿克托别'), postal: '030000' },
  ],
  RU: [
    { name: loc('Москва', '', 'Moscow', '莫斯科'), postal: '125009', code: '77' },
    { name: loc('Санкт-Петербург', '', 'Saint Petersburg', '圣彼得堡'), postal: '191025', code: '78' },
    { name: loc('Екатеринбург', '', 'Yekaterinburg', '叶卡捷琳堡'), postal: '620014', code: '66' },
    { name: loc('Новосибирск', '', 'Novosibirsk', '新西伯利亚'), postal: '630099', code: '54' },
    { name: loc('Челябинск', '', 'Chelyabinsk', '车里雅宾斯克'), postal: '454091', code: '74' },
    { name: loc('Омск', '', 'Omsk', '鄂木斯克'), postal: '644024', code: '55' },
    { name: loc('Казань', '', 'Kazan', '喀山'), postal: '420111', code: '16' },
    { name: loc('Самара', '', 'Samara', '萨马拉'), postal: '443010', code: '63' },
  ],
  CN: [
    { name: loc('Урумчи', 'Үрімжі', 'Urumqi', '乌鲁木齐'), postal: '830000', code: '650104' },
    { name: loc('Хоргос', 'Қорғас', 'Khorgos', '霍尔果斯'), postal: '835221', code: '654004' },
    { name: loc('Сиань', '', "Xi'an", '西安'), postal: '710000', code: '610113' },
    { name: loc('Шанхай', '', 'Shanghai', '上海'), postal: '200120', code: '310115' },
    { name: loc('Шэньчжэнь', '', 'Shenzhen', '深圳'), postal: '518000', code: '440300' },
    { name: loc('Чжэнчжоу', '', 'Zhengzhou', '郑州'), postal: '450000', code: '410105' },
    { name: loc('Иу', '', 'Yiwu', '义乌'), postal: '322000', code: '330782' },
    { name: loc('Тяньцзинь', '', 'Tianjin', '天津'), postal: '300450', code: '120116' },
  ],
  IR: [
    { name: loc('Тегеран', '', 'Tehran', '德黑兰'), postal: '1434863111' },
    { name: loc('Бендер-Аббас', '', 'Bandar Abbas', '阿巴斯港'), postal: '7915613511' },
    { name: loc('Исфахан', '', 'Isfahan', '伊斯法罕'), postal: '8173613111' },
    { name: loc('Тебриз', '', 'Tabriz', '大不里士'), postal: '5166616471' },
  ],
  DE: [
    { name: loc('Гамбург', '', 'Hamburg', '汉堡'), postal: '20457' },
    { name: loc('Берлин', '', 'Berlin', '柏林'), postal: '10115' },
    { name: loc('Дюссельдорф', '', 'Düsseldorf', '杜塞尔多夫'), postal: '40474' },
    { name: loc('Бремен', '', 'Bremen', '不来梅'), postal: '28195' },
    { name: loc('Франкфурт-на-Майне', '', 'Frankfurt am Main', '法兰克福'), postal: '60311' },
  ],
  AE: [
    { name: loc('Дубай', '', 'Dubai', '迪拜'), postal: 'P.O. Box 17045' },
    { name: loc('Шарджа', '', 'Sharjah', '沙迦'), postal: 'P.O. Box 8126' },
    { name: loc('Аджман', '', 'Ajman', '阿治曼'), postal: 'P.O. Box 4422' },
  ],
  TR: [
    { name: loc('Стамбул', 'Стамбұл', 'İstanbul', '伊斯坦布尔'), postal: '34956' },
    { name: loc('Анкара', '', 'Ankara', '安卡拉'), postal: '06510' },
    { name: loc('Измир', '', 'İzmir', '伊兹密尔'), postal: '35620' },
    { name: loc('Бурса', '', 'Bursa', '布尔萨'), postal: '16140' },
  ],
  KG: [
    { name: loc('Бишкек', '', 'Bishkek', '比什凯克'), postal: '720001' },
    { name: loc('Ош', '', 'Osh', '奥什'), postal: '723500' },
  ],
  UZ: [
    { name: loc('Ташкент', 'Ташкент', 'Tashkent', '塔什干'), postal: '100011' },
    { name: loc('Самарканд', 'Самарқанд', 'Samarkand', '撒马尔罕'), postal: '140100' },
    { name: loc('Навои', '', 'Navoi', '纳沃伊'), postal: '210100' },
  ],
  BY: [
    { name: loc('Минск', '', 'Minsk', '明斯克'), postal: '220030' },
    { name: loc('Гомель', '', 'Gomel', '戈梅利'), postal: '246050' },
  ],
};

const STREETS: Record<string, Loc[]> = {
  KZ: [
    loc('пр. Абая', 'Абай даңғылы', 'Abay Ave.', '阿拜大街'),
    loc('ул. Толе би', 'Төле би көшесі', 'Tole Bi St.', '托列比街'),
    loc('пр. Достык', 'Достық даңғылы', 'Dostyk Ave.', '多斯特克大街'),
    loc('ул. Сатпаева', 'Сәтбаев көшесі', 'Satpayev St.', '萨特帕耶夫街'),
    loc('пр. Республики', 'Республика даңғылы', 'Respublika Ave.', '共和国大街'),
    loc('ул. Кунаева', 'Қонаев көшесі', 'Kunayev St.', '库纳耶夫街'),
  ],
  RU: [
    loc('ул. Ленина', '', 'Lenina St.', '列宁街'),
    loc('ул. Малышева', '', 'Malysheva St.', '马雷舍瓦街'),
    loc('пр-т Мира', '', 'Mira Ave.', '和平大街'),
    loc('ул. Гагарина', '', 'Gagarina St.', '加加林街'),
    loc('ш. Энтузиастов', '', 'Entuziastov Hwy', '热心者公路'),
  ],
  CN: [
    loc('ул. Бэйцзин Наньлу', '', 'Beijing South Rd.', '北京南路'),
    loc('ул. Жэньминь', '', 'Renmin Rd.', '人民路'),
    loc('ул. Чанцзян', '', 'Changjiang Rd.', '长江路'),
    loc('ул. Чжуншань', '', 'Zhongshan Rd.', '中山路'),
  ],
  IR: [loc('ул. Ганди', '', 'Gandhi St.', '甘地街'), loc('пр. Вали-Аср', '', 'Valiasr Ave.', '瓦利阿斯尔大街')],
  DE: [loc('Hafenstraße', '', 'Hafenstraße', 'Hafenstraße'), loc('Industriestraße', '', 'Industriestraße', 'Industriestraße'), loc('Am Sandtorkai', '', 'Am Sandtorkai', 'Am Sandtorkai')],
  AE: [loc('Jebel Ali Free Zone, LOB', '', 'Jebel Ali Free Zone, LOB', 'Jebel Ali Free Zone, LOB'), loc('SAIF Zone, Q', '', 'SAIF Zone, Q', 'SAIF Zone, Q')],
  TR: [loc('Atatürk Cad.', '', 'Atatürk Cad.', 'Atatürk Cad.'), loc('Organize Sanayi Bölgesi', '', 'Organize Sanayi Bölgesi', 'Organize Sanayi Bölgesi')],
  KG: [loc('пр. Чуй', '', 'Chui Ave.', '楚河大街'), loc('ул. Токтогула', '', 'Toktogul St.', '托克托古尔街')],
  UZ: [loc('ул. Амира Темура', 'Әмір Темір к-сі', 'Amir Temur St.', '阿米尔·帖木儿街'), loc('ул. Навои', '', 'Navoi St.', '纳沃伊街')],
  BY: [loc('пр. Независимости', '', 'Nezavisimosti Ave.', '独立大街'), loc('ул. Кальварийская', '', 'Kalvariyskaya St.', '卡尔瓦里斯卡娅街')],
};

/** Two address lines in the conventions of the document language. */
function addressLines(rng: Rng, country: string, city: City, lang: Language): string[] {
  const street = inLang(rng.pick(STREETS[country]), lang);
  const cityName = inLang(city.name, lang);
  const countryText = countryName(country, lang);
  const house = rng.int(1, 240);
  const office = rng.int(1, 1200);
  switch (lang) {
    case 'ru':
      return [`${street}, д. ${house}, оф. ${office}`, `${city.postal}, г. ${cityName}, ${countryText}`];
    case 'kk':
      return [`${street}, ${house}, ${office}-кеңсе`, `${city.postal}, ${cityName} қ., ${countryText}`];
    case 'en':
      return [`${house} ${street}, office ${office}`, `${cityName} ${city.postal}, ${countryText}`];
    case 'zh':
      return [`${countryText}${cityName}市${street}${house}号${office}室`];
  }
}

// ---------------------------------------------------------------- Kazakh sellers

const KZ_PLACE_WORDS: Loc[] = [
  loc('Алатау', 'Алатау', 'Alatau', '阿拉套'),
  loc('Есиль', 'Есіл', 'Yesil', '伊希姆'),
  loc('Ертис', 'Ертіс', 'Ertis', '额尔齐斯'),
  loc('Каспий', 'Каспий', 'Caspian', '里海'),
  loc('Сарыарка', 'Сарыарқа', 'Saryarka', '萨雷阿尔卡'),
  loc('Жетысу', 'Жетісу', 'Zhetysu', '七河'),
  loc('Балхаш', 'Балқаш', 'Balkash', '巴尔喀什'),
  loc('Бурабай', 'Бурабай', 'Burabay', '布拉拜'),
  loc('Хан Тенгри', 'Хан Тәңірі', 'Khan Tengri', '汗腾格里'),
  loc('Кокше', 'Көкше', 'Kokshe', '科克舍'),
  loc('Улытау', 'Ұлытау', 'Ulytau', '乌雷套'),
  loc('Тобыл', 'Тобыл', 'Tobyl', '托博尔'),
  loc('Тенгиз', 'Теңіз', 'Tengiz', '田吉兹'),
  loc('Кулан', 'Құлан', 'Kulan', '库兰'),
  loc('Жибек Жолы', 'Жібек Жолы', 'Zhibek Zholy', '丝路'),
  loc('Акжол', 'Ақжол', 'Akzhol', '阿克卓尔'),
];

const KZ_TRADE_WORDS: Loc[] = [
  loc('Подшипник', 'Мойынтірек', 'Bearing', '轴承'),
  loc('Металл', 'Металл', 'Metal', '金属'),
  loc('Агро', 'Агро', 'Agro', '农业'),
  loc('Энерго', 'Энерго', 'Energo', '能源'),
  loc('Техно', 'Техно', 'Techno', '科技'),
  loc('Трейд', 'Трейд', 'Trade', '贸易'),
  loc('Логистик', 'Логистик', 'Logistic', '物流'),
  loc('Инжиниринг', 'Инжиниринг', 'Engineering', '工程'),
  loc('Импэкс', 'Импэкс', 'Impex', '进出口'),
  loc('Компонент', 'Компонент', 'Component', '元件'),
  loc('Электроникс', 'Электроникс', 'Electronics', '电子'),
  loc('Астык', 'Астық', 'Astyk', '粮食'),
  loc('Машинери', 'Машинери', 'Machinery', '机械'),
  loc('Кабель', 'Кабель', 'Cable', '电缆'),
];

const KZ_SUFFIX_WORDS: Loc[] = [
  loc('', '', '', ''),
  loc('Групп', 'Групп', 'Group', '集团'),
  loc('Сервис', 'Сервис', 'Service', '服务'),
  loc('Дистрибуция', 'Дистрибуция', 'Distribution', '分销'),
  loc('Сапплай', 'Сапплай', 'Supply', '供应'),
];

/** "ТОО «…»", "«…» ЖШС", "… LLP", "…有限责任合伙企业": the partnership forms a Kazakh exporter prints. */
function kzCompanyName(rng: Rng, words: Loc[], lang: Language, quoteStyle: 'guillemets' | 'straight'): { name: string; stamp: string } {
  const part = (l: Language) => words.map((w) => inLang(w, l)).filter(Boolean).join(l === 'zh' ? '' : ' ');
  const q = (s: string) => (quoteStyle === 'guillemets' ? `«${s}»` : `"${s}"`);
  const en = `${part('en')} LLP`;
  switch (lang) {
    case 'ru':
      return { name: `ТОО ${q(part('ru'))}`, stamp: `ТОО «${part('ru').toUpperCase()}»` };
    case 'kk':
      return { name: `${q(part('kk'))} ЖШС`, stamp: `«${part('kk').toUpperCase()}» ЖШС` };
    case 'en':
      return { name: en, stamp: en.toUpperCase() };
    case 'zh':
      // Chinese invoices of Kazakh exporters often add the Latin name in brackets.
      return { name: rng.chance(0.5) ? `${part('zh')}有限责任合伙企业 (${en})` : `${part('zh')}有限责任合伙企业`, stamp: en.toUpperCase() };
  }
}

const BIN_LABEL: Record<Language, string[]> = { ru: ['БИН'], kk: ['БСН', 'БИН'], en: ['BIN'], zh: ['BIN', '商业识别号 (BIN)'] };

export interface SellerSeed {
  words: Loc[];
  city: City;
  bin: string;
  quoteStyle: 'guillemets' | 'straight';
  /** Drawn once so a seller's street does not change between the languages of one document. */
  rng: Rng;
}

export function drawSeller(rng: Rng): SellerSeed {
  const words = [rng.pick(KZ_PLACE_WORDS), rng.pick(KZ_TRADE_WORDS), rng.pick(KZ_SUFFIX_WORDS)];
  return { words, city: rng.pick(CITIES.KZ), bin: makeKzBin(rng), quoteStyle: rng.chance(0.75) ? 'guillemets' : 'straight', rng: rng.fork('seller-address') };
}

export function sellerCompany(seed: SellerSeed, lang: Language, rng: Rng): Company {
  const { name, stamp } = kzCompanyName(rng, seed.words, lang, seed.quoteStyle);
  const label = rng.pick(BIN_LABEL[lang]);
  const sep = lang === 'zh' ? '：' : ': ';
  return {
    name,
    country: 'KZ',
    addressLines: addressLines(seed.rng.fork(lang), 'KZ', seed.city, lang),
    idLines: [{ text: `${label}${sep}${seed.bin}`, label, value: seed.bin, ids: [{ scheme: 'KZ-BIN', value: seed.bin }] }],
    stampName: stamp,
    city: seed.city.name,
  };
}

/** A Kazakh freight forwarder, printed as the shipper when it is not the seller itself. */
export function forwarderCompany(rng: Rng, lang: Language): Company {
  const seed = drawSeller(rng);
  seed.words = [rng.pick(KZ_PLACE_WORDS), loc('Транс Логистик', 'Транс Логистик', 'Trans Logistic', '运输物流')];
  return sellerCompany(seed, lang, rng);
}

// ---------------------------------------------------------------- buyers

const RU_PLACE = ['Урал', 'Сибирь', 'Волга', 'Кама', 'Нева', 'Енисей', 'Ока', 'Алтай', 'Байкал', 'Север', 'Амур', 'Иртыш'];
const RU_TRADE = ['ТехСнаб', 'Промкомплект', 'Металлторг', 'Индустрия', 'Электрон', 'Комплектация', 'Трейд', 'Логистика', 'Снабжение', 'Инструмент', 'ПромРесурс', 'Агроторг'];

const CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Passport-style transliteration, how Russian partners spell their names on English documents. */
export function transliterate(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const lat = CYR_TO_LAT[lower];
      if (lat === undefined) return ch;
      return ch === lower ? lat : lat.charAt(0).toUpperCase() + lat.slice(1);
    })
    .join('');
}

interface BuyerName {
  /** Name in a Cyrillic document (ru/kk). */
  cyrillic: string;
  latin: string;
  chinese?: string;
}

function cisName(rng: Rng, place: string[], trade: string[], forms: [string, string][]): BuyerName {
  const core = `${rng.pick(place)} ${rng.pick(trade)}`;
  const [cyrForm, latForm] = rng.pick(forms);
  const latCore = transliterate(core);
  return { cyrillic: `${cyrForm} «${core}»`, latin: latForm.startsWith('~') ? `${latCore} ${latForm.slice(1)}` : `${latForm} ${latCore}` };
}

const CN_BRAND: Array<[string, string]> = [['天铜', 'Tiantong'], ['鑫达', 'Xinda'], ['宏远', 'Hongyuan'], ['华顺', 'Huashun'], ['瑞丰', 'Ruifeng'], ['恒通', 'Hengtong'], ['中亚', 'Zhongya'], ['金泰', 'Jintai'], ['远航', 'Yuanhang'], ['博汇', 'Bohui']];
const CN_TRADE: Array<[string, string]> = [['金属材料', 'Metal Materials'], ['机械设备', 'Machinery Equipment'], ['电子科技', 'Electronic Technology'], ['国际贸易', 'International Trading'], ['进出口', 'Import and Export'], ['化工', 'Chemical'], ['轴承', 'Bearing'], ['粮油', 'Grain and Oil']];

const IR_PLACE = ['Alborz', 'Zagros', 'Karun', 'Tochal', 'Arvand', 'Sepahan', 'Kavir', 'Damavand', 'Hormoz', 'Golestan'];
const IR_TRADE = ['Industrial Trading', 'Engineering', 'Machinery', 'Petrochemical Supply', 'Fluid Systems', 'Electric', 'Steel Trading'];
const IR_FORM = ['Co.', 'Trading Co.', 'Company', 'Group'];

const DE_PREFIX = ['Elb', 'Weser', 'Isar', 'Spree', 'Harz', 'Alster', 'Mosel', 'Lahn', 'Eifel', 'Fulda'];
const DE_STEM = ['korn', 'tec', 'metall', 'chemie', 'technik', 'lager', 'kabel'];
const DE_FORM = ['GmbH', 'Handels GmbH', 'Industrie GmbH', 'AG', 'GmbH & Co. KG'];

const AE_PLACE = ['Falcon Crest', 'Oryx', 'Dune Line', 'Pearl Coast', 'Sandgrouse', 'Gulf Star', 'Creekside', 'Saffron Bay', 'Desert Rose'];
const AE_TRADE = ['General Trading', 'Industrial Trading', 'Logistics', 'Machinery Trading', 'Electronics Trading'];
const AE_FORM = ['LLC', 'FZE', 'FZCO', 'DMCC'];

const TR_PLACE = ['Anadolu', 'Boğaziçi', 'Ege', 'Karadeniz', 'Kapadokya', 'Marmara', 'Toros', 'Fırat'];
const TR_TRADE = ['Makina', 'Metal', 'Rulman', 'Elektronik', 'Kimya', 'Dış Ticaret'];
const TR_FORM = ['San. ve Tic. A.Ş.', 'Ltd. Şti.', 'A.Ş.'];

const KG_PLACE = ['Ала-Тоо', 'Нарын', 'Талас', 'Чуй', 'Тянь-Шань', 'Иссык-Куль'];
const KG_TRADE = ['Транс', 'Импорт', 'Комплект', 'Трейд', 'Снаб'];
const UZ_PLACE = ['Турон', 'Зарафшан', 'Фергана', 'Бухара', 'Самарканд', 'Чирчик'];
const UZ_TRADE = ['Текстиль', 'Металл', 'Агро', 'Трейд', 'Импорт', 'Техника'];
const BY_PLACE = ['Неман', 'Полесье', 'Березина', 'Свислочь', 'Припять'];
const BY_TRADE = ['Техно', 'Торг', 'Пром', 'Комплект', 'Ресурс'];

function buyerName(rng: Rng, country: BuyerCountry): BuyerName {
  switch (country) {
    case 'RU':
      return cisName(rng, RU_PLACE, RU_TRADE, [['ООО', 'LLC'], ['ООО', 'OOO'], ['АО', 'JSC'], ['АО', 'AO']]);
    case 'KG':
      return cisName(rng, KG_PLACE, KG_TRADE, [['ОсОО', '~LLC'], ['ОсОО', 'OsOO']]);
    case 'UZ':
      return cisName(rng, UZ_PLACE, UZ_TRADE, [['ООО', '~LLC'], ['ООО', 'OOO']]);
    case 'BY':
      return cisName(rng, BY_PLACE, BY_TRADE, [['ООО', 'LLC'], ['ОАО', 'OAO'], ['ЗАО', 'ZAO']]);
    case 'CN': {
      const city = rng.pick(CITIES.CN);
      const [brandZh, brandEn] = rng.pick(CN_BRAND);
      const [tradeZh, tradeEn] = rng.pick(CN_TRADE);
      const latin = `${city.name.en} ${brandEn} ${tradeEn} Co., Ltd.`;
      return { cyrillic: latin, latin, chinese: `${city.name.zh}${brandZh}${tradeZh}有限公司` };
    }
    case 'IR': {
      const latin = `${rng.pick(IR_PLACE)} ${rng.pick(IR_TRADE)} ${rng.pick(IR_FORM)}`;
      return { cyrillic: latin, latin };
    }
    case 'DE': {
      const latin = `${rng.pick(DE_PREFIX)}${rng.pick(DE_STEM)} ${rng.pick(DE_FORM)}`;
      return { cyrillic: latin, latin };
    }
    case 'AE': {
      const latin = `${rng.pick(AE_PLACE)} ${rng.pick(AE_TRADE)} ${rng.pick(AE_FORM)}`;
      return { cyrillic: latin, latin };
    }
    case 'TR': {
      const latin = `${rng.pick(TR_PLACE)} ${rng.pick(TR_TRADE)} ${rng.pick(TR_FORM)}`;
      return { cyrillic: latin, latin };
    }
  }
}

function pickName(name: BuyerName, lang: Language): string {
  if (lang === 'zh') return name.chinese ?? name.latin;
  if (lang === 'en') return name.latin;
  return name.cyrillic;
}

const ID_SEP = (lang: Language) => (lang === 'zh' ? '：' : ': ');

function idLine(label: string, printed: string, lang: Language, ids: Identifier[]): IdLine {
  return { text: `${label}${ID_SEP(lang)}${printed}`, label, value: printed, ids };
}

/** The registration identifiers a buyer of the country prints, labelled in the document language. */
function buyerIdLines(rng: Rng, country: BuyerCountry, city: City, lang: Language): IdLine[] {
  const cyr = lang === 'ru' || lang === 'kk';
  switch (country) {
    case 'RU': {
      const { inn, kpp } = makeRuInnKpp(rng, city.code ?? '77');
      const ids: Identifier[] = [{ scheme: 'RU-INN', value: inn }, { scheme: 'RU-KPP', value: kpp }];
      if (rng.chance(0.5)) return [idLine(cyr ? 'ИНН/КПП' : 'INN/KPP', `${inn}/${kpp}`, lang, ids)];
      return [idLine(cyr ? 'ИНН' : rng.pick(['INN', 'Tax ID (INN)']), inn, lang, [ids[0]]), idLine(cyr ? 'КПП' : 'KPP', kpp, lang, [ids[1]])];
    }
    case 'CN': {
      const uscc = makeUscc(rng, city.code ?? '650104');
      const label = lang === 'zh' ? rng.pick(['统一社会信用代码', '统一社会信用代码 (USCC)']) : cyr ? 'USCC' : rng.pick(['USCC', 'Unified Social Credit Code']);
      return [idLine(label, uscc, lang, [{ scheme: 'CN-USCC', value: uscc }])];
    }
    case 'DE': {
      const vat = makeDeVat(rng);
      return [idLine(cyr ? rng.pick(['VAT', 'USt-IdNr.']) : rng.pick(['VAT', 'VAT No.', 'USt-IdNr.']), vat, lang, [{ scheme: 'VAT', value: vat }])];
    }
    case 'AE': {
      const trn = makeAeTrn(rng);
      return [idLine('TRN', trn, lang, [{ scheme: 'VAT', value: trn }])];
    }
    case 'TR': {
      const vkn = makeTrVkn(rng);
      return [idLine(cyr ? 'VKN' : rng.pick(['VKN', 'Tax No. (VKN)']), vkn, lang, [{ scheme: 'TR-VKN', value: vkn }])];
    }
    case 'KG': {
      const inn = makeKgInn(rng);
      return [idLine(cyr ? 'ИНН' : 'INN', inn, lang, [{ scheme: 'KG-INN', value: inn }])];
    }
    case 'UZ': {
      const inn = makeUzInn(rng);
      return [idLine(cyr ? rng.pick(['ИНН', 'СТИР']) : rng.pick(['INN', 'TIN (STIR)']), inn, lang, [{ scheme: 'UZ-INN', value: inn }])];
    }
    case 'IR':
    case 'BY':
      // Iranian and Belarusian buyers print no identifier with a shape worth testing here.
      return [];
  }
}

export function buyerCompany(rng: Rng, country: BuyerCountry, lang: Language): Company {
  const city = rng.pick(CITIES[country]);
  const names = buyerName(rng, country);
  const name = pickName(names, lang);
  return {
    name,
    country,
    addressLines: addressLines(rng, country, city, lang),
    idLines: buyerIdLines(rng, country, city, lang),
    stampName: name.toUpperCase(),
    city: city.name,
  };
}

export const cityOf = (rng: Rng, country: string): Loc => rng.pick(CITIES[country]).name;

// ---------------------------------------------------------------- banks

interface BankSpec {
  name: Loc;
  swift: string;
  ibanCode: string;
}

// Invented banks; the SWIFT codes follow the format but are not meant to be real ones.
const KZ_BANKS: BankSpec[] = [
  { name: loc('АО «Жетысу Коммерц Банк»', '«Жетісу Коммерц Банк» АҚ', 'Zhetysu Commerce Bank JSC', '七河商业银行股份公司'), swift: 'ZHCBKZKX', ibanCode: '947' },
  { name: loc('АО «Алтын Кілт Банк»', '«Алтын Кілт Банк» АҚ', 'Altyn Kilt Bank JSC', '金钥匙银行股份公司'), swift: 'ALKLKZKA', ibanCode: '963' },
  { name: loc('АО «Сарыарка Инвест Банк»', '«Сарыарқа Инвест Банк» АҚ', 'Saryarka Invest Bank JSC', '萨雷阿尔卡投资银行股份公司'), swift: 'SRIBKZKA', ibanCode: '951' },
  { name: loc('АО «Тенгиз Торговый Банк»', '«Теңіз Сауда Банкі» АҚ', 'Tengiz Trade Bank JSC', '田吉兹商业银行股份公司'), swift: 'TGTBKZKX', ibanCode: '958' },
];

const SWIFT_LABEL: Record<Language, string[]> = {
  ru: ['БИК', 'БИК (SWIFT)', 'SWIFT'],
  kk: ['БСК', 'БСК (SWIFT)', 'SWIFT'],
  en: ['SWIFT', 'SWIFT/BIC', 'BIC'],
  zh: ['SWIFT', 'SWIFT代码'],
};
const IBAN_LABEL: Record<Language, string[]> = {
  ru: ['IBAN', 'ИИК', 'ИИК (IBAN)'],
  kk: ['ЖСК', 'ЖСК (IBAN)', 'IBAN'],
  en: ['IBAN', 'Account (IBAN)'],
  zh: ['IBAN', '账号 (IBAN)'],
};

export function kzBank(rng: Rng, lang: Language, city: Loc): Company {
  const bank = rng.pick(KZ_BANKS);
  const iban = makeIban(rng, 'KZ', bank.ibanCode);
  const sep = ID_SEP(lang);
  const branch: Record<Language, string> = {
    ru: `филиал в г. ${inLang(city, 'ru')}, Республика Казахстан`,
    kk: `${inLang(city, 'kk')} қ. филиалы, Қазақстан Республикасы`,
    en: `${inLang(city, 'en')} branch, Republic of Kazakhstan`,
    zh: `银行地址：哈萨克斯坦 ${inLang(city, 'zh')}`,
  };
  const swiftLabel = rng.pick(SWIFT_LABEL[lang]);
  const ibanLabel = rng.pick(IBAN_LABEL[lang]);
  const printedIban = rng.chance(0.4) ? groupIban(iban) : iban;
  return {
    name: inLang(bank.name, lang),
    country: 'KZ',
    addressLines: [branch[lang]],
    idLines: [
      { text: `${swiftLabel}${sep}${bank.swift}`, label: swiftLabel, value: bank.swift, ids: [{ scheme: 'SWIFT', value: bank.swift }] },
      { text: `${ibanLabel}${sep}${printedIban}`, label: ibanLabel, value: printedIban, ids: [{ scheme: 'IBAN', value: iban }] },
    ],
    stampName: '',
    city,
  };
}

// ---------------------------------------------------------------- people

const SURNAMES: Loc[] = [
  loc('Сейткалиев', 'Сейтқалиев', 'Seitkaliyev', 'Seitkaliyev'),
  loc('Ахметова', 'Ахметова', 'Akhmetova', 'Akhmetova'),
  loc('Омаров', 'Омаров', 'Omarov', 'Omarov'),
  loc('Жумабаев', 'Жұмабаев', 'Zhumabayev', 'Zhumabayev'),
  loc('Касымова', 'Қасымова', 'Kassymova', 'Kassymova'),
  loc('Нурланов', 'Нұрланов', 'Nurlanov', 'Nurlanov'),
  loc('Абдрахманов', 'Абдрахманов', 'Abdrakhmanov', 'Abdrakhmanov'),
  loc('Искакова', 'Ысқақова', 'Iskakova', 'Iskakova'),
  loc('Бекмуханов', 'Бекмұханов', 'Bekmukhanov', 'Bekmukhanov'),
  loc('Тулегенова', 'Төлегенова', 'Tulegenova', 'Tulegenova'),
  loc('Сулейменов', 'Сүлейменов', 'Suleimenov', 'Suleimenov'),
  loc('Есенова', 'Есенова', 'Yessenova', 'Yessenova'),
];
const INITIALS_CYR = 'АБГДЕЖКМНРСТ';
const INITIALS_LAT = ['A', 'B', 'G', 'D', 'Ye', 'Zh', 'K', 'M', 'N', 'R', 'S', 'T'];

export function personName(rng: Rng, lang: Language): string {
  const surname = inLang(rng.pick(SURNAMES), lang);
  const i = rng.int(0, INITIALS_CYR.length - 1);
  const j = rng.int(0, INITIALS_CYR.length - 1);
  if (lang === 'ru' || lang === 'kk') return `${INITIALS_CYR[i]}. ${INITIALS_CYR[j]}. ${surname}`;
  return `${INITIALS_LAT[i]}. ${INITIALS_LAT[j]}. ${surname}`;
}
