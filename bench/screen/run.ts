/**
 * Party-name screening benchmark: our NameIndex vs fuse.js vs an OFAC-style whole-list Jaro-Winkler scan,
 * in one run, on the same list snapshot and the same queries. Measures index build time, heap held by the
 * index, per-query latency (single thread), and precision/recall/F1 on the labelled pairs (threshold chosen
 * on the tune split, reported on the holdout split). Run: npx tsx bench/screen/run.ts  [--fuse-queries N]
 * With --fresh, also P/R/F1 on the never-tuned set tests/fixtures/name-matching/pairs-2025.jsonl (OFAC subjects
 * designated after May 2024, build-pairs-2025.ts) at each tool's threshold chosen on the tune split, for its two
 * halves (fresh-tune, fresh-holdout: split by subject, round 8) and in total. With --unseen, the same for
 * tests/fixtures/name-matching/pairs-unseen.jsonl (round 17: pairs.jsonl's recipe over subjects it never names).
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { NameIndex, type Hit } from '../../lambdas/domain/screening/name-matching/name-index';
import { DEFAULT_PARAMS, scoreNames } from '../../lambdas/domain/screening/name-matching/score-names';
import { ofacStyleScore, prepare, type PreparedName } from './jaro-winkler';
import { availableListFolders, loadSnapshot } from './load-lists';
import { bestThreshold, FRESH_PAIRS_PATH, loadAliasRelations, loadPairs, nameable, prfAt, UNSEEN_PAIRS_PATH, type LabelledPair, type Prf } from './pairs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const OUR_QUERIES = arg('queries', 3000);
const JW_QUERIES = arg('jw-queries', 200);
const FUSE_QUERIES = arg('fuse-queries', 40);
const WARMUP = arg('warmup', 1000);
const ROUNDS = 3;
const FRESH = process.argv.includes('--fresh');
const UNSEEN = process.argv.includes('--unseen');
/** The pairs a name can link (pairs.ts nameable), read once. */
const relations = loadAliasRelations();
const canName = nameable(relations);

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

interface Latency {
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
}

/**
 * Wall-clock and CPU time per query. On a shared machine wall time includes waiting for a core; process
 * CPU time (user + system, µs resolution) does not, so both are reported.
 */
function timeQueries(queries: string[], run: (q: string) => unknown): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(q);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 0.5), p99: percentile(wall, 0.99), cpuP50: percentile(cpu, 0.5), cpuP99: percentile(cpu, 0.99) };
}

function timed<T>(build: () => T): { value: T; wallMs: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = build();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wallMs, cpuMs: (c.user + c.system) / 1000 };
}

export interface ToolResult extends Latency {
  name: string;
  buildMs: number;
  buildCpuMs: number;
  heapMb: number;
  queries: number;
  stated: Prf & { label: string };
  best: Prf;
  holdout: Prf;
  /** The holdout without the alias pairs both labellers found unrelated (pairs.ts nameable). */
  holdoutNameable: Prf;
  perCategory: Map<string, number>;
  /** Score of one labelled pair, for the --fresh set. */
  pairScore: (p: LabelledPair) => number;
}

function accuracy(pairs: LabelledPair[], scores: number[], statedThreshold: number, statedLabel: string) {
  const labels = pairs.map((p) => p.label === 'match');
  const idx = (split: string, filter: (p: LabelledPair) => boolean = () => true) => pairs.flatMap((p, i) => (p.split === split && filter(p) ? [i] : []));
  const tune = idx('tune');
  const hold = idx('holdout');
  const holdNameable = idx('holdout', canName);
  const best = bestThreshold(tune.map((i) => scores[i]), tune.map((i) => labels[i]));
  const at = (ids: number[], t: number) => prfAt(ids.map((i) => scores[i]), ids.map((i) => labels[i]), t);
  const perCategory = new Map<string, number>();
  const cats = new Set(pairs.map((p) => p.category));
  for (const c of cats) {
    const ids = hold.filter((i) => pairs[i].category === c);
    perCategory.set(c, ids.filter((i) => (scores[i] >= best.threshold) === labels[i]).length / Math.max(1, ids.length));
  }
  return {
    stated: { ...at(hold, statedThreshold), label: statedLabel },
    best,
    holdout: at(hold, best.threshold),
    holdoutNameable: at(holdNameable, best.threshold),
    perCategory,
  };
}

