/** Locale-tolerant parsing of the numbers, dates and codes printed on invoices. */

/** "1 234 567,00" (ru/kk), "1,234,567.00" (en/zh), "1.234.567,00" (de) → 1234567. */
export function parseAmount(raw: string): number | undefined {
  // A separator at the end is the sentence's or OCR's ("1962,00." read off a scan), never part of the number.
  const cleaned = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/[^\d.,-]/g, '').replace(/[.,]+$/, '');
  if (!/\d/.test(cleaned)) return undefined;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normalised = lastComma > lastDot ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // A single comma followed by exactly 3 digits and nothing else is a thousands separator ("1,234").
    const groups = cleaned.split(',');
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    normalised = thousands ? groups.join('') : cleaned.replace(/,(?=[^,]*$)/, '.').replace(/,/g, '');
  } else {
    const groups = cleaned.split('.');
    const thousands = groups.length > 2 && groups.slice(1).every((g) => g.length === 3);
    normalised = thousands ? groups.join('') : cleaned;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Month names and their usual abbreviations, whole (lower case, without the dot), one row per month: English,
 * German, French, Dutch, Russian (genitive as dates print it, and nominative) and Kazakh. The extractor reads
 * dates with them and the e-invoice cross-check (printed-text.ts) writes a date in every form they give.
 */
export const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'januari', 'января', 'январь', 'қаңтар'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'februari', 'февраля', 'февраль', 'ақпан'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'maart', 'mrt', 'марта', 'март', 'наурыз'],
  ['april', 'apr', 'avril', 'avr', 'апреля', 'апрель', 'сәуір'],
  ['may', 'mai', 'mei', 'мая', 'май', 'мамыр'],
  ['june', 'jun', 'juni', 'juin', 'июня', 'июнь', 'маусым'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'июля', 'июль', 'шілде'],
  ['august', 'aug', 'août', 'aout', 'augustus', 'августа', 'август', 'тамыз'],
  ['september', 'sep', 'sept', 'septembre', 'сентября', 'сентябрь', 'қыркүйек'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'октября', 'октябрь', 'қазан'],
  ['november', 'nov', 'novembre', 'ноября', 'ноябрь', 'қараша'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'декабря', 'декабрь', 'желтоқсан'],
];

const MONTH_BY_WORD = new Map(MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)));

/**
 * Three-letter stems of the Russian, Kazakh and English names, for the other case forms and misspellings
 * («январе», «қазанда»). Looked up after the whole words: French "juin"/"juillet" share "jui".
 */
