/**
 * Field-level scoring of an extracted invoice against a labelled truth. Each field yields true
 * positives, false positives and false negatives, summed over documents into precision, recall and
 * F1 (micro-averaged). A value that is extracted but wrong counts once as FP and once as FN.
 */
import type { InvoiceModel } from '../../lambdas/domain/invoice-model';

export const FIELDS = ['parties', 'number', 'date', 'currency', 'total', 'lines', 'identifiers'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export type FieldTallies = Record<FieldName, Tally>;

export interface TruthParty {
  role: string;
  name: string;
  identifiers: Array<{ scheme: string; value: string }>;
}

export interface TruthLine {
  description?: string;
  hsCode?: string;
  quantity?: number;
  amount?: number;
}

/** What a corpus labels, in one shape for the generated corpus, Factur-X and invoice2data. */
export interface BenchTruth {
  id: string;
  corpus: string;
  /** Absolute path of the document. */
  path: string;
  kind: 'digital' | 'scan';
  /** "ru", "kk+ru", "de"…: the row the document is reported in. */
  language: string;
  pages?: number;
  invoice: { number?: string; date?: string; currency?: string; total?: number };
  parties: TruthParty[];
  lines: TruthLine[];
  /** Fields the truth labels; the others are not scored for this document. */
  fields: FieldName[];
  /**
   * Roles the truth lists exhaustively: an extracted party of such a role that matches nothing is a
   * false positive; parties of other roles are ignored (a real invoice's notify party, say).
   */
  roles: string[];
  /** 'contains': the truth name is a short form (invoice2data's issuer) to find inside the printed one. */
  nameMatch: 'exact' | 'contains';
  /** Generator metadata, for failure analysis. */
  meta?: Record<string, unknown>;
}

export const emptyTallies = (): FieldTallies =>
  Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as unknown as FieldTallies;

export function addTallies(into: FieldTallies, from: FieldTallies): void {
  for (const f of FIELDS) {
    into[f].tp += from[f].tp;
    into[f].fp += from[f].fp;
    into[f].fn += from[f].fn;
  }
}

export function f1(t: Tally): number | undefined {
  if (t.tp + t.fp + t.fn === 0) return undefined;
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export const precision = (t: Tally): number | undefined => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : undefined);
export const recall = (t: Tally): number | undefined => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : undefined);

// ---------------------------------------------------------------- normalisation

const HAN = '\\p{Script=Han}';
const SPACE_AROUND_HAN = new RegExp(`(?<=${HAN})\\s+|\\s+(?=${HAN})`, 'gu');

/**
 * Case, quotes, punctuation and spacing do not make a different name: «Алатау Металл», "АЛАТАУ
 * МЕТАЛЛ" and Алатау-Металл compare equal. Spaces next to Han characters are dropped, since Chinese
 * writes none (OCR engines insert them).
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"'`’‘]/g, '')
    .replace(/[.,;:()[\]/\\\-–—_|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPACE_AROUND_HAN, '');
}

export const normaliseNumber = (value: string): string => value.normalize('NFKC').replace(/\s+/g, '').replace(/^[#№]/, '').toUpperCase();
const normaliseId = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

// ---------------------------------------------------------------- matching

/** Greedy one-to-one matching; returns the number of matched pairs. */
function matchCount<T, U>(truth: readonly T[], predicted: readonly U[], same: (t: T, p: U) => boolean): number {
  const used = new Set<number>();
  let matched = 0;
  for (const t of truth) {
    const index = predicted.findIndex((p, i) => !used.has(i) && same(t, p));
    if (index >= 0) {
      used.add(index);
      matched++;
    }
  }
  return matched;
}

function setTally<T, U>(truth: readonly T[], predicted: readonly U[], same: (t: T, p: U) => boolean): Tally {
  const tp = matchCount(truth, predicted, same);
  return { tp, fp: predicted.length - tp, fn: truth.length - tp };
}

function valueTally<T>(truth: T | undefined, predicted: T | undefined, same: (a: T, b: T) => boolean): Tally {
  if (truth === undefined) return { tp: 0, fp: 0, fn: 0 };
  if (predicted === undefined) return { tp: 0, fp: 0, fn: 1 };
  return same(truth, predicted) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

export function sameName(truth: string, predicted: string, mode: BenchTruth['nameMatch']): boolean {
  const t = normaliseText(truth);
  const p = normaliseText(predicted);
  return mode === 'contains' ? p.length > 0 && (p.includes(t) || t.includes(p)) : t === p;
}

const sameAmount = (a: number, b: number) => Math.abs(a - b) < 0.005;
const sameQuantity = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/** A goods line matches when every attribute the truth has is equal (description normalised, HS as digits). */
export function sameLine(truth: TruthLine, predicted: InvoiceModel['lines'][number]): boolean {
  if (truth.description !== undefined && normaliseText(truth.description) !== normaliseText(predicted.description ?? '')) return false;
  if (truth.hsCode !== undefined && truth.hsCode !== (predicted.hsCode ?? '').replace(/\D/g, '')) return false;
  if (truth.quantity !== undefined && (predicted.quantity === undefined || !sameQuantity(truth.quantity, predicted.quantity))) return false;
  if (truth.amount !== undefined && (predicted.amount === undefined || !sameAmount(truth.amount, predicted.amount))) return false;
  return true;
}

export interface Mismatch {
  /** Truth items nothing matched. */
  missing: string[];
  /** Extracted items that matched nothing. */
  extra: string[];
}

function unmatched<T, U>(truth: readonly T[], predicted: readonly U[], same: (t: T, p: U) => boolean, showT: (t: T) => string, showP: (p: U) => string): Mismatch {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const t of truth) {
    const index = predicted.findIndex((p, i) => !used.has(i) && same(t, p));
    if (index >= 0) used.add(index);
    else missing.push(showT(t));
  }
  return { missing, extra: predicted.filter((_, i) => !used.has(i)).map(showP) };
}