async function main(): Promise<void> {
  const snapshot = await loadSnapshot();
  const names = snapshot.entities.flatMap((e) => e.names.map((n) => ({ name: n.value, entryId: e.entryId })));
  const pairs = loadPairs();
  // One query set for every tool: the query side of the labelled pairs (Latin, Cyrillic, Han, typos, OCR), in id order.
  const allQueries = [...pairs].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => p.a);
  const queries = allQueries.slice(0, OUR_QUERIES);
  // Warm-up queries are other pairs' queries, so the measured ones meet cold per-word memos like real traffic.
  const warmup = allQueries.slice(OUR_QUERIES, OUR_QUERIES + WARMUP);
  console.log(`Snapshot: ${snapshot.lists.join(' + ')}`);
  console.log(`  ${snapshot.entities.length} subjects, ${names.length} names and aliases (data/lists has: ${availableListFolders().join(', ')})`);
  console.log(`Labelled pairs: ${pairs.length} (${pairs.filter((p) => p.split === 'holdout').length} held out), tests/fixtures/name-matching/pairs.jsonl`);
  console.log(`Machine: ${cpus().length} cores, load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on this machine inflates latencies)`);
  console.log(`Queries: ${queries.length} for ours (after ${warmup.length} different warm-up queries; ${ROUNDS} rounds, best round reported), first ${JW_QUERIES} for the JW scan, first ${FUSE_QUERIES} for fuse.js (fuse.js scans the whole list at several hundred ms a query; limited so the run ends in minutes)\n`);

  const results: ToolResult[] = [];

  // ---- ours
  let h0 = heapUsed();
  const ourBuild = timed(() => new NameIndex(snapshot.entities));
  const index = ourBuild.value;
  const ourHeap = (heapUsed() - h0) / 1e6;
  for (const q of warmup) index.search({ name: q });
  const rounds = Array.from({ length: ROUNDS }, () => timeQueries(queries, (q) => index.search({ name: q })));
  console.log(`ours, per round (wall / CPU): ${rounds.map((r) => `p50 ${f(r.p50, 3)}/${f(r.cpuP50, 3)}, p99 ${f(r.p99, 3)}/${f(r.cpuP99, 3)} ms`).join('; ')}`);
  const ourLat = rounds.reduce((a, b) => (b.p99 < a.p99 ? b : a));
  const ourScores = pairs.map((p) => scoreNames(p.a, p.b, { type: p.type }).score);
  results.push({
    name: 'ours (NameIndex)', buildMs: ourBuild.wallMs, buildCpuMs: ourBuild.cpuMs, heapMb: ourHeap, queries: queries.length, ...ourLat,
    ...accuracy(pairs, ourScores, DEFAULT_PARAMS.matchThreshold, `${DEFAULT_PARAMS.matchThreshold} (ours, chosen on tune)`),
    pairScore: (p) => scoreNames(p.a, p.b, { type: p.type }).score,
  });

  // ---- whole-list Jaro-Winkler scan, OFAC-style
  h0 = heapUsed();
  const jwBuild = timed(() => names.map((n) => prepare(n.name)));
  const prepared: PreparedName[] = jwBuild.value;
  const jwHeap = (heapUsed() - h0) / 1e6;
  const jwSearch = (q: string) => {
    const pq = prepare(q);
    const top: number[] = [];
    for (let i = 0; i < prepared.length; i++) {
      const s = ofacStyleScore(pq, prepared[i]);
      if (s >= 0.8) top.push(i);
    }
    return top;
  };
  for (const q of warmup.slice(0, 20)) jwSearch(q);
  const jwLat = timeQueries(queries.slice(0, JW_QUERIES), jwSearch);
  const jwScores = pairs.map((p) => ofacStyleScore(prepare(p.a), prepare(p.b)));
  results.push({
    name: 'Jaro-Winkler scan (OFAC-style)', buildMs: jwBuild.wallMs, buildCpuMs: jwBuild.cpuMs, heapMb: jwHeap, queries: JW_QUERIES, ...jwLat,
    ...accuracy(pairs, jwScores, 0.85, '0.85 (common OFAC-tool setting; its default is 1.00)'),
    pairScore: (p) => ofacStyleScore(prepare(p.a), prepare(p.b)),
  });

  // ---- fuse.js, configured as a careful JS developer would: whole-string fuzzy, location ignored, accents folded
  const fuseOptions = { keys: ['name'], includeScore: true, ignoreLocation: true, ignoreDiacritics: true, minMatchCharLength: 2, threshold: 0.4 };
  h0 = heapUsed();
  const fuseBuild = timed(() => new Fuse(names, fuseOptions));
  const fuse = fuseBuild.value;
  const fuseHeap = (heapUsed() - h0) / 1e6;
  const fuseLat = timeQueries(queries.slice(0, FUSE_QUERIES), (q) => fuse.search(q, { limit: 10 }));
  const fusePair = (a: string, b: string) => {
    const r = new Fuse([{ name: b }], { ...fuseOptions, threshold: 1 }).search(a);
    return r.length ? 1 - (r[0].score ?? 1) : 0;
  };
  const fuseScores = pairs.map((p) => fusePair(p.a, p.b));
  results.push({
    name: 'fuse.js 7 (Bitap)', buildMs: fuseBuild.wallMs, buildCpuMs: fuseBuild.cpuMs, heapMb: fuseHeap, queries: FUSE_QUERIES, ...fuseLat,
    ...accuracy(pairs, fuseScores, 0.6, '0.60 similarity (fuse default threshold 0.4 as configured)'),
    pairScore: (p) => fusePair(p.a, p.b),
  });

  console.log(`load average at end ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  printTable(results);
  printCategories(results);
  if (FRESH) printNeverTuned(results, loadPairs(process.env.FRESH_PAIRS ?? FRESH_PAIRS_PATH), 'Fresh set', 'tests/fixtures/name-matching/pairs-2025.jsonl', '(round 8: split by subject; rules may be learnt from fresh-tune; fresh-holdout is read only at the end of a round)');
  if (UNSEEN) printNeverTuned(results, loadPairs(UNSEEN_PAIRS_PATH), 'Unseen set', 'tests/fixtures/name-matching/pairs-unseen.jsonl', '(round 17: pairs.jsonl\'s recipe over the OFAC, UK and UN subjects it never names; no rule is learnt from it)');
  printAnchors(index, fuse, prepared, names);
}

const f = (x: number, d = 2) => x.toFixed(d);

function printTable(results: ToolResult[]): void {
  const [ours, ...others] = results;
  console.log('=== Speed and accuracy (holdout split; threshold = each tool\'s F1-best on the tune split) ===');
  const header = ['tool', 'build ms wall/cpu', 'heap MB', 'queries', 'p50 ms wall/cpu', 'p99 ms wall/cpu', 'thr', 'P', 'R', 'F1', 'F1 nameable', 'F1 at stated thr'];
  const rows = results.map((r) => [
    r.name, `${f(r.buildMs, 0)}/${f(r.buildCpuMs, 0)}`, f(r.heapMb, 1), String(r.queries), `${f(r.p50, 3)}/${f(r.cpuP50, 3)}`, `${f(r.p99, 3)}/${f(r.cpuP99, 3)}`,
    f(r.best.threshold), f(r.holdout.precision, 3),
    f(r.holdout.recall, 3), f(r.holdout.f1, 3), f(r.holdoutNameable.f1, 3), `${f(r.stated.f1, 3)} @ ${r.stated.label}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('\nOurs as ratios to each other tool (speed: how many times faster/smaller; accuracy: F1 ratio):');
  for (const o of others) {
    console.log(
      `  vs ${o.name}: p50 ×${f(o.p50 / ours.p50, 0)} faster (CPU ×${f(o.cpuP50 / Math.max(ours.cpuP50, 0.001), 0)}), p99 ×${f(o.p99 / ours.p99, 0)} faster (CPU ×${f(o.cpuP99 / Math.max(ours.cpuP99, 0.001), 0)}), build ×${f(o.buildMs / ours.buildMs, 2)}, ` +
        `heap ×${f(o.heapMb / Math.max(ours.heapMb, 0.1), 2)}; F1 ${f(ours.holdout.f1, 3)} vs ${f(o.holdout.f1, 3)} (×${f(ours.holdout.f1 / Math.max(o.holdout.f1, 1e-9), 2)}), ` +
        `recall ${f(ours.holdout.recall, 3)} vs ${f(o.holdout.recall, 3)}, precision ${f(ours.holdout.precision, 3)} vs ${f(o.holdout.precision, 3)}`,
    );
  }
  const verdict = (wall: number, cpu: number, limit: number) => (wall <= limit ? 'met' : cpu <= limit ? 'met in CPU time, NOT in wall time' : 'NOT met');
  console.log(`Targets: p50 ≤ 0.3 ms ${verdict(ours.p50, ours.cpuP50, 0.3)}, p99 ≤ 3 ms ${verdict(ours.p99, ours.cpuP99, 3)}, build ≤ 5 s ${verdict(ours.buildMs, ours.buildCpuMs, 5000)}, heap ≤ 200 MB ${ours.heapMb <= 200 ? 'met' : 'NOT met'}, F1 ≥ 0.92 on the holdout ${ours.holdout.f1 >= 0.92 ? 'met' : 'NOT met'} (${f(ours.holdout.f1, 3)}; read many times, see --unseen), on its nameable pairs ${f(ours.holdoutNameable.f1, 3)} (${ours.holdoutNameable.f1 >= 0.92 ? 'met' : 'NOT met'})`);
}

