/** Small value readers shared by the list parsers: text cleaning, dates, numbered lists. */

/** File text (a Buffer is read as UTF-8, without a byte-order mark). */
export function asText(input: string | Buffer): string {
  return (typeof input === 'string' ? input : input.toString('utf-8')).replace(/^\uFEFF/, '');
}

/** Placeholders the lists print for "no value". */
const EMPTY = new Set(['', '-', '-0-', 'n/a', 'na', 'none', 'unknown', 'null']);

/** Trimmed text with inner whitespace collapsed; placeholders ("-0-", "-", "N/A") become ''. */
export function cleanText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const raw = String(value);
  // Hot path (thousands of long remarks): only rewrite text that has odd whitespace.
  const text = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  return text.length <= 7 && EMPTY.has(text.toLowerCase()) ? '' : text;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 date, reduced to year-month or year when the day or month is unknown (0). */
export function isoDate(year: number, month = 0, day = 0): string | undefined {
  if (!(year >= 1000 && year <= 2999)) return undefined;
  if (!(month >= 1 && month <= 12)) return String(year);
  if (!(day >= 1 && day <= 31)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "10 Dec 1948", "10 December 1948", "Dec 1948", "1948" → ISO (partial) date. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = cleanText(text).match(/^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})$/);
  if (!m) return undefined;
  const month = m[2] ? MONTHS[m[2].toLowerCase()] : 0;
  if (m[2] && !month) return undefined;
  return isoDate(Number(m[3]), month, m[1] ? Number(m[1]) : 0);
}

/** "28/06/1960" (dmy) or "06/28/1960" (mdy); zeros for unknown parts ("00/00/1994" → "1994"). */
export function parseSlashDate(text: string, order: 'dmy' | 'mdy'): string | undefined {
  const m = cleanText(text).match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!m) return /^\d{4}$/.test(cleanText(text)) ? cleanText(text) : undefined;
  const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return order === 'dmy' ? isoDate(year, second, first) : isoDate(year, first, second);
}

/** An ISO date or date-time as printed ("2026-02-27T00:00:09.554Z") → its date part. */
export function isoDatePart(text: string | undefined): string | undefined {
  return cleanText(text).match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
}

/**
 * Splits OFSI-style enumerations: "(1) Russia. (2) Ukraine" → ["Russia", "Ukraine"]. Text without
 * markers comes back whole. "(1) to (6) Algeria (7) Morocco" keeps the value after each marker group.
 */
export function splitNumbered(text: string, keepEmpty = false): string[] {
  const cleaned = cleanText(text);
  if (!/^\(\d+\)/.test(cleaned)) return cleaned ? [cleaned] : [];
  const parts = cleaned
    .split(/\(\d+\)(?:\s*(?:to|-)\s*\(\d+\))?/)
    .slice(1)
    .map((part) => cleanText(part.replace(/^[\s.,;:-]+|[\s.,;]+$/g, '')));
  // Passport numbers and their details are parallel lists: keep the positions when asked.
  return keepEmpty ? parts : parts.filter(Boolean);
}

/** The earlier of two ISO dates (either may be missing). */
export function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
