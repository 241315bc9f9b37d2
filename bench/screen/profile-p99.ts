/**
 * Which queries make the p99? Runs run.ts's query set (the query side of the labelled pairs, id order, after
 * the same warm-up) through NameIndex several times, keeps each query's fastest run (a run that waited for
 * a core is slower, never faster), and prints the slowest 1% with what drives their cost: readings, words,
 * joins, candidates scored, and the time split between candidate generation and scoring.
 * Run: npx tsx bench/screen/profile-p99.ts [--queries 1000] [--warmup 1000] [--runs 5]
 */
import { NameIndex } from '../../lambdas/domain/screening/name-matching/name-index';
import { analyseName, joinsOf, nameReadings } from '../../lambdas/domain/screening/name-matching/analyse-name';
import { loadSnapshot } from './load-lists';
import { loadPairs } from './pairs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const QUERIES = arg('queries', 1000);
  const WARMUP = arg('warmup', 1000);
  const RUNS = arg('runs', 5);
  const snapshot = await loadSnapshot();
  const all = [...loadPairs()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => p.a);
  const queries = all.slice(0, QUERIES);
  const warmup = all.slice(QUERIES, QUERIES + WARMUP);
  const index = new NameIndex(snapshot.entities);
  for (const q of warmup) index.search({ name: q });
  const best = queries.map(() => Infinity);
  for (let r = 0; r < RUNS; r++) {
    queries.forEach((q, i) => {
      const t0 = performance.now();
      index.search({ name: q });
      best[i] = Math.min(best[i], performance.now() - t0);
    });
  }
  const sorted = [...best].sort((a, b) => a - b);
  const p = (x: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * x))];
  console.log(`${queries.length} queries, fastest of ${RUNS} runs each: p50 ${p(0.5).toFixed(3)} ms, p90 ${p(0.9).toFixed(3)}, p99 ${p(0.99).toFixed(3)}, max ${sorted[sorted.length - 1].toFixed(3)}`);
  const order = queries.map((_, i) => i).sort((a, b) => best[b] - best[a]);
  const top = order.slice(0, Math.max(10, Math.ceil(queries.length / 100)));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const internals = index as any;
  for (const i of top) {
    const q = queries[i];
    const readings = nameReadings(q).map((v) => analyseName(v, 'unknown'));
    const words = readings.reduce((n, r) => n + r.tokens.length, 0);
    const joins = readings.reduce((n, r) => n + joinsOf(r).length, 0);
    let t0 = performance.now();
    let cands = 0;
    for (const r of readings) cands += internals.candidates(r, 24).length;
    const candMs = performance.now() - t0;
    t0 = performance.now();
    index.search({ name: q });
    const totalMs = performance.now() - t0;
    console.log(`${best[i].toFixed(3)} ms | readings ${readings.length} words ${words} joins ${joins} candidates ${cands} | candidate generation ${candMs.toFixed(3)} of ${totalMs.toFixed(3)} ms | ${q.slice(0, 90)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
