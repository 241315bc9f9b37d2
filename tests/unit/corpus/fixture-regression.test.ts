import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addTallies, emptyTallies, f1, FIELDS, scoreDocument, type FieldName } from '../../../bench/extract/score';
import { loadGeneratedTruths } from '../../../bench/extract/truth-loaders';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { readDocument } from '../../../lambdas/domain/reading/read-document';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

/**
 * F1 per field the extractor reached on the digital fixtures when the fixtures were made
 * (tests/fixtures/corpus/baseline.json). The extractor may only get better: when it does, raise the
 * baseline to the new values (npx tsx bench/extract/run.ts --corpus tests/fixtures/corpus --no-real --ocr none).
 */
const baseline = JSON.parse(readFileSync(path.join(FIXTURES, 'baseline.json'), 'utf8')) as { f1: Record<FieldName, number> };

describe('extractor on the committed fixture corpus (digital PDFs): regression guard', () => {
  const digital = loadGeneratedTruths(FIXTURES).filter((t) => t.kind === 'digital');
  const totals = emptyTallies();
  const failures: string[] = [];

  beforeAll(async () => {
    for (const truth of digital) {
      try {
        const document = await readDocument(new Uint8Array(readFileSync(truth.path)), { maxPages: 10 });
        addTallies(totals, scoreDocument(truth, extractInvoice(document)));
      } catch (error) {
        failures.push(`${truth.id}: ${(error as Error).message}`);
        addTallies(totals, scoreDocument(truth, undefined));
      }
    }
  }, 60_000);

  test('the fixture set covers all four languages, the three layouts and multi-page invoices', () => {
    // Prepare
    const metas = digital.map((t) => t.meta as { layout: string; multiPage: boolean });

    // Act
    const languages = new Set(digital.map((t) => t.language.split('+')[0]));
    const layouts = new Set(metas.map((m) => m.layout));

    // Assess
    expect([...languages].sort()).toEqual(['en', 'kk', 'ru', 'zh']);
    expect([...layouts].sort()).toEqual(['header-table', 'one-column', 'two-column']);
    expect(metas.some((m) => m.multiPage)).toBe(true);
  });

  test('every digital fixture is read from its text layer', () => {
    // Prepare: documents were read in beforeAll

    // Act
    const read = digital.length - failures.length;

    // Assess
    expect(failures).toEqual([]);
    expect(read).toBe(digital.length);
  });

  test.each(FIELDS.map((f) => [f]))('%s: F1 is at least the recorded baseline', (field) => {
    // Prepare
    const floor = baseline.f1[field];

    // Act
    const score = f1(totals[field]) ?? 0;

    // Assess
    expect(score).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
