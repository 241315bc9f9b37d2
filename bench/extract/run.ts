/**
 * Extraction benchmark: readDocument + extractInvoice on the generated corpus (digital PDFs and
 * scans) and on the real Factur-X / invoice2data invoices, scored field by field (score.ts) and
 * printed per corpus × language × kind × engine next to the targets, with speed and peak memory.
 *
 *   npx tsx bench/extract/run.ts [--corpus samples/generated] [--count 300] [--seed 42] [--scans 0.2]
 *       [--no-real] [--ocr auto|none] [--ocr-module file.ts] [--ocr-limit N] [--diagnose] [--json out.json] [--only REGEX]
 *
 * A missing corpus (or one smaller than --count) is generated first, in a child process, so the
 * generator's memory does not count in the peak RSS reported here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractInvoice } from '../../lambdas/domain/extraction/invoice-extractor';
import type { InvoiceModel } from '../../lambdas/domain/invoice-model';
import { renderDiagnosis, type Explained } from './diagnose';
import { readForBench, resolveOcrHook, type OcrHook } from './reading';
import { aggregate, renderF1Table, renderPrecisionRecall, speedOf, TARGETS, type DocResult } from './report';
import { explainDocument, scoreDocument, type BenchTruth } from './score';
import { loadGeneratedTruths, loadRealTruths, readManifest, REPO_ROOT } from './truth-loaders';

interface Options {
  corpus: string;
  count: number;
  seed: string;
  scans: number;
  real: boolean;
  ocr: 'auto' | 'none';
  ocrModule?: string;
  ocrLimit: number;
  ocrConcurrency: number;
  diagnose: boolean;
  json: string;
  /** Corpus label in the tables ("generated", or "fixtures" for the committed set). */
  label: string;
  /** Only documents whose file name matches (--only). */
  only?: RegExp;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: 'samples/generated' },
      count: { type: 'string' },
      seed: { type: 'string', default: '42' },
      scans: { type: 'string', default: '0.2' },
      'no-real': { type: 'boolean', default: false },
      ocr: { type: 'string', default: 'auto' },
      'ocr-module': { type: 'string' },
      // OCR costs seconds per page: by default only the first scans are read, so a run stays within minutes.
      'ocr-limit': { type: 'string', default: '20' },
      'ocr-concurrency': { type: 'string', default: '2' },
      diagnose: { type: 'boolean', default: false },
      json: { type: 'string', default: 'bench/results/extract-latest.json' },
      label: { type: 'string' },
      // Documents whose file name matches this regular expression, e.g. "-zh" or "scan\\.png$" (failure analysis).
      only: { type: 'string' },
    },
  });
  if (values.ocr !== 'auto' && values.ocr !== 'none') throw new Error(`--ocr is auto or none, got ${values.ocr}`);
  const corpus = path.resolve(REPO_ROOT, values.corpus);
  return {
    corpus,
    // Default: a few hundred documents, so the run (OCR included) takes minutes; thousands on request.
    count: values.count === undefined ? 300 : Number(values.count),
    seed: values.seed,
    scans: Number(values.scans),
    real: !values['no-real'],
    ocr: values.ocr,
    ocrModule: values['ocr-module'],
    ocrLimit: values['ocr-limit'] === 'all' ? Number.MAX_SAFE_INTEGER : Number(values['ocr-limit']),
    ocrConcurrency: Math.max(1, Number(values['ocr-concurrency'])),
    diagnose: values.diagnose,
    json: path.resolve(REPO_ROOT, values.json),
    label: values.label ?? (corpus.includes(`${path.sep}fixtures${path.sep}`) ? 'fixtures' : 'generated'),
    only: values.only === undefined ? undefined : new RegExp(values.only),
  };
}

/** Generates the corpus when it is missing or smaller than asked; a hand-made folder without manifest is used as is. */
function ensureCorpus(options: Options): void {
  const manifest = readManifest(options.corpus);
  // A hand-picked set (tests/fixtures/corpus) or a folder of truths without manifest is used as it is.
  if (manifest ? manifest.selection === 'fixtures' || manifest.count >= options.count : existsSync(path.join(options.corpus, 'expected'))) return;
  console.log(`generating ${options.count} invoices (scans ${options.scans}, seed ${options.seed}) into ${path.relative(REPO_ROOT, options.corpus)}…`);
  const result = spawnSync(
    'npx',
    ['tsx', path.join(REPO_ROOT, 'samples', 'generator', 'generate-corpus.ts'), '--count', String(options.count), '--seed', options.seed, '--scans', String(options.scans), '--out', options.corpus],
    { stdio: 'inherit', cwd: REPO_ROOT },
  );
  if (result.status !== 0) throw new Error('corpus generation failed');
}

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function runOne(truth: BenchTruth, hook: OcrHook | undefined): Promise<Explained> {
  const bytes = new Uint8Array(readFileSync(truth.path));
  const started = performance.now();
  const read = await readForBench(bytes, hook);
  let model: InvoiceModel | undefined;
  let error = read.error;
  if (read.document) {
    try {
      model = extractInvoice(read.document);
    } catch (e) {
      error = `extract: ${(e as Error).message}`;
    }
  }
  const ms = performance.now() - started;
  sampleRss();
  const engine = model ? read.engine : read.engine.startsWith('failed:') ? read.engine : 'failed:extract';
  return {
    truth,
    engine,
    error,
    tallies: scoreDocument(truth, model),
    ms,
    pages: read.document?.pages.length ?? truth.pages ?? 0,
    mismatches: model ? explainDocument(truth, model) : {},
  };
}

async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>, onDone: (n: number) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
        onDone(++done);
      }
    }),
  );
  return results;
}

