import { createHash } from 'node:crypto';
import { drawInvoice } from '../../../samples/generator/build-invoice';
import { generateDocument } from '../../../samples/generator/corpus';
import { Rng } from '../../../samples/generator/rng';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('corpus generator: a document is a pure function of (seed, index)', () => {
  test('the same seed and index give byte-identical PDFs and identical truths', async () => {
    // Prepare
    const seed = 'determinism';

    // Act
    const first = await generateDocument(seed, 3);
    const second = await generateDocument(seed, 3);

    // Assess
    expect(sha(second.pdf)).toBe(sha(first.pdf));
    expect(second.truth).toEqual(first.truth);
    expect(first.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('a document comes out the same after other documents were rendered in the process (no shared font state leaks)', async () => {
    // Prepare: fonts are parsed once per process; a glyph cache leaking between documents once broke the text layer.
    const before = await generateDocument('font-leak', 0, { constraints: { primary: 'kk', secondary: 'ru' } });

    // Act
    for (const [i, primary] of (['zh', 'en', 'ru', 'zh'] as const).entries()) await generateDocument('font-leak', 10 + i, { constraints: { primary } });
    const after = await generateDocument('font-leak', 0, { constraints: { primary: 'kk', secondary: 'ru' } });

    // Assess
    expect(sha(after.pdf)).toBe(sha(before.pdf));
  });

  test('different seeds give different invoices, and documents of one seed differ from each other', () => {
    // Prepare
    const numbers = (seed: string) => Array.from({ length: 8 }, (_, i) => drawInvoice(seed, i).invoice.number);

    // Act
    const a = numbers('alpha');
    const b = numbers('beta');

    // Assess
    expect(a).not.toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(6);
  });

  test('document i does not depend on how many documents are drawn or on the language filter order', () => {
    // Prepare
    const alone = drawInvoice('prefix', 5, { languages: ['ru', 'kk', 'en', 'zh'] });

    // Act
    Array.from({ length: 20 }, (_, i) => drawInvoice('prefix', i, { languages: ['ru', 'kk', 'en', 'zh'] }));
    const again = drawInvoice('prefix', 5, { languages: ['ru', 'kk', 'en', 'zh'] });

    // Assess
    expect(again.fileStem).toBe(alone.fileStem);
    expect(again.invoice).toEqual(alone.invoice);
    expect(again.lines).toEqual(alone.lines);
  });

  test('the language filter is honoured', () => {
    // Prepare
    const languages = ['zh'] as const;

    // Act
    const drafts = Array.from({ length: 12 }, (_, i) => drawInvoice('filter', i, { languages }));

    // Assess
    expect(drafts.every((d) => d.languages[0] === 'zh')).toBe(true);
  });

  test('a scan is reproducible too: same pixels for the same seed', async () => {
    // Prepare
    const options = { constraints: { primary: 'en' as const, multiPage: false }, scan: true, scanOverrides: { dpi: 100, format: 'png' as const, rotationDeg: 1.5, blurSigma: 0.6, noiseSigma: 6 } };

    // Act
    const first = await generateDocument('scan-determinism', 1, options);
    const second = await generateDocument('scan-determinism', 1, options);

    // Assess
    expect(first.scan).toBeDefined();
    expect(sha(second.scan!.bytes)).toBe(sha(first.scan!.bytes));
    expect(first.scan!.truth.derivedFrom).toBe(first.truth.file);
    expect(first.scan!.truth.lines).toEqual(first.truth.lines);
  }, 30_000);

  test('the seeded stream is uniform enough and forks are independent', () => {
    // Prepare
    const rng = new Rng('uniform');
    const fork = rng.fork('a');

    // Act
    const draws = Array.from({ length: 10_000 }, () => rng.next());
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;

    // Assess
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(new Rng('uniform').fork('a').next()).toBe(fork.next());
  });
});
