import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isValidCnUscc, isValidIban, isValidKzBin, isValidRuInn } from '../../../lambdas/domain/extraction/identifiers';
import { readDocument } from '../../../lambdas/domain/reading/read-document';
import { generateDocument } from '../../../samples/generator/corpus';
import { amountInWords, formatMoney, zhInteger } from '../../../samples/generator/formats';
import { chplCodes, printHs } from '../../../samples/generator/goods';
import { isValidIdentifier, isValidTrVkn } from '../../../samples/generator/identifiers';
import { REAL_SDN_ENTITIES } from '../../../samples/generator/sdn-entities';
import { decide, truthProblems } from '../../../samples/generator/truth';
import type { InvoiceTruth } from '../../../samples/generator/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'corpus');
const fixtureTruths = (): InvoiceTruth[] =>
  readdirSync(path.join(FIXTURES, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, 'expected', f), 'utf8')) as InvoiceTruth);

const cents = (major: number) => Math.round(major * 100);

/** A second, independent implementation of the published check-digit rules (the pipeline's own). */
function independentlyValid(scheme: string, value: string): boolean | undefined {
  const rules: Record<string, (v: string) => boolean> = { 'KZ-BIN': isValidKzBin, 'RU-INN': isValidRuInn, 'CN-USCC': isValidCnUscc, IBAN: isValidIban, 'TR-VKN': isValidTrVkn };
  return rules[scheme]?.(value);
}

describe('generated ground truth is internally consistent', () => {
  let generated: InvoiceTruth[] = [];

  beforeAll(async () => {
    const docs = [];
    for (let i = 0; i < 48; i++) docs.push(await generateDocument('consistency', i));
    generated = docs.map((d) => d.truth);
  }, 120_000);

  test('quantity × unit price = amount on every line, and the lines add up to the total', () => {
    // Prepare
    const truths = [...generated, ...fixtureTruths()];

    // Act
    const mismatches = truths.flatMap((t) => {
      const lineErrors = t.lines.filter((l) => Math.round(l.quantity * 1000) * cents(l.unitPrice) !== cents(l.amount) * 1000);
      const sum = t.lines.reduce((s, l) => s + cents(l.amount), 0);
      return [...lineErrors.map((l) => `${t.file}: ${l.description}`), ...(sum !== cents(t.invoice.total) ? [`${t.file}: total`] : [])];
    });

    // Assess
    expect(truths.length).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });

  test('every identifier passes its check-digit rule, also under the pipeline’s own validators', () => {
    // Prepare
    const ids = [...generated, ...fixtureTruths()].flatMap((t) => t.parties.flatMap((p) => p.identifiers.map((id) => ({ ...id, country: p.country }))));

    // Act
    const invalid = ids.filter((id) => !isValidIdentifier(id, id.country));
    const rejectedByPipeline = ids.filter((id) => independentlyValid(id.scheme, id.value) === false);

    // Assess
    expect(new Set(ids.map((id) => id.scheme)).size).toBeGreaterThanOrEqual(7);
    expect(invalid).toEqual([]);
    expect(rejectedByPipeline).toEqual([]);
  });

  test('truthProblems finds nothing, and findings/decision follow the labelling rule', () => {
    // Prepare
    const truths = [...generated, ...fixtureTruths()];
    const chpl = chplCodes();

    // Act
    const problems = truths.flatMap((t) => truthProblems(t).map((p) => `${t.file}: ${p}`));
    const goodsFindings = truths.map((t) => ({
      file: t.file,
      labelled: t.expectedFindings.filter((f) => f.kind === 'goods').map((f) => f.entryId).sort(),
      fromLines: [...new Set(t.lines.map((l) => l.hsCode.slice(0, 6)).filter((hs) => chpl.has(hs)).map((hs) => `${hs.slice(0, 4)}.${hs.slice(4)}`))].sort(),
    }));

    // Assess
    expect(problems).toEqual([]);
    for (const g of goodsFindings) expect(g.labelled).toEqual(g.fromLines);
    for (const t of truths) expect(t.expectedDecision).toBe(decide(t.expectedFindings));
    expect(truths.some((t) => t.expectedDecision === 'block')).toBe(true);
    expect(truths.some((t) => t.expectedDecision === 'clear')).toBe(true);
  });

  test('a party marked as a real SDN entity is on the shipped SDN list under that name, and only those are', () => {
    // Prepare
    const sdnCsv = readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'lists', 'ofac-sdn', 'sdn.csv'), 'utf8');
    const truths = [...generated, ...fixtureTruths()];

    // Act
    const missingFromList = REAL_SDN_ENTITIES.filter((e) => !sdnCsv.includes(`${e.entryId},"${e.name}"`));
    const sdnParties = truths.flatMap((t) => t.parties.filter((p) => p.sdnEntryId !== undefined).map((p) => ({ t, p })));

    // Assess
    expect(missingFromList).toEqual([]);
    expect(sdnParties.length).toBeGreaterThan(0);
    for (const { t, p } of sdnParties) {
      const entity = REAL_SDN_ENTITIES.find((e) => e.entryId === p.sdnEntryId)!;
      expect([entity.name, entity.nameCyrillic]).toContain(p.name);
      expect(t.expectedFindings).toContainEqual({ kind: 'party', list: 'OFAC-SDN', entryId: `SDN-${entity.entryId}` });
      expect(t.expectedDecision).toBe('block');
    }
  });

  test('scan truths equal the truth of the PDF they were rasterised from', () => {
    // Prepare
    const truths = fixtureTruths();
    const scans = truths.filter((t) => t.derivedFrom);

    // Act
    const pairs = scans.map((s) => [s, truths.find((t) => t.file === s.derivedFrom)!] as const);

    // Assess
    expect(scans.length).toBeGreaterThanOrEqual(3);
    for (const [scan, digital] of pairs) {
      expect(scan.scan).toBeDefined();
      expect({ ...scan, file: digital.file, derivedFrom: undefined, scan: undefined }).toEqual({ ...digital, derivedFrom: undefined, scan: undefined });
    }
  });

  test('the committed digital fixtures print what their truth says: number, party names, identifiers, HS codes', async () => {
    // Prepare
    const digital = fixtureTruths().filter((t) => !t.derivedFrom);

    // Act
    const texts = await Promise.all(
      digital.map(async (t) => {
        const doc = await readDocument(new Uint8Array(readFileSync(path.join(FIXTURES, t.file))), { maxPages: 10 });
        return doc.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
      }),
    );

    // Assess
    digital.forEach((t, i) => {
      const compact = texts[i].replace(/\s+/g, '');
      expect(texts[i]).toContain(t.invoice.number);
      for (const p of t.parties) {
        expect(texts[i]).toContain(p.name);
        for (const id of p.identifiers) expect(compact).toContain(id.value);
      }
      for (const line of t.lines) expect(compact.replace(/\D/g, '')).toContain(line.hsCode);
    });
  }, 60_000);
});