const showLine = (l: TruthLine | InvoiceModel['lines'][number]) => `${l.description ?? ''} | hs ${l.hsCode ?? '—'} | qty ${l.quantity ?? '—'} | amt ${l.amount ?? '—'}`;

/** What did not match, field by field, in readable form (for failure analysis; same rules as scoreDocument). */
export function explainDocument(truth: BenchTruth, model: InvoiceModel | undefined): Partial<Record<FieldName, Mismatch>> {
  const out: Partial<Record<FieldName, Mismatch>> = {};
  const parties = (model?.parties ?? []).filter((p) => truth.roles.includes(p.role));
  const header = model?.invoice ?? {};
  const single = <T>(field: FieldName, t: T | undefined, p: T | undefined, same: (a: T, b: T) => boolean) => {
    if (t === undefined || (p !== undefined && same(t, p))) return;
    out[field] = { missing: [String(t)], extra: p === undefined ? [] : [String(p)] };
  };
  single('number', truth.invoice.number, header.number, (a, b) => normaliseNumber(a) === normaliseNumber(b));
  single('date', truth.invoice.date, header.date, (a, b) => a === b);
  single('currency', truth.invoice.currency, header.currency, (a, b) => a.toUpperCase() === b.toUpperCase());
  single('total', truth.invoice.total, header.total, sameAmount);
  const partyMismatch = unmatched(truth.parties, parties, (t, p) => t.role === p.role && sameName(t.name, p.name, truth.nameMatch), (t) => `${t.role}: ${t.name}`, (p) => `${p.role}: ${p.name}`);
  const lineMismatch = unmatched(truth.lines, model?.lines ?? [], sameLine, showLine, showLine);
  const ids = (list: Array<{ role: string; identifiers: Array<{ scheme: string; value: string }> }>) =>
    list.flatMap((p) => p.identifiers.map((id) => `${p.role} ${id.scheme} ${normaliseId(id.value)}`));
  const idMismatch = unmatched(ids(truth.parties), ids(parties), (a, b) => a === b, String, String);
  for (const [field, m] of [['parties', partyMismatch], ['lines', lineMismatch], ['identifiers', idMismatch]] as const) {
    if (m.missing.length || m.extra.length) out[field] = m;
  }
  for (const field of FIELDS) if (!truth.fields.includes(field)) delete out[field];
  return out;
}

/** Scores one document; `model` undefined means reading or extraction failed: everything labelled is missed. */
export function scoreDocument(truth: BenchTruth, model: InvoiceModel | undefined): FieldTallies {
  const tallies = emptyTallies();
  const scored = new Set(truth.fields);
  const parties = (model?.parties ?? []).filter((p) => truth.roles.includes(p.role));
  const header = model?.invoice ?? {};
  const results: Record<FieldName, () => Tally> = {
    parties: () => setTally(truth.parties, parties, (t, p) => t.role === p.role && sameName(t.name, p.name, truth.nameMatch)),
    number: () => valueTally(truth.invoice.number, header.number, (a, b) => normaliseNumber(a) === normaliseNumber(b)),
    date: () => valueTally(truth.invoice.date, header.date, (a, b) => a === b),
    currency: () => valueTally(truth.invoice.currency, header.currency, (a, b) => a.toUpperCase() === b.toUpperCase()),
    total: () => valueTally(truth.invoice.total, header.total, sameAmount),
    lines: () => setTally(truth.lines, model?.lines ?? [], sameLine),
    identifiers: () => {
      const expected = truth.parties.flatMap((p) => p.identifiers.map((id) => ({ role: p.role, scheme: id.scheme, value: normaliseId(id.value) })));
      const found = parties.flatMap((p) => p.identifiers.map((id) => ({ role: p.role, scheme: id.scheme, value: normaliseId(id.value) })));
      return setTally(expected, found, (t, p) => t.role === p.role && t.scheme === p.scheme && t.value === p.value);
    },
  };
  for (const field of FIELDS) if (scored.has(field)) tallies[field] = results[field]();
  return tallies;
}