function printCategories(results: ToolResult[]): void {
  console.log('\n=== Holdout accuracy by category (share of pairs decided right at each tool\'s threshold) ===');
  const cats = [...results[0].perCategory.keys()].sort();
  console.log(`${'category'.padEnd(32)}${results.map((r) => r.name.split(' ')[0].padStart(10)).join('')}`);
  for (const c of cats) console.log(`${c.padEnd(32)}${results.map((r) => f(r.perCategory.get(c) ?? 0, 3).padStart(10)).join('')}`);
}

/**
 * A never-tuned set: every tool at the threshold it got on the tune split (no choice made here), overall,
 * without the generated categories (real alias pairs and real different-entry pairs only), and ours by category;
 * by split when the set has several (the fresh set's halves) and in total.
 */
export function printNeverTuned(results: ToolResult[], set: LabelledPair[], title: string, path: string, note: string): void {
  const GENERATED = new Set(['person-order', 'person-initials', 'legal-form-variant', 'legal-form-contradiction', 'typo', 'ocr-homoglyph', 'translit-scheme']);
  const labels = set.map((p) => p.label === 'match');
  const scores = results.map((r) => set.map((p) => r.pairScore(p)));
  const at = (k: number, keep: (p: LabelledPair) => boolean, threshold = results[k].best.threshold) => {
    const ids = set.flatMap((p, i) => (keep(p) ? [i] : []));
    return prfAt(ids.map((i) => scores[k][i]), ids.map((i) => labels[i]), threshold);
  };
  const cell = (r: Prf) => `P ${f(r.precision, 3)} R ${f(r.recall, 3)} F1 ${f(r.f1, 4)} (tp ${r.tp} fp ${r.fp} fn ${r.fn} tn ${r.tn})`;
  console.log(`\n=== ${title}: ${set.length} pairs, ${labels.filter(Boolean).length} match, ${path}; threshold = each tool's tune choice ===`);
  console.log(`  ${note}`);
  const splits = [...new Set(set.map((p) => p.split))];
  const parts: Array<[string, (p: LabelledPair) => boolean]> = splits.map((s) => [s, (p: LabelledPair) => p.split === s]);
  if (splits.length > 1) parts.push(['total', () => true]);
  for (const [part, inPart] of parts) {
    const n = set.filter(inPart).length;
    console.log(`\n  --- ${part}: ${n} pairs, ${set.filter((p) => inPart(p) && p.label === 'match').length} match ---`);
    results.forEach((r, k) => {
      console.log(`  ${r.name.padEnd(32)} thr ${f(r.best.threshold)}  all: ${cell(at(k, inPart))}`);
      console.log(`  ${''.padEnd(32)}           real pairs only: ${cell(at(k, (p) => inPart(p) && !GENERATED.has(p.category)))}`);
      // Only the renames of pairs.jsonl and the fresh set were labelled (round 11): elsewhere every pair would count as nameable.
      if (set.some((p) => relations.has(p.id))) console.log(`  ${''.padEnd(32)}           nameable pairs: ${cell(at(k, (p) => inPart(p) && canName(p)))}`);
      const stated = r.stated?.threshold;
      if (stated !== undefined && Math.abs(stated - r.best.threshold) > 1e-9) console.log(`  ${''.padEnd(32)} at stated ${f(stated)}: ${cell(at(k, inPart, stated))}`);
    });
  }
  for (const [part, inPart] of parts) {
    const ours = at(0, inPart);
    console.log(`  Target F1 ≥ 0.92 on ${part}: ${ours.f1 >= 0.92 ? 'met' : 'NOT met'} (${f(ours.f1, 3)})`);
  }
  for (const [part, inPart] of parts) {
    console.log(`  ours by category (${part}):`);
    for (const c of [...new Set(set.map((p) => p.category))].sort()) {
      console.log(`    ${c.padEnd(32)} ${cell(at(0, (p) => inPart(p) && p.category === c))}`);
    }
  }
}

