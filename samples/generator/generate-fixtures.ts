/**
 * Writes the small committed fixture corpus (tests/fixtures/corpus): eleven digital invoices chosen to
 * cover the four languages, the bilingual headers, the three layouts, an SDN buyer and multi-page
 * tables, plus three scans of them (PNG, JPEG, image-only PDF) at low resolution to stay small.
 *
 *   npx tsx samples/generator/generate-fixtures.ts [--out tests/fixtures/corpus]
 *
 * Regenerating rewrites the truths; the extractor regression baseline (baseline.json) is separate.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DraftConstraints } from './build-invoice';
import { generateDocument, json, resetOutput, writeDocument, type CorpusManifest, type ManifestEntry } from './corpus';
import type { ScanMeta } from './types';

export const FIXTURE_SEED = 'fixtures-v1';

interface FixtureSpec {
  constraints: DraftConstraints;
  scan?: Partial<ScanMeta>;
}

const SMALL_SCAN: Partial<ScanMeta> = { dpi: 150, noiseSigma: 4, jpegQuality: 60, colour: false };

export const FIXTURES: readonly FixtureSpec[] = [
  { constraints: { primary: 'ru', secondary: null, layout: 'one-column', multiPage: false }, scan: { ...SMALL_SCAN, format: 'png', rotationDeg: 1.2, blurSigma: 0 } },
  { constraints: { primary: 'ru', secondary: null, layout: 'two-column', multiPage: false } },
  { constraints: { primary: 'ru', secondary: 'en', layout: 'header-table', multiPage: false } },
  { constraints: { primary: 'kk', secondary: null, layout: 'two-column', multiPage: false } },
  { constraints: { primary: 'kk', secondary: 'ru', layout: 'one-column', multiPage: false } },
  { constraints: { primary: 'en', secondary: null, layout: 'two-column', multiPage: false, sdnBuyer: true } },
  { constraints: { primary: 'en', secondary: null, layout: 'header-table', multiPage: false } },
  { constraints: { primary: 'zh', secondary: null, layout: 'one-column', multiPage: false }, scan: { ...SMALL_SCAN, format: 'jpeg', rotationDeg: -0.8, blurSigma: 0.5 } },
  { constraints: { primary: 'zh', secondary: 'en', layout: 'two-column', multiPage: false } },
  { constraints: { primary: 'ru', secondary: null, layout: 'two-column', multiPage: true }, scan: { ...SMALL_SCAN, format: 'pdf', rotationDeg: 0.5, blurSigma: 0 } },
  { constraints: { primary: 'en', secondary: null, layout: 'one-column', multiPage: true } },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string', default: 'tests/fixtures/corpus' } } });
  const out = path.resolve(values.out);
  await resetOutput(out);
  const documents: ManifestEntry[] = [];
  for (const [i, spec] of FIXTURES.entries()) {
    const doc = await generateDocument(FIXTURE_SEED, i + 1, { constraints: spec.constraints, scan: Boolean(spec.scan), scanOverrides: spec.scan });
    documents.push(...(await writeDocument(out, doc)));
    console.log(`${doc.truth.file}  ${doc.truth.pages} p.${doc.scan ? `  + ${doc.scan.truth.file}` : ''}`);
  }
  const manifest: CorpusManifest = {
    generator: 'doc-audit samples/generator',
    selection: 'fixtures',
    seed: FIXTURE_SEED,
    count: FIXTURES.length,
    scans: documents.filter((d) => d.kind === 'scan').length / FIXTURES.length,
    languages: ['ru', 'kk', 'en', 'zh'],
    documents,
  };
  await writeFile(path.join(out, 'manifest.json'), json(manifest));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
