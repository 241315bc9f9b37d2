import { explainDocument, f1, normaliseText, scoreDocument, type BenchTruth } from '../../../bench/extract/score';
import type { InvoiceModel } from '../../../lambdas/domain/invoice-model';

const evidence = { page: 1, box: [0, 0, 1, 1] as [number, number, number, number], text: '' };

function truth(overrides: Partial<BenchTruth> = {}): BenchTruth {
  return {
    id: 't.pdf',
    corpus: 'test',
    path: '/dev/null',
    kind: 'digital',
    language: 'ru',
    invoice: { number: 'KZ-2025-0117', date: '2025-03-14', currency: 'RUB', total: 1814400 },
    parties: [
      { role: 'seller', name: 'ТОО «Медеу Подшипник Трейд»', identifiers: [{ scheme: 'KZ-BIN', value: '090840015627' }] },
      { role: 'buyer', name: 'ООО «Изумрудный Вал»', identifiers: [] },
    ],
    lines: [
      { description: 'Подшипник 6205-2RS', hsCode: '8482101009', quantity: 2400, amount: 990000 },
      { description: 'Подшипник 6306-2Z', hsCode: '8482101009', quantity: 1200, amount: 824400 },
    ],
    fields: ['parties', 'number', 'date', 'currency', 'total', 'lines', 'identifiers'],
    roles: ['seller', 'buyer', 'consignee', 'shipper', 'bank'],
    nameMatch: 'exact',
    ...overrides,
  };
}

function model(t: BenchTruth): InvoiceModel {
  return {
    languages: ['ru'],
    invoice: { ...t.invoice },
    parties: t.parties.map((p) => ({ role: p.role as InvoiceModel['parties'][number]['role'], name: p.name, identifiers: p.identifiers.map((i) => ({ ...i })), evidence })),
    lines: t.lines.map((l) => ({ description: l.description ?? '', hsCode: l.hsCode, quantity: l.quantity, amount: l.amount, evidence })),
    route: { via: [] },
    warnings: [],
  };
}

describe('extraction benchmark scoring', () => {
  test('a perfect extraction scores F1 = 1 on every field', () => {
    // Prepare
    const t = truth();

    // Act
    const tallies = scoreDocument(t, model(t));

    // Assess
    for (const field of t.fields) expect({ field, f1: f1(tallies[field]) }).toEqual({ field, f1: 1 });
  });

  test('a failed read misses everything labelled: recall 0, no false positives', () => {
    // Prepare
    const t = truth();

    // Act
    const tallies = scoreDocument(t, undefined);

    // Assess
    expect(tallies.parties).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(tallies.lines).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(tallies.number).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(f1(tallies.total)).toBe(0);
  });

  test('a wrong value is one false positive and one false negative; a missing one only a false negative', () => {
    // Prepare
    const t = truth();
    const m = model(t);
    m.invoice.number = 'KZ-2025-0118';
    delete m.invoice.date;

    // Act
    const tallies = scoreDocument(t, m);

    // Assess
    expect(tallies.number).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tallies.date).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(explainDocument(t, m).number).toEqual({ missing: ['KZ-2025-0118'.replace('8', '7')], extra: ['KZ-2025-0118'] });
  });

  test('party names match after normalisation (quotes, case, punctuation, CJK spacing) but roles must agree', () => {
    // Prepare
    const t = truth({ parties: [{ role: 'buyer', name: '乌鲁木齐天铜金属材料有限公司', identifiers: [] }, { role: 'seller', name: 'ТОО «Алатау Металл»', identifiers: [] }] });
    const m = model(t);
    m.parties[0].name = '乌鲁木齐 天铜 金属材料 有限公司';
    m.parties[1].name = 'ТОО "АЛАТАУ МЕТАЛЛ"';
    const swapped = model(t);
    swapped.parties[0].role = 'consignee';

    // Act
    const normal = scoreDocument(t, m);
    const wrongRole = scoreDocument(t, swapped);

    // Assess
    expect(normaliseText('ТОО «Алатау-Металл»')).toBe('тоо алатау металл');
    expect(normal.parties).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(wrongRole.parties).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  test('a goods line counts only when description, HS code, quantity and amount all match', () => {
    // Prepare
    const t = truth();
    const m = model(t);
    m.lines[1].amount = 824400.01;
    m.lines.push({ description: 'Итого', amount: 1814400, evidence });

    // Act
    const tallies = scoreDocument(t, m);

    // Assess
    expect(tallies.lines).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  test('identifiers are scored with the role of the party that carries them', () => {
    // Prepare
    const t = truth();
    const m = model(t);
    m.parties[1].identifiers.push({ scheme: 'KZ-BIN', value: '0908 4001 5627' });
    m.parties[0].identifiers = [];

    // Act
    const tallies = scoreDocument(t, m);

    // Assess
    expect(tallies.identifiers).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('fields a corpus does not label are not scored, and "contains" matches a short issuer name', () => {
    // Prepare
    const t = truth({ fields: ['parties', 'number'], parties: [{ role: 'seller', name: 'Coolblue', identifiers: [] }], roles: ['seller'], nameMatch: 'contains', lines: [] });
    const m = model(truth());
    m.parties = [{ role: 'seller', name: 'Coolblue B.V.', identifiers: [], evidence }, { role: 'notify', name: 'Someone', identifiers: [], evidence }];

    // Act
    const tallies = scoreDocument(t, m);

    // Assess
    expect(tallies.parties).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tallies.lines).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(f1(tallies.lines)).toBeUndefined();
  });
});