function describe(hits: Hit[]): string {
  if (!hits.length) return '    (no hit)';
  return hits.map((h) => `    ${h.decision.toUpperCase()} ${f(h.score)} ${h.entryId} ${h.list} "${h.matchedName.value}" [${h.programs.join(', ')}]\n      ${h.explanation}`).join('\n');
}

function printAnchors(index: NameIndex, fuse: Fuse<{ name: string; entryId: string }>, prepared: PreparedName[], names: Array<{ name: string; entryId: string }>): void {
  console.log('\n=== Published anchors (context; other hardware, other data) ===');
  console.log('  moov-io/watchman: 18.2 ms per full-OFAC search (Benchmark_Search, "Xao Ling", GitHub Actions, 4 procs)');
  console.log('  opensanctions/yente: ≈ 15 queries/s per vCPU with logic-v1 (≈ 4/s with logic-v2), i.e. ≈ 67-250 ms per query');
  console.log('  OpenSanctions logic-v2: F1 ≈ 0.79 at threshold 0.70 on its own benchmark');
  console.log('  OFAC Sanctions List Search: returns nothing for «Владимир Путин» (no transliteration)');
  for (const q of ['Владимир Путин', 'ООО "Крокус Наноэлектроника"']) {
    console.log(`\nQuery «${q}»`);
    console.log('  ours:');
    console.log(describe(index.search({ name: q }, { limit: 3 })));
    const fr = fuse.search(q, { limit: 1 });
    console.log(`  fuse.js top: ${fr.length ? `"${fr[0].item.name}" ${fr[0].item.entryId} score ${f(1 - (fr[0].score ?? 1))}` : '(no hit)'}`);
    const pq = prepare(q);
    let best = -1;
    let bestScore = 0;
    prepared.forEach((p, i) => {
      const s = ofacStyleScore(pq, p);
      if (s > bestScore) (bestScore = s), (best = i);
    });
    console.log(`  JW scan top: ${best >= 0 ? `"${names[best].name}" ${names[best].entryId} score ${f(bestScore)}` : '(no hit: Cyrillic shares no letter with the Latin list)'}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
