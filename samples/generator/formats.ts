/**
 * How numbers, dates and amounts in words are printed. Written by hand (not Intl) for the same
 * reason as samples/locale-format.ts: output must be byte-stable across Node builds.
 */
import { kkAmountInWords, ruAmountInWords } from '../amount-in-words';
import type { Rng } from './rng';
import type { DateStyle, Language, NumberStyle } from './types';

const SEPARATORS: Record<NumberStyle, { group: string; decimal: string }> = {
  ru: { group: ' ', decimal: ',' },
  'ru-nbsp': { group: '\u00a0', decimal: ',' },
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
  'plain-dot': { group: '', decimal: '.' },
  'plain-comma': { group: '', decimal: ',' },
};

const group = (digits: string, sep: string) => (sep ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits);

export function formatMoney(cents: number, style: NumberStyle): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`bad amount in cents: ${cents}`);
  const { group: g, decimal } = SEPARATORS[style];
  return `${group(String(Math.floor(cents / 100)), g)}${decimal}${String(cents % 100).padStart(2, '0')}`;
}

/**
 * Quantities print decimals only when they have them. German-style grouping is not applied to
 * quantities: "1.500" would read as one and a half, and German invoices print "1500" there.
 */
export function formatQuantity(quantity: number, style: NumberStyle): string {
  const { group: g, decimal } = SEPARATORS[style];
  const [whole, fraction] = String(quantity).split('.');
  return group(whole, style === 'de' ? '' : g) + (fraction ? decimal + fraction : '');
}

export const NUMBER_STYLES: Record<Language, ReadonlyArray<readonly [NumberStyle, number]>> = {
  ru: [['ru', 0.55], ['ru-nbsp', 0.15], ['plain-comma', 0.15], ['de', 0.05], ['en', 0.1]],
  kk: [['ru', 0.6], ['ru-nbsp', 0.15], ['plain-comma', 0.2], ['de', 0.05]],
  en: [['en', 0.7], ['plain-dot', 0.15], ['de', 0.05], ['ru', 0.1]],
  zh: [['en', 0.75], ['plain-dot', 0.25]],
};

// ---------------------------------------------------------------- dates

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DATE_STYLES: Record<Language, ReadonlyArray<readonly [DateStyle, number]>> = {
  ru: [['dmy-dot', 0.5], ['ru-long', 0.15], ['ru-quoted', 0.15], ['iso', 0.1], ['dmy-slash', 0.1]],
  kk: [['dmy-dot', 0.6], ['kk-long', 0.3], ['iso', 0.1]],
  en: [['en-long', 0.25], ['en-us-long', 0.2], ['en-short', 0.15], ['iso', 0.2], ['dmy-dot', 0.1], ['dmy-slash', 0.1]],
  zh: [['zh', 0.6], ['iso', 0.25], ['ymd-slash', 0.15]],
};

export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'dmy-dot':
      return `${dd}.${mm}.${y}`;
    case 'iso':
      return iso;
    case 'dmy-slash':
      return `${dd}/${mm}/${y}`;
    case 'ru-long':
      return `${d} ${RU_MONTHS_GENITIVE[m - 1]} ${y} г.`;
    case 'ru-quoted':
      return `«${dd}» ${RU_MONTHS_GENITIVE[m - 1]} ${y} г.`;
    case 'kk-long':
      return `${y} жылғы ${d} ${KK_MONTHS[m - 1]}`;
    case 'en-long':
      return `${d} ${EN_MONTHS[m - 1]} ${y}`;
    case 'en-us-long':
      return `${EN_MONTHS[m - 1]} ${d}, ${y}`;
    case 'en-short':
      return `${dd}-${EN_MONTHS[m - 1].slice(0, 3)}-${y}`;
    case 'zh':
      return `${y}年${m}月${d}日`;
    case 'ymd-slash':
      return `${y}/${mm}/${dd}`;
  }
}

