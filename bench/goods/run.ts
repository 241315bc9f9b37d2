/**
 * Goods-screening benchmark: `npx tsx bench/goods/run.ts [--json]`.
 * Heading and subheading accuracy, CHPL precision/recall/F1 per language and overall, per split, and
 * classification speed (median µs per line) over tests/fixtures/goods/labelled-goods.jsonl.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyGoods } from '../../lambdas/domain/goods/classify-goods';
import { loadGoodsData } from '../../lambdas/domain/goods/load-goods-data';
import { evaluate, parseLabelled, score, type LabelledGoods, type Scores } from './goods-metrics';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'data', 'goods');

function load() {
  const started = performance.now();
  const data = loadGoodsData({
    hsNomenclatureCsv: readFileSync(join(DATA, 'harmonized-system', 'harmonized-system.csv'), 'utf-8'),
    tnvedHeadings: readFileSync(join(DATA, 'tnved-eaeu', 'TNVED3.TXT')),
    chplCsv: readFileSync(join(DATA, 'chpl.csv'), 'utf-8'),
    controlListJson: ['eu-833-2014-annex-xl.json', 'us-ear-746-supp4.json'].map((f) => readFileSync(join(DATA, f), 'utf-8')),
  });
  return { data, loadMs: performance.now() - started };
}

function speed(items: LabelledGoods[], data: ReturnType<typeof load>['data'], rounds = 20): { medianUs: number; p95Us: number } {
  for (const i of items) classifyGoods({ text: i.text, hsCode: i.hsCode }, data); // warm-up (JIT, term cache)
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const i of items) {
      const t = performance.now();
      classifyGoods({ text: i.text, hsCode: i.hsCode }, data);
      times.push((performance.now() - t) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  return { medianUs: times[Math.floor(times.length / 2)], p95Us: times[Math.floor(times.length * 0.95)] };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Scores) =>
  `${name.padEnd(16)}${String(s.items).padStart(6)}${pct(s.headingAccuracy)}${pct(s.hs6Accuracy)}${pct(s.chpl.precision)}${pct(s.chpl.recall)}${pct(s.chpl.f1)}  ${s.chpl.tp}/${s.chpl.fp}/${s.chpl.fn}`;

function main(): void {
  const { data, loadMs } = load();
  const items = parseLabelled(readFileSync(join(ROOT, 'tests', 'fixtures', 'goods', 'labelled-goods.jsonl'), 'utf-8'));
  const evaluated = evaluate(items, data);
  const groups: Array<[string, typeof evaluated]> = [
    ...(['ru', 'kk', 'en', 'zh'] as const).map((l) => [`lang ${l}`, evaluated.filter((e) => e.item.lang === l)] as [string, typeof evaluated]),
    ...(['dev', 'holdout', 'blind', 'blind2', 'blind3'] as const).map((s) => [`split ${s}`, evaluated.filter((e) => e.item.split === s)] as [string, typeof evaluated]),
    ['held-out', evaluated.filter((e) => e.item.split !== 'dev')],
    ['with code', evaluated.filter((e) => e.item.hsCode)],
    ['no code', evaluated.filter((e) => !e.item.hsCode)],
    ['overall', evaluated],
  ];
  const timing = speed(items, data);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ loadMs, ...timing, scores: Object.fromEntries(groups.map(([n, g]) => [n, score(g)])) }, null, 2));
    return;
  }
  console.log(`goods screening benchmark — ${items.length} labelled lines, data loaded in ${loadMs.toFixed(0)} ms`);
  console.log(`${'group'.padEnd(16)}${'items'.padStart(6)}${'head'.padStart(7)}${'hs6'.padStart(7)}${'CHPL P'.padStart(7)}${'CHPL R'.padStart(7)}${'F1'.padStart(7)}  tp/fp/fn`);
  for (const [name, g] of groups) console.log(row(name, score(g)));
  console.log(`speed: median ${timing.medianUs.toFixed(0)} µs per line, p95 ${timing.p95Us.toFixed(0)} µs (classifyGoods, ${items.length} lines × 20 rounds)`);
  const misses = evaluated.filter((e) => !e.headingOk || e.hs6Ok === false || e.flagged !== e.item.chpl);
  if (misses.length) {
    console.log(`\n${misses.length} lines differ from their labels:`);
    for (const e of misses) {
      console.log(`  ${e.item.id} «${e.item.text}» expected ${e.item.hs6 ?? '-'}/${e.item.heading ?? '-'}/${e.item.chpl ? 'CHPL' : 'clear'}, got ${e.result.hs6 ?? '-'}/${e.result.heading ?? '-'}/${e.flagged ? 'CHPL' : 'clear'}`);
    }
  }
}

main();
