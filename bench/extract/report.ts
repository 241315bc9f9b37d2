/**
 * Aggregates per-document scores into rows (corpus × language × kind × engine) and prints them as a
 * plain-text table next to the targets: F1 ≥ 0.95 on digital PDFs, ≥ 0.85 on scans.
 */
import { addTallies, emptyTallies, f1, FIELDS, precision, recall, type BenchTruth, type FieldName, type FieldTallies } from './score';

export const TARGETS = { digital: 0.95, scan: 0.85 } as const;

export interface DocResult {
  truth: BenchTruth;
  engine: string;
  error?: string;
  tallies: FieldTallies;
  /** read + extract, wall clock. */
  ms: number;
  pages: number;
}

export interface Row {
  corpus: string;
  language: string;
  kind: 'digital' | 'scan';
  engine: string;
  docs: number;
  failed: number;
  tallies: FieldTallies;
}

const LANGUAGE_ORDER = ['ru', 'ru+en', 'kk', 'kk+ru', 'en', 'zh', 'zh+en', 'all'];
const CORPUS_ORDER = ['generated', 'fixtures', 'facturx', 'invoice2data'];
const order = (list: string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.length);

export function aggregate(results: DocResult[], withTotals = true): Row[] {
  const rows = new Map<string, Row>();
  const add = (result: DocResult, language: string, engine: string) => {
    const { corpus, kind } = result.truth;
    const key = [corpus, language, kind, engine].join('|');
    const row = rows.get(key) ?? { corpus, language, kind, engine, docs: 0, failed: 0, tallies: emptyTallies() };
    row.docs++;
    if (result.engine.startsWith('failed:')) row.failed++;
    addTallies(row.tallies, result.tallies);
    rows.set(key, row);
  };
  for (const result of results) {
    add(result, result.truth.language, result.engine);
    if (withTotals) add(result, 'all', result.engine);
  }
  return [...rows.values()].sort(
    (a, b) =>
      order(CORPUS_ORDER, a.corpus) - order(CORPUS_ORDER, b.corpus) ||
      a.corpus.localeCompare(b.corpus) ||
      a.kind.localeCompare(b.kind) ||
      a.engine.localeCompare(b.engine) ||
      order(LANGUAGE_ORDER, a.language) - order(LANGUAGE_ORDER, b.language) ||
      a.language.localeCompare(b.language),
  );
}

const HEADERS: Record<FieldName, string> = {
  parties: 'parties',
  number: 'number',
  date: 'date',
  currency: 'currency',
  total: 'total',
  lines: 'lines',
  identifiers: 'ids',
};

function cell(value: number | undefined, target: number): string {
  if (value === undefined) return '—';
  return `${value.toFixed(2)}${value < target ? '*' : ' '}`;
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** F1 per field; `*` marks a value under the target of the row's kind. */
export function renderF1Table(rows: Row[]): string {
  const header = ['corpus', 'language', 'kind', 'engine', 'docs', 'failed', ...FIELDS.map((f) => HEADERS[f]), 'target'];
  const body = rows.map((row) => {
    const target = TARGETS[row.kind];
    return [row.corpus, row.language, row.kind, row.engine, String(row.docs), String(row.failed), ...FIELDS.map((f) => cell(f1(row.tallies[f]), target)), `≥${target.toFixed(2)}`];
  });
  return table(header, body);
}

/** Precision / recall per field, for one row (used for the totals). */
export function renderPrecisionRecall(row: Row): string {
  const fmt = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(3));
  const header = ['field', 'P', 'R', 'F1', 'TP', 'FP', 'FN'];
  const body = FIELDS.map((f) => {
    const t = row.tallies[f];
    return [HEADERS[f], fmt(precision(t)), fmt(recall(t)), fmt(f1(t)), String(t.tp), String(t.fp), String(t.fn)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))];
}

export interface SpeedSummary {
  docs: number;
  pages: number;
  medianMsPerPage: number;
  p90MsPerPage: number;
  pagesPerSecond: number;
}

export function speedOf(results: DocResult[]): SpeedSummary | undefined {
  const read = results.filter((r) => !r.engine.startsWith('failed:') && r.pages > 0);
  if (!read.length) return undefined;
  const perPage = read.map((r) => r.ms / r.pages);
  const pages = read.reduce((s, r) => s + r.pages, 0);
  const ms = read.reduce((s, r) => s + r.ms, 0);
  return { docs: read.length, pages, medianMsPerPage: percentile(perPage, 0.5), p90MsPerPage: percentile(perPage, 0.9), pagesPerSecond: (pages * 1000) / ms };
}
