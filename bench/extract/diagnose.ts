/**
 * Failure analysis on the generated corpus: F1 of each field sliced by how the documents were made
 * (layout, header wording, date style, number style, HS spelling, table shape…), worst slices first,
 * each with examples of what was expected and what the extractor returned. This is what points at a
 * systematic extractor failure rather than a random one.
 */
import { addTallies, emptyTallies, f1, FIELDS, type FieldName, type Mismatch, type Tally } from './score';
import type { DocResult } from './report';
import { TARGETS } from './report';

export interface Explained extends DocResult {
  mismatches: Partial<Record<FieldName, Mismatch>>;
}

/** The generator settings a document is sliced by; each yields "attribute=value". */
function slicesOf(meta: Record<string, unknown>): string[] {
  const mode = meta.languageMode as { primary: string; secondary?: string };
  const columns = (meta.columns as string[]).join(',');
  // Each printed header cell, currency code blanked: which column wordings the extractor does not know.
  const headers = ((meta.tableHeaders as string[] | undefined) ?? []).map(
    (h, i) => `${(meta.columns as string[])[i]}-header=${h.replace(/\b(USD|EUR|RUB|CNY|KZT|AED|TRY)\b/g, '{cur}').replace(/\n/g, ' ⏎ ')}`,
  );
  return [
    ...headers,
    `layout=${meta.layout}`,
    `languages=${mode.secondary ? `${mode.primary}+${mode.secondary}` : mode.primary}`,
    `header=${meta.headerVariant}`,
    `date=${meta.dateStyle}`,
    `numbers=${meta.numberStyle}`,
    `hs=${meta.hsStyle}`,
    `columns=${columns}`,
    `rows=${Number(meta.wrappedRows) > 0 ? `wrapped-${meta.rowAlign}` : 'single-line'}`,
    `totals=${meta.totalsStyle}${meta.totalRowInTable ? '+table-row' : ''}`,
    `currency=${meta.currencyPlacement}`,
    `labels=${meta.colonlessLabels ? 'no-colon' : 'colon'}${meta.nameBelowLabel ? '+name-below' : ''}`,
    `pages=${meta.multiPage ? 'multi' : 'single'}`,
    `font=${meta.font}`,
  ];
}

interface Slice {
  key: string;
  docs: number;
  tally: Tally;
  examples: string[];
}

function sliceTable(results: Explained[], field: FieldName): Slice[] {
  const slices = new Map<string, Slice>();
  for (const result of results) {
    if (!result.truth.meta) continue;
    for (const key of slicesOf(result.truth.meta)) {
      const slice = slices.get(key) ?? { key, docs: 0, tally: { tp: 0, fp: 0, fn: 0 }, examples: [] };
      slice.docs++;
      const t = result.tallies[field];
      slice.tally.tp += t.tp;
      slice.tally.fp += t.fp;
      slice.tally.fn += t.fn;
      const m = result.mismatches[field];
      if (m && slice.examples.length < 2) {
        slice.examples.push(`${result.truth.id}: expected [${m.missing.slice(0, 2).join(' ; ')}] got [${m.extra.slice(0, 2).join(' ; ') || 'nothing'}]`);
      }
      slices.set(key, slice);
    }
  }
  return [...slices.values()];
}

/** Recall of each printed party label and each identifier scheme (what vocabulary the extractor misses). */
function labelRecall(results: Explained[]): string[] {
  const byLabel = new Map<string, { found: number; total: number }>();
  for (const result of results) {
    const missing = new Set(result.mismatches.parties?.missing ?? []);
    const parties = (result.truth.meta?.partyLabels as Array<{ role: string; label: string; name: string }>) ?? [];
    for (const p of parties) {
      const key = `${p.role} «${p.label}»`;
      const entry = byLabel.get(key) ?? { found: 0, total: 0 };
      entry.total++;
      if (!missing.has(`${p.role}: ${p.name}`)) entry.found++;
      byLabel.set(key, entry);
    }
  }
  return [...byLabel.entries()]
    .filter(([, v]) => v.total >= 3 && v.found / v.total < TARGETS.digital)
    .sort((a, b) => a[1].found / a[1].total - b[1].found / b[1].total)
    .map(([key, v]) => `  ${key}: recall ${(v.found / v.total).toFixed(2)} (${v.total} parties)`);
}

export function renderDiagnosis(results: Explained[], minDocs = 5, perField = 6): string {
  const generated = results.filter((r) => r.truth.corpus !== 'facturx' && r.truth.corpus !== 'invoice2data' && !r.engine.startsWith('failed:'));
  if (!generated.length) return 'no generated documents were read: nothing to diagnose';
  const out: string[] = [];
  const all = emptyTallies();
  for (const r of generated) addTallies(all, r.tallies);
  for (const field of FIELDS) {
    const target = generated[0].truth.kind === 'scan' ? TARGETS.scan : TARGETS.digital;
    const worst = sliceTable(generated, field)
      .filter((s) => s.docs >= minDocs && (f1(s.tally) ?? 1) < target)
      .sort((a, b) => (f1(a.tally) ?? 1) - (f1(b.tally) ?? 1))
      .slice(0, perField);
    out.push(`\n[${field}] overall F1 ${(f1(all[field]) ?? 0).toFixed(3)}; slices under ${target}:`);
    if (!worst.length) out.push('  none');
    for (const s of worst) {
      out.push(`  ${s.key}: F1 ${(f1(s.tally) ?? 0).toFixed(2)} over ${s.docs} docs`);
      for (const e of s.examples) out.push(`      e.g. ${e}`);
    }
  }
  const labels = labelRecall(generated);
  out.push('\n[party labels with recall under the digital target]', ...(labels.length ? labels : ['  none']));
  return out.join('\n');
}
