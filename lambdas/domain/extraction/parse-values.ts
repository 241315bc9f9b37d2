/** Locale-tolerant parsing of the numbers, dates and codes printed on invoices. */

/** "1 234 567,00" (ru/kk), "1,234,567.00" (en/zh), "1.234.567,00" (de) → 1234567. */
export function parseAmount(raw: string): number | undefined {
  const cleaned = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/[^\d.,-]/g, '');
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

const MONTHS: Record<string, number> = {
  // Russian (genitive and nominative stems), Kazakh, English
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
  қаң: 1, ақп: 2, нау: 3, сәу: 4, мам: 5, мау: 6, шіл: 7, там: 8, қыр: 9, қаз: 10, қар: 11, жел: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Finds the first date in a text, in the formats invoices of this trade use; returns YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
  const monthOf = (name: string) => MONTHS[name.slice(0, 3).toLowerCase()];
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
    [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, (m) => isoDate(+m[3], +m[2], +m[1])],
    [/\b(\d{1,2})\s+([A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{3,})\.?\s+(\d{4})/, (m) => {
      const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
      return month ? isoDate(+m[3], month, +m[1]) : undefined;
    }],
    [/\b([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})\b/, (m) => {
      const month = MONTHS[m[1].slice(0, 3).toLowerCase()];
      return month ? isoDate(+m[3], month, +m[2]) : undefined;
    }],
  ];
  for (const [pattern, toIso] of patterns) {
    const match = text.match(pattern);
    const iso = match && toIso(match);
    if (iso) return iso;
  }
  return undefined;
}

/** "8482 10 100 9", "8482.10.1009", "848210" → "8482101009"; undefined unless it looks like an HS code. */
export function parseHsCode(raw: string): string | undefined {
  const match = raw.match(/\b\d{4}(?:[\s.]?\d{2})(?:[\s.]?\d{1,4}){0,3}\b/);
  if (!match) return undefined;
  const digits = match[0].replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 10 ? digits : undefined;
}