describe('formatting helpers', () => {
  test('money, HS spellings and amounts in words come out as printed on invoices', () => {
    // Prepare
    const hs = '8482101009';

    // Act
    const spellings = (['tnved-spaced', 'hs6-dotted', 'hs6-plain', 'tnved-plain', 'tnved-dotted'] as const).map((s) => printHs(hs, s));

    // Assess
    expect(spellings).toEqual(['8482 10 100 9', '8482.10', '848210', '8482101009', '8482.10.1009']);
    expect(formatMoney(123456789, 'ru')).toBe('1 234 567,89');
    expect(formatMoney(123456789, 'de')).toBe('1.234.567,89');
    expect(formatMoney(123456789, 'ru-nbsp')).toBe('1\u00a0234\u00a0567,89');
    expect(zhInteger(100010)).toBe('壹拾万零壹拾');
    expect(zhInteger(1203)).toBe('壹仟贰佰零叁');
    expect(amountInWords(12000050, 'USD', 'en')).toBe('SAY US DOLLARS ONE HUNDRED TWENTY THOUSAND AND CENTS FIFTY ONLY');
    expect(amountInWords(1000000, 'CNY', 'zh')).toBe('人民币壹万元整');
    expect(amountInWords(250, 'TRY', 'ru')).toBeUndefined();
  });

  test('the Turkish VKN rule accepts the published test number and rejects a changed digit', () => {
    // Prepare
    const valid = '4540536920';

    // Act
    const changed = '4540536921';

    // Assess
    expect(isValidTrVkn(valid)).toBe(true);
    expect(isValidTrVkn(changed)).toBe(false);
  });
});