const progress = (label: string, total: number) => (n: number) => {
  if (n === total || n % 25 === 0) process.stderr.write(`\r${label} ${n}/${total}`);
  if (n === total) process.stderr.write('\n');
};

function failureSummary(results: DocResult[]): string[] {
  const counts = new Map<string, number>();
  for (const r of results.filter((x) => x.error)) {
    const key = `${r.truth.corpus} ${r.truth.kind} ${r.engine}: ${(r.error ?? '').slice(0, 110)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `  ${n} × ${k}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  ensureCorpus(options);
  const random = readManifest(options.corpus)?.selection === 'random';
  const generated = loadGeneratedTruths(options.corpus, random ? options.count : undefined).map((t) => ({ ...t, corpus: options.label }));
  const real = options.real ? await loadRealTruths() : { truths: [], xmlReader: 'not loaded (--no-real)' };
  const truths = [...generated, ...real.truths].filter((t) => !options.only || options.only.test(path.basename(t.path)));
  const { hook, note } = await resolveOcrHook(options.ocr, options.ocrModule);

  const digital = truths.filter((t) => t.kind === 'digital');
  const allScans = truths.filter((t) => t.kind === 'scan');
  // The limit applies to the generated scans; the few real ones are always read.
  const generatedScans = allScans.filter((t) => t.corpus === options.label);
  const scans = hook ? [...generatedScans.slice(0, options.ocrLimit), ...allScans.filter((t) => t.corpus !== options.label)] : allScans;

  // Warm-up: pdf.js loads on first use; that one-off cost is not a per-page cost.
  if (digital.length) await runOne(digital[0], undefined);
  const digitalResults: Explained[] = [];
  const onDigital = progress('digital', digital.length);
  for (const truth of digital) {
    digitalResults.push(await runOne(truth, undefined));
    onDigital(digitalResults.length);
  }
  const scanStarted = performance.now();
  const scanResults = await pool(scans, hook ? options.ocrConcurrency : 1, (t) => runOne(t, hook), progress('scans', scans.length));
  const scanWall = performance.now() - scanStarted;
  const results = [...digitalResults, ...scanResults];

  const rows = aggregate(results);
  console.log(`\nExtraction benchmark — corpus ${path.relative(REPO_ROOT, options.corpus) || '.'} (${generated.length} documents), real corpora ${real.truths.length}`);
  const limited = hook && scans.length < allScans.length ? ` (OCR on the first ${Math.min(options.ocrLimit, generatedScans.length)} of ${generatedScans.length} generated scans; --ocr-limit all for every one)` : '';
  console.log(`truth of Factur-X: ${real.xmlReader}; ${note}${limited}`);
  console.log(`F1 per field (micro-averaged); * = under the target (digital ≥ ${TARGETS.digital}, scan ≥ ${TARGETS.scan}); failed = not read or not extracted\n`);
  console.log(renderF1Table(rows));

  const genDigital = rows.find((r) => r.corpus === options.label && r.language === 'all' && r.kind === 'digital' && r.engine === 'pdf-text');
  if (genDigital) console.log(`\nPrecision / recall, ${options.label} digital (pdf-text), all languages:\n${renderPrecisionRecall(genDigital)}`);

  const speedDigital = speedOf(digitalResults);
  const speedScans = speedOf(scanResults);
  const rssMb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log('\nSpeed (read + extract, one process, sequential):');
  if (speedDigital) {
    console.log(
      `  digital PDFs: median ${speedDigital.medianMsPerPage.toFixed(1)} ms/page (p90 ${speedDigital.p90MsPerPage.toFixed(1)}; target ≤ 100), ` +
        `${speedDigital.pagesPerSecond.toFixed(1)} pages/s over ${speedDigital.pages} pages in ${speedDigital.docs} documents`,
    );
  }
  if (speedScans) {
    console.log(
      `  scans (${hook?.name}, ${options.ocrConcurrency} at a time): median ${speedScans.medianMsPerPage.toFixed(0)} ms/page, ` +
        `${((speedScans.pages * 1000) / scanWall).toFixed(2)} pages/s wall over ${speedScans.pages} pages`,
    );
  }
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(`  peak RSS: ${rssMb(maxRss)} MB (resourceUsage.maxRSS); highest sampled rss ${rssMb(peakRss)} MB; heap now ${rssMb(process.memoryUsage().heapUsed)} MB`);
  const failures = failureSummary(results);
  if (failures.length) console.log(`\nFailures (most frequent):\n${failures.join('\n')}`);
  if (options.diagnose) {
    console.log(`\nDiagnosis (${options.label} digital documents, worst slices per field):${renderDiagnosis(digitalResults)}`);
    // Scans are few (OCR costs seconds a page), so their slices need fewer documents to be listed.
    if (scanResults.length) console.log(`\nDiagnosis (${options.label} scans, worst slices per field):${renderDiagnosis(scanResults, 2)}`);
  }

  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(
    options.json,
    `${JSON.stringify(
      {
        corpus: path.relative(REPO_ROOT, options.corpus),
        count: options.count,
        ocr: note,
        rows,
        speed: { digital: speedDigital, scans: speedScans },
        peakRssBytes: maxRss,
        documents: results.map((r) => ({ id: r.truth.id, corpus: r.truth.corpus, kind: r.truth.kind, engine: r.engine, error: r.error, ms: Math.round(r.ms), pages: r.pages, tallies: r.tallies, mismatches: r.mismatches })),
      },
      null,
      1,
    )}\n`,
  );
  console.log(`\nper-document results: ${path.relative(REPO_ROOT, options.json)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
