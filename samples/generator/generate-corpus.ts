/**
 * Generates a seeded corpus of labelled synthetic invoices (digital PDFs and degraded scans).
 *
 *   npx tsx samples/generator/generate-corpus.ts --count 1000 --seed 42 --out samples/generated \
 *       [--scans 0.3] [--languages ru,kk,en,zh] [--concurrency 4]
 *
 * The output directory is replaced (only if it is empty or an earlier corpus). See README.md.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusOptions } from './corpus';
import { LANGUAGES, type Language } from './types';

export type CliOptions = Omit<CorpusOptions, 'onProgress'>;

export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: 'samples/generated' },
      scans: { type: 'string', default: '0.3' },
      languages: { type: 'string', default: LANGUAGES.join(',') },
      concurrency: { type: 'string', default: String(Math.max(2, os.cpus().length)) },
    },
  });
  const count = Number(values.count);
  const scans = Number(values.scans);
  const concurrency = Number(values.concurrency);
  const languages = values.languages.split(',').map((l) => l.trim()).filter(Boolean);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  if (!(scans >= 0 && scans <= 1)) throw new Error(`--scans must be between 0 and 1, got ${values.scans}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a positive integer, got ${values.concurrency}`);
  const unknown = languages.filter((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (unknown.length || !languages.length) throw new Error(`--languages takes a list of ${LANGUAGES.join(', ')}; got ${values.languages}`);
  return { count, seed: values.seed, out: path.resolve(values.out), scans, languages: languages as Language[], concurrency };
}

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2));
  const started = Date.now();
  let lastReport = 0;
  const manifest = await generateCorpus({
    ...options,
    onProgress: (done, total) => {
      if (Date.now() - lastReport > 2000 || done === total) {
        lastReport = Date.now();
        process.stderr.write(`\rgenerated ${done}/${total}`);
      }
    },
  });
  process.stderr.write('\n');
  const scans = manifest.documents.filter((d) => d.kind === 'scan').length;
  const pages = manifest.documents.filter((d) => d.kind === 'digital').reduce((sum, d) => sum + d.pages, 0);
  console.log(
    `${manifest.count} invoices (${pages} pages) + ${scans} scans in ${options.out}, seed ${options.seed}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