/** A working day in 2023–2025, as ISO text. */
export function drawDate(rng: Rng): string {
  for (;;) {
    const date = new Date(Date.UTC(rng.int(2023, 2025), rng.int(0, 11), rng.int(1, 28)));
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) return date.toISOString().slice(0, 10);
  }
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- amounts in words

const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', 'thousand', 'million', 'billion'];

function enBelowThousand(n: number): string {
  const words: string[] = [];
  if (n >= 100) words.push(`${EN_ONES[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest >= 20) words.push(EN_TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${EN_ONES[rest % 10]}` : ''));
  else if (rest > 0) words.push(EN_ONES[rest]);
  return words.join(' ');
}

export function enInteger(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  for (let i = 0, rest = n; rest > 0; i++, rest = Math.floor(rest / 1000)) {
    const chunk = rest % 1000;
    if (chunk) parts.unshift(`${enBelowThousand(chunk)}${EN_SCALES[i] ? ` ${EN_SCALES[i]}` : ''}`);
  }
  return parts.join(' ');
}

const EN_CURRENCY: Record<string, string> = {
  USD: 'US dollars', EUR: 'euros', CNY: 'Chinese yuan', RUB: 'Russian roubles', KZT: 'Kazakhstani tenge', AED: 'UAE dirhams', TRY: 'Turkish lira',
};

/** Trade style: "SAY US DOLLARS ONE HUNDRED TWENTY THOUSAND AND CENTS FIFTY ONLY". */
export function enAmountInWords(cents: number, currency: string): string {
  const major = enInteger(Math.floor(cents / 100));
  const minor = cents % 100;
  const tail = minor ? ` and cents ${enInteger(minor)}` : '';
  return `SAY ${EN_CURRENCY[currency]} ${major}${tail} only`.toUpperCase();
}

const ZH_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const ZH_UNITS = ['仟', '佰', '拾', ''];
const ZH_SCALES = ['', '万', '亿'];

function zhGroup(n: number): string {
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zeroPending = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) zeroPending = true;
      return;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += ZH_DIGITS[d] + ZH_UNITS[i];
  });
  return out;
}

/** Financial capital numerals (大写), as Chinese invoices print the total. */
export function zhInteger(n: number): string {
  if (n === 0) return '零';
  const groups = [n % 10000, Math.floor(n / 10000) % 10000, Math.floor(n / 100000000) % 10000];
  let out = '';
  let zeroPending = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) {
      if (out) zeroPending = true;
      continue;
    }
    if (out && (zeroPending || g < 1000)) out += '零';
    zeroPending = false;
    out += zhGroup(g) + ZH_SCALES[i];
  }
  return out;
}

const ZH_CURRENCY: Record<string, string> = { USD: '美元', EUR: '欧元', CNY: '人民币', RUB: '卢布', KZT: '坚戈', AED: '迪拉姆', TRY: '里拉' };

export function zhAmountInWords(cents: number, currency: string): string {
  const major = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  let tail = '整';
  if (jiao || fen) tail = (jiao ? `${ZH_DIGITS[jiao]}角` : '零') + (fen ? `${ZH_DIGITS[fen]}分` : '');
  return `${ZH_CURRENCY[currency]}${zhInteger(major)}元${tail}`;
}

/** The amount in words in the document language, or undefined where no wording exists for the currency. */
export function amountInWords(cents: number, currency: string, lang: Language): string | undefined {
  switch (lang) {
    case 'ru':
      return ['RUB', 'USD', 'EUR'].includes(currency) ? ruAmountInWords(cents, currency) : undefined;
    case 'kk':
      return ['EUR', 'USD', 'KZT'].includes(currency) ? kkAmountInWords(cents, currency) : undefined;
    case 'en':
      return EN_CURRENCY[currency] ? enAmountInWords(cents, currency) : undefined;
    case 'zh':
      return ZH_CURRENCY[currency] ? zhAmountInWords(cents, currency) : undefined;
  }
}
