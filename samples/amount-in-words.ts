/**
 * Amounts in words, as Russian and Kazakh invoices print them under the total.
 * Only the currencies used by the samples are covered.
 */

type Gender = 'm' | 'f';
/** Russian noun forms after 1, 2-4 and 5+ (also 11-14). */
type RuForms = readonly [string, string, string];

const RU_ONES: Record<Gender, readonly string[]> = {
  m: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  f: ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};
const RU_TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать',
  'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят',
  'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот',
  'восемьсот', 'девятьсот'];
// Scale words above the units group; thousands are feminine in Russian.
const RU_SCALES: readonly { forms: RuForms; gender: Gender }[] = [
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'f' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'm' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'm' },
];

interface RuCurrency { major: RuForms; majorGender: Gender; minor: RuForms }
const RU_CURRENCIES: Record<string, RuCurrency> = {
  RUB: { major: ['рубль', 'рубля', 'рублей'], majorGender: 'm', minor: ['копейка', 'копейки', 'копеек'] },
  USD: { major: ['доллар США', 'доллара США', 'долларов США'], majorGender: 'm', minor: ['цент', 'цента', 'центов'] },
  // "Евро" is indeclinable and, by the dictionary norm, masculine.
  EUR: { major: ['евро', 'евро', 'евро'], majorGender: 'm', minor: ['евроцент', 'евроцента', 'евроцентов'] },
};

export function ruPluralForm(n: number, forms: RuForms): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

function ruTriple(n: number, gender: Gender): string[] {
  const words = [RU_HUNDREDS[Math.floor(n / 100)]];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(RU_TEENS[rest - 10]);
  else words.push(RU_TENS[Math.floor(rest / 10)], RU_ONES[gender][rest % 10]);
  return words.filter(Boolean);
}

function ruInteger(n: number, unitGender: Gender): string {
  if (n === 0) return 'ноль';
  const words: string[] = [];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > RU_SCALES.length + 1) throw new Error(`number too large for words: ${n}`);
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i];
    if (value === 0) continue;
    if (i === 0) {
      words.push(...ruTriple(value, unitGender));
    } else {
      const scale = RU_SCALES[i - 1];
      words.push(...ruTriple(value, scale.gender), ruPluralForm(value, scale.forms));
    }
  }
  return words.join(' ');
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** e.g. "Два миллиона три тысячи четыреста рублей 00 копеек". */
export function ruAmountInWords(cents: number, currency: string): string {
  const spec = RU_CURRENCIES[currency];
  if (!spec) throw new Error(`no Russian currency words for ${currency}`);
  const major = Math.floor(cents / 100);
  const minor = cents % 100;
  const minorText = `${String(minor).padStart(2, '0')} ${ruPluralForm(minor, spec.minor)}`;
  return capitalize(`${ruInteger(major, spec.majorGender)} ${ruPluralForm(major, spec.major)} ${minorText}`);
}

const KK_ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const KK_SCALES = ['', 'мың', 'миллион', 'миллиард'];
// Kazakh nouns stay singular after numerals, so one form per currency is enough.
const KK_CURRENCIES: Record<string, { major: string; minor: string }> = {
  EUR: { major: 'еуро', minor: 'цент' },
  USD: { major: 'АҚШ доллары', minor: 'цент' },
  KZT: { major: 'теңге', minor: 'тиын' },
};

function kkTriple(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  // Documents write "бір жүз" for 100, as the amount lines of Kazakh invoices do.
  const words = hundreds ? [KK_ONES[hundreds], 'жүз'] : [];
  words.push(KK_TENS[Math.floor((n % 100) / 10)], KK_ONES[n % 10]);
  return words.filter(Boolean);
}

/** e.g. "Алпыс бір мың сегіз жүз сексен еуро 00 цент". */
export function kkAmountInWords(cents: number, currency: string): string {
  const spec = KK_CURRENCIES[currency];
  if (!spec) throw new Error(`no Kazakh currency words for ${currency}`);
  const major = Math.floor(cents / 100);
  const words: string[] = [];
  const groups: number[] = [];
  for (let rest = major; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > KK_SCALES.length) throw new Error(`number too large for words: ${major}`);
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...kkTriple(groups[i]), KK_SCALES[i]);
  }
  const integerText = words.filter(Boolean).join(' ') || 'нөл';
  return capitalize(`${integerText} ${spec.major} ${String(cents % 100).padStart(2, '0')} ${spec.minor}`);
}
