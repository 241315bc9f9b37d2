import type { Box, Evidence, ReadDocument } from '../document-model';
import { MONTH_WORDS } from '../extraction/parse-values';
import { CURRENCY_WORDS } from '../extraction/vocabulary';

/**
 * Looks values up in the visible text of a document, tolerant of how they are printed (case, spacing,
 * punctuation, number and date formats) but never of the value itself: "DE 123 456 789" matches the VAT
 * id DE123456789, "2.000,00" matches 2000, "31.10.2018" matches 2018-10-31; 2000.01 or DE123456780 do not.
 */

/** Letters and digits only, lower-cased; ё folded to е as Russian print often does. */
export function compactText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]/gu, '');
}

interface PrintedLine {
  page: number;
  box: Box;
  text: string;
  compact: string;
  /** Each whitespace-separated word, compacted: keeps adjacent dates apart ("03/20/2023 04/04/2023"). */
  words: string[];
  amounts: number[];
}

/** A span of up to three consecutive lines of a page, for names printed across a line break. */
interface Window {
  lines: PrintedLine[];
  compact: string;
}

const WINDOW_LINES = 3;

export class PrintedText {
  private readonly lines: PrintedLine[];
  private readonly windows: Window[];

  constructor(document: ReadDocument) {
    this.lines = document.pages.flatMap((page) => page.lines.map((line) => ({
      page: page.page,
      box: line.box,
      text: line.text,
      compact: compactText(line.text),
      words: line.text.split(/\s+/).map(compactText).filter(Boolean),
      amounts: amountsIn(line.text),
    })));
    this.windows = this.lines.map((_, i) => {
      const span = this.lines.slice(i, i + WINDOW_LINES).filter((l) => l.page === this.lines[i].page);
      return { lines: span, compact: span.map((l) => l.compact).join('') };
    });
  }

  /** A name, number or identifier, ignoring case, spaces and punctuation; evidence = the fewest lines holding it. */
  findText(value: string): Evidence | undefined {
    const wanted = compactText(value);
    const window = wanted ? this.windows.find((w) => containsWhole(w.compact, wanted)) : undefined;
    if (!window) return undefined;
    const holds = (span: PrintedLine[]) => containsWhole(span.map((l) => l.compact).join(''), wanted);
    let span = window.lines;
    while (span.length > 1 && holds(span.slice(0, -1))) span = span.slice(0, -1);
    while (span.length > 1 && holds(span.slice(1))) span = span.slice(1);
    return evidenceOf(span);
  }

  /** An amount in any number format (1 234,50 · 1,234.50 · 1.234,50 · 1234.5), sign ignored. */
  findAmount(value: number): Evidence | undefined {
    const line = this.lines.find((l) => l.amounts.some((a) => Math.abs(a - Math.abs(value)) < 0.005));
    return line && evidenceOf([line]);
  }

  /** A YYYY-MM-DD date printed in any of the usual numeric or month-name forms. */
  findDate(iso: string): Evidence | undefined {
    const forms = dateForms(iso);
    const line = this.lines.find((l) => l.words.some((w) => forms.includes(w)) || forms.some((f) => containsWhole(l.compact, f)));
    return line && evidenceOf([line]);
  }

  /** An ISO 4217 code as a word, or the currency's symbol or name. */
  findCurrency(code: string): Evidence | undefined {
    const codePattern = new RegExp(`(^|[^A-Za-z])${code}([^A-Za-z]|$)`);
    const symbols = CURRENCY_SIGNS[code] ?? [];
    const words = CURRENCY_WORDS.filter(([c]) => c === code).map(([, pattern]) => pattern);
    const line = this.lines.find((l) => codePattern.test(l.text) || symbols.some((s) => l.text.includes(s)) || words.some((w) => w.test(l.text)));
    return line && evidenceOf([line]);
  }
}

/** `wanted` occurs in `text` without running into more digits on a side where it is itself a digit. */
function containsWhole(text: string, wanted: string): boolean {
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const before = text[at - 1];
    const after = text[at + wanted.length];
    const digitClash = (edge: string, neighbour: string | undefined) => /\d/.test(edge) && neighbour !== undefined && /\d/.test(neighbour);
    if (!digitClash(wanted[0], before) && !digitClash(wanted[wanted.length - 1], after)) return true;
  }
  return false;
}