const MONTH_STEMS: Record<string, number> = {
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
  қаң: 1, ақп: 2, нау: 3, сәу: 4, мам: 5, мау: 6, шіл: 7, там: 8, қыр: 9, қаз: 10, қар: 11, жел: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The month a printed name stands for, in any of the languages above; undefined for any other word. */
export function monthOf(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  return MONTH_BY_WORD.get(word) ?? MONTH_STEMS[word.slice(0, 3)];
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Letters of month names: Latin (with the accents of de/fr/nl) and Cyrillic (with Kazakh letters). */
const MONTH_WORD = "[A-Za-zÀ-ÿА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{3,}";

/** Finds the first date in a text, in the formats invoices of this trade use; returns YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
  const patterns: Array<[RegExp, (m: RegExpMatchArray) => string | undefined]> = [
    [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => isoDate(+m[1], +m[2], +m[3])],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => isoDate(+m[1], +m[2], +m[3])],
    [/\b(\d{4})[/.](\d{2})[/.](\d{2})\b/, (m) => isoDate(+m[1], +m[2], +m[3])],
    // Kazakh: «2025 жылғы 26 қазан»
    [/(\d{4})\s*ж(?:ылғы|\.)\s*«?(\d{1,2})»?\s+([А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{3,})/u, (m) => {
      const month = monthOf(m[3]);
      return month ? isoDate(+m[1], month, +m[2]) : undefined;
    }],
    // "19-Mar-2025"
    [/\b(\d{1,2})-([A-Za-z]{3})-(\d{4})\b/, (m) => {
      const month = monthOf(m[2]);
      return month ? isoDate(+m[3], month, +m[1]) : undefined;
    }],
    // «10» июля 2024 г.
    [/«(\d{1,2})»\s+([А-Яа-яЁё]{3,})\s+(\d{4})/u, (m) => {
      const month = monthOf(m[2]);
      return month ? isoDate(+m[3], month, +m[1]) : undefined;
    }],
    // 14.03.2025, 14/03/2025, 8-9-2022 (day first); 03/20/2023 (US month first) only when day first is impossible.
    // Scans: OCR puts spaces after the dots ("16. 12. 2025") and may read a cell's rule before the day as a 1 or l
    // ("116. 12. 2025"); the rule is taken only when the day cannot be read without it (the lazy `??`).
    [/(?<![\d.,/-])[1l|]??(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?![\d.,]\d)/, (m) => isoDate(+m[4], +m[3], +m[1]) ?? (m[2] === '/' ? isoDate(+m[4], +m[1], +m[3]) : undefined)],
    // "19 марта 2025", "7. Mai 2014", "02 Juillet 2015", "19 april 2014"
    [new RegExp(`(?<![\\d.,])(\\d{1,2})\\.?\\s+(${MONTH_WORD})\\.?\\s+(\\d{4})`, 'u'), (m) => {
      const month = monthOf(m[2]);
      return month ? isoDate(+m[3], month, +m[1]) : undefined;
    }],
    // "March 5, 2025", "August 3 , 2014"
    [/\b([A-Za-z]{3,})\.?\s+(\d{1,2})\s*,?\s+(\d{4})\b/, (m) => {
      const month = monthOf(m[1]);
      return month ? isoDate(+m[3], month, +m[2]) : undefined;
    }],
  ];
  for (const [pattern, toIso] of patterns) {
    // Every candidate of a pattern, not only its first: "12 Stk 2014 … 7. Mai 2014" still finds the date.
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const iso = toIso(match);
      if (iso) return iso;
    }
  }
  return undefined;
}

/** A dotted code of four, two and two to four digits with one of its two dots read as a comma. */
const DOTTED_CODE_WITH_COMMA = /(?<![\d.,])\d{4}(?:,\d{2}\.|\.\d{2},)\d{2,4}(?![\d.,])/g;

/** "8482 10 100 9", "8482.10.1009", "848210" → "8482101009"; undefined unless it looks like an HS code. */
export function parseHsCode(raw: string): string | undefined {
  // OCR reads one dot of a dotted code as a comma («8526,91.0000» for 8526.91.0000): with the other dot kept, the
  // shape is a code's, not an amount's.
  raw = raw.replace(DOTTED_CODE_WITH_COMMA, (code) => code.replace(',', '.'));
  const match = raw.match(/\b\d{4}(?:[\s.]?\d{2})(?:[\s.]?\d{1,4}){0,3}\b/);
  if (!match) return undefined;
  const digits = match[0].replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 10 ? digits : undefined;
}

/**
 * Every plausible value of a printed number, the usual reading first. The others: a single separator before
 * exactly three digits is a thousands separator in "1,234" but a decimal one in a quantity "93,058"; OCR
 * reads «О»/O for 0 and l/I/| for 1 inside numbers, and drops the decimal separator ("1163172192" for
 * 11 631 721,92). Only the invoice's own arithmetic (reconcileAmounts) chooses an alternative.
 */
export function amountReadings(raw: string): number[] {
  const readings: number[] = [];
  const add = (value: number | undefined) => {
    if (value !== undefined && Number.isFinite(value) && !readings.some((r) => Math.abs(r - value) < 1e-9)) readings.push(value);
  };
  // Letter-for-digit confusions, only between digits or separators: "1О0,00", "l 250,00".
  const text = raw.replace(/(?<=[\d\s.,]|^)[OoОо](?=[\d\s.,]|$)/gu, '0').replace(/(?<=[\d\s.,]|^)[lI|](?=[\d\s.,])/gu, '1');
  add(parseAmount(raw));
  add(parseAmount(text));
  const cleaned = text.replace(/[\s\u00a0\u202f']/g, '').replace(/[^\d.,-]/g, '');
  const single = cleaned.match(/^(-?\d+)[.,](\d{3})$/);
  if (single) {
    add(Number(`${single[1]}${single[2]}`));
    add(Number(`${single[1]}.${single[2]}`));
  }
  if (/^\d{3,}$/.test(cleaned)) add(Number(cleaned) / 100);
  // Separators misread for each other ("10.291.91" for 10,291.91): the last one before two digits is the decimal one.
  const grouped = text.trim().match(/^(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+)[.,](\d{2})$/u);
  if (grouped) add(Number(`${grouped[1].replace(/\D/g, '')}.${grouped[2]}`));
  // A thousands separator kept and the decimal point lost («282.74478» for 282,744.78, «20,47915» for 20,479.15):
  // four decimals or more is no printed price or amount, and the last two digits are the cents.
  const lostPoint = cleaned.match(/^(\d{1,3})[.,](\d{3})(\d{2})$/);
  if (lostPoint) add(Number(`${lostPoint[1]}${lostPoint[2]}.${lostPoint[3]}`));
  return readings;
}

export interface LineAmounts {
  quantity?: number;
  unitPrice?: number;
  amount?: number;
}

/** Quantity × price = amount, to the cent (prices may carry more decimals than the amount). */
export function amountsAgree(quantity: number, unitPrice: number, amount: number): boolean {
  return Math.abs(quantity * unitPrice - amount) <= 0.011 + 1e-9 * Math.abs(amount);
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** How many of an amount's printed digits must agree for quantity × price to stand for it. */
const LEGIBLE_AMOUNT_DIGITS = 5;

/**
 * An amount OCR read only in part: its leading digit groups lost to a rule or a speck («051,12» of 1 101 051,12,
 * «904,80» after «144» read «ШЕТІ»), or its cents read as letters («13 489, вз.» for 13 489,83). Quantity × price
 * is taken when the amount cell's last LEGIBLE_AMOUNT_DIGITS printed digits are its last digits, or when the
 * printed digits are its whole units: one chance in 100,000 of agreeing by accident.
 */
function amountFromLegibleDigits(qs: number[], ps: number[], printedAmount: string): LineAmounts | undefined {
  const printed = printedAmount.replace(/\D/g, '');
  if (printed.length < LEGIBLE_AMOUNT_DIGITS) return undefined;
  const tail = printed.slice(-LEGIBLE_AMOUNT_DIGITS);
  for (const quantity of qs) {
    for (const unitPrice of ps) {
      const amount = round(quantity * unitPrice, 2);
      const [units, cents] = amount.toFixed(2).split('.');
      // The printed digits are a part of the amount, never more of them than it has: «61 211,16» is no partial
      // reading of 12 × 100,93 = 1 211,16 (the price lost its leading digits there, not the amount).
      if (amount > 0 && printed.length <= `${units}${cents}`.length && (`${units}${cents}`.endsWith(tail) || units === printed)) return { quantity, unitPrice, amount };
    }
  }
  return undefined;
}

/**
 * A quantity OCR read with a stray digit or two (a rule or a speck before it: «71,759.528 t» for 1 759,528, «7 977.16»
 * for 977,16, seed 23), or without one or two of its digits («197» for 1 197, a speck taking the «1»), on a row whose
 * price was read whole: amount ÷ price, with at most three decimals, at the first of the amount's readings («14 ,747.04»
 * is 747.04 by its last cell, 14 747.04 whole) whose quantity holds the digits read in order, or is held by them.
 * Checked before the amount's legible digits, which such a quantity defeats: an extra leading 7 adds 70 000 × 2 830,00 to
 * the product and leaves its last five digits alone.
 */
function quantityWithStrayDigits(qs: number[], ps: number[], as: number[]): LineAmounts | undefined {
  const [quantity, unitPrice] = [qs[0], ps[0]];
  if (quantity === undefined || unitPrice === undefined) return undefined;
  const read = digitsAsWritten(quantity);
  for (const amount of as) {
    const derived = quantityFrom(amount, unitPrice);
    if (derived === undefined) continue;
    const digits = digitsAsWritten(derived);
    const stray = digits.length < read.length && read.length - digits.length <= MAX_MISREAD_QUANTITY_DIGITS && read.includes(digits);
    const lost = read.length >= MIN_KEPT_QUANTITY_DIGITS && digits.length > read.length && digits.length - read.length <= MAX_MISREAD_QUANTITY_DIGITS && digits.includes(read);
    if (stray || lost) return { quantity: derived, unitPrice, amount };
  }
  return undefined;
}

/** A number's digits as it is written, without its point («1759.528» → 1759528). */
const digitsAsWritten = (value: number) => String(value).replace(/\D/g, '');

/** Digits a quantity may have gained or lost to specks and rules. */
const MAX_MISREAD_QUANTITY_DIGITS = 2;

/** Digits a quantity that lost some must still show: one digit is found inside too many numbers. */
const MIN_KEPT_QUANTITY_DIGITS = 3;

/** amount ÷ price rounded to the fewest of `places` decimals that multiplies back to the amount: a quantity as printed. */
function quantityFrom(amount: number, price: number, places = [0, 1, 2, 3]): number | undefined {
  if (price <= 0) return undefined;
  for (const decimals of places) {
    const candidate = round(amount / price, decimals);
    if (candidate > 0 && amountsAgree(candidate, price, amount)) return candidate;
  }
  return undefined;
}

/** How many of a price's printed digits must be legible for it to be read as the tail of amount ÷ quantity. */
const LEGIBLE_PRICE_DIGITS = 4;

/** Leading digits a price may lose to a rule or a speck left of it («969,93» of 1 969,93). */
const MAX_LOST_PRICE_DIGITS = 2;

const digitsOf = (value: number) => value.toFixed(2).replace('.', '');

/**
 * A price OCR read without its leading digit or two («969,93» of 1 969,93, a column rule taking the «1»), or with its
 * separators garbled («1.318,.59», no reading of its own), on a row whose amount was read whole: amount ÷ quantity, to
 * the cent, when the price's printed digits are its last ones (or all of them). The amount is not then taken for the
 * misreading (quantity × the partial price would keep its last digits too).
 */
function priceFromLegibleDigits(qs: number[], as: number[], printedPrice: string, printedAmount: string): LineAmounts | undefined {
  const price = printedPrice.replace(/\D/g, '');
  if (price.length < LEGIBLE_PRICE_DIGITS) return undefined;
  const amountDigits = printedAmount.replace(/\D/g, '');
  for (const amount of as) {
    if (digitsOf(amount) !== amountDigits) continue;
    for (const quantity of qs) {
      if (quantity <= 0) continue;
      const unitPrice = round(amount / quantity, 2);
      const digits = digitsOf(unitPrice);
      if (amountsAgree(quantity, unitPrice, amount) && digits.length >= price.length && digits.length - price.length <= MAX_LOST_PRICE_DIGITS && digits.endsWith(price)) return { quantity, unitPrice, amount };
    }
  }
  return undefined;
}

/**
 * A price OCR misread in one digit («3.15» for 5.15) on a row whose quantity and amount were read, the amount's legible
 * digits not telling it instead: amount ÷ quantity, to the cent, at the first of the amount's readings where it
 * multiplies back, when it has as many digits as the price read and differs from it in one place. Taking the price as
 * read would make the quantity the misreading (740.85 ÷ 3.15 = 235.19 tonnes, to the cent as well: a small price fits
 * almost any amount), while a quantity of 3 639 fits an amount to the cent only at its true price. A quantity under
 * MIN_QUANTITY_FOR_PRICE fits too many prices to the cent (3 × 23 958.84 and 3 × 25 958.84 both end in .52).
 */
function priceWithMisreadDigits(qs: number[], ps: number[], as: number[]): LineAmounts | undefined {
  const [quantity, read] = [qs[0], ps[0]];
  if (quantity === undefined || read === undefined || quantity < MIN_QUANTITY_FOR_PRICE) return undefined;
  const printed = digitsOf(read);
  for (const amount of as) {
    const unitPrice = round(amount / quantity, 2);
    const digits = digitsOf(unitPrice);
    if (unitPrice <= 0 || !amountsAgree(quantity, unitPrice, amount) || digits.length !== printed.length) continue;
    const differing = [...digits].filter((d, i) => d !== printed[i]).length;
    if (differing > 0 && differing <= MAX_MISREAD_PRICE_DIGITS) return { quantity, unitPrice, amount };
  }
  return undefined;
}

/** Digits of a price OCR may misread (3 for 5, 7 for 1) and the arithmetic still put right. */
const MAX_MISREAD_PRICE_DIGITS = 1;

/** The least quantity whose product with a price lands on an amount to the cent by chance under one time in ten. */
const MIN_QUANTITY_FOR_PRICE = 20;

/**
 * Quantity, price and amount of a goods line, checked against each other. A row whose readings disagree
 * takes the combination of alternative readings (amountReadings) that agrees. With `derive` (OCR'd rows,
 * where a cell may be unreadable), a missing or disagreeing value is computed from the other two when the
 * result looks printed: a quantity with at most three decimals, a price with at most two, else the amount.
 */
export function reconcileAmounts(readings: { quantity: number[]; unitPrice: number[]; amount: number[]; printedAmount?: string; printedPrice?: string }, derive = false): LineAmounts {
  const { quantity: qs, unitPrice: ps, amount: as } = readings;
  const first: LineAmounts = { quantity: qs[0], unitPrice: ps[0], amount: as[0] };
  if (qs.length && ps.length && as.length) {
    if (amountsAgree(qs[0], ps[0], as[0])) return first;
    let best: { cost: number; value: LineAmounts } | undefined;
    qs.forEach((q, i) =>
      ps.forEach((p, j) =>
        as.forEach((a, k) => {
          if (amountsAgree(q, p, a) && (!best || i + j + k < best.cost)) best = { cost: i + j + k, value: { quantity: q, unitPrice: p, amount: a } };
        }),
      ),
    );
    if (best) return best.value;
  }
  if (!derive) return first;
  const strayDigits = quantityWithStrayDigits(qs, ps, as);
  if (strayDigits) return strayDigits;
  const partialPrice = readings.printedPrice && readings.printedAmount ? priceFromLegibleDigits(qs, as, readings.printedPrice, readings.printedAmount) : undefined;
  if (partialPrice) return partialPrice;
  const legible = readings.printedAmount ? amountFromLegibleDigits(qs, ps, readings.printedAmount) : undefined;
  if (legible) return legible;
  const misreadPrice = priceWithMisreadDigits(qs, ps, as);
  if (misreadPrice) return misreadPrice;
  const { quantity: q, unitPrice: p, amount: a } = first;
  const priceFrom = (amount: number, quantity: number) => {
    if (quantity <= 0) return undefined;
    const candidate = round(amount / quantity, 2);
    return candidate > 0 && amountsAgree(quantity, candidate, amount) ? candidate : undefined;
  };
  if (a !== undefined && p !== undefined) {
    // No quantity read: a whole one at any reading of the price comes first. «3926393» (39 263,93 without its comma)
    // and an amount of 78 527,86 make 2, where the price as read would make 0.02.
    for (const price of q === undefined ? ps : []) {
      const whole = quantityFrom(a, price, [0]);
      if (whole !== undefined) return { quantity: whole, unitPrice: price, amount: a };
    }
    const derived = quantityFrom(a, p);
    if (derived !== undefined) return { quantity: derived, unitPrice: p, amount: a };
  }
  if (a !== undefined && q !== undefined) {
    const derived = priceFrom(a, q);
    if (derived !== undefined) return { quantity: q, unitPrice: derived, amount: a };
  }
  if (q !== undefined && p !== undefined) return { quantity: q, unitPrice: p, amount: round(q * p, 2) };
  return first;
}