function evidenceOf(lines: PrintedLine[]): Evidence {
  const boxes = lines.map((l) => l.box);
  return {
    page: lines[0].page,
    box: [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))],
    text: lines.map((l) => l.text).join(' '),
  };
}

const CURRENCY_SIGNS: Record<string, string[]> = {
  EUR: ['€'], USD: ['$'], GBP: ['£'], KZT: ['₸'], RUB: ['₽'], CNY: ['¥', '元'], JPY: ['¥', '円'], TRY: ['₺'], CHF: ['Fr.'],
};

// ---------------------------------------------------------------- amounts

const NUMBER_RUN = /\d[\d.,'’\u00a0\u202f ]*\d|\d/g;

/** Every number a line can be read as: each run of digits and separators, and each of its space-separated parts. */
export function amountsIn(text: string): number[] {
  const values = new Set<number>();
  for (const [run] of text.matchAll(NUMBER_RUN)) {
    const parts = run.split(/[\u00a0\u202f ]+/);
    for (const token of new Set([run.trim(), ...parts])) for (const value of readingsOf(token)) values.add(value);
  }
  return [...values];
}

/**
 * The values a printed number can mean. "1.000" is a thousand or one; "1.000,00" only a thousand; "1000,00"
 * only a thousand: a separator followed by exactly three digits may group, anything else is a decimal mark.
 */
export function readingsOf(token: string): number[] {
  const t = token.replace(/[.,'’\u00a0\u202f ]+$/, '');
  if (/[\s'’\u00a0\u202f]/.test(t)) {
    const m = t.match(/^(\d{1,3}(?:[\s'’\u00a0\u202f]\d{3})+)(?:[.,](\d+))?$/);
    return m ? [Number(`${m[1].replace(/\D/g, '')}.${m[2] ?? '0'}`)] : [];
  }
  const separators = t.match(/[.,]/g) ?? [];
  if (!separators.length) return /^\d+$/.test(t) ? [Number(t)] : [];
  const kinds = new Set(separators);
  if (kinds.size === 2) {
    const decimal = t[Math.max(t.lastIndexOf('.'), t.lastIndexOf(','))];
    const group = decimal === '.' ? ',' : '.';
    const [integer, fraction] = [t.slice(0, t.lastIndexOf(decimal)), t.slice(t.lastIndexOf(decimal) + 1)];
    return groupedDigits(integer, group) !== undefined && /^\d+$/.test(fraction) ? [Number(`${groupedDigits(integer, group)}.${fraction}`)] : [];
  }
  const [mark] = [...kinds];
  const parts = t.split(mark);
  const readings: number[] = [];
  if (parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1])) readings.push(Number(`${parts[0]}.${parts[1]}`));
  const grouped = groupedDigits(t, mark);
  if (grouped !== undefined) readings.push(Number(grouped));
  return readings;
}

/** "1.234.567" with group mark "." → "1234567"; undefined unless every group after the first has 3 digits. */
function groupedDigits(text: string, mark: string): string | undefined {
  const groups = text.split(mark);
  if (groups.length === 1) return /^\d+$/.test(text) ? text : undefined;
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)) ? groups.join('') : undefined;
}

// ---------------------------------------------------------------- dates

/** Compact forms a date takes in print: 31.10.2018, 31/10/18, 10/31/2018, 2018-10-31, 31 Oct 2018, 2018年10月31日… */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const [m1, d1] = [String(Number(m)), String(Number(d))];
  const y2 = y.slice(2);
  const forms = [d + m + y, d1 + m1 + y, d + m + y2, m + d + y, m1 + d1 + y, y + m + d, `${y}年${m1}月${d1}日`];
  for (const name of MONTH_WORDS[Number(m) - 1]) {
    forms.push(d + name + y, d1 + name + y, name + d + y, name + d1 + y);
    // Kazakh writes the year first: «2025 жылғы 26 қазан», «2025 ж. 26 қазан».
    for (const day of [d, d1]) forms.push(`${y}жылғы${day}${name}`, `${y}ж${day}${name}`);
  }
  return [...new Set(forms.map(compactText))];
}
