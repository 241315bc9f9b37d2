import { extractInvoice } from '../../lambdas/domain/extraction/invoice-extractor';
import { readDocument } from '../../lambdas/domain/reading/read-document';
import { loadSampleTruths, sampleBytes } from '../support/samples';

const pdfSamples = loadSampleTruths().filter((t) => t.file.endsWith('.pdf'));

describe('extractInvoice on the labelled multilingual samples', () => {
  test.each(pdfSamples.map((t) => [t.file, t] as const))('%s: header, parties and goods lines match the ground truth', async (_file, truth) => {
    // Prepare
    const document = await readDocument(sampleBytes(truth.file), { maxPages: 10 });

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(invoice.languages).toEqual(truth.languages);
    for (const field of ['number', 'date', 'currency', 'total', 'incoterms', 'placeOfDelivery'] as const) {
      expect({ field, value: invoice.invoice[field] }).toEqual({ field, value: truth.invoice![field] });
    }
    expect(invoice.parties.map((p) => p.role).sort()).toEqual(truth.parties!.map((p) => p.role).sort());
    for (const expected of truth.parties!) {
      const party = invoice.parties.find((p) => p.role === expected.role)!;
      expect({ role: party.role, name: party.name, country: party.country }).toEqual({ role: expected.role, name: expected.name, country: expected.country });
      expect(party.identifiers).toEqual(expect.arrayContaining(expected.identifiers.map((id) => expect.objectContaining(id))));
      expect(party.evidence.page).toBe(1);
      expect(party.evidence.text).toContain(expected.name);
    }
    expect(invoice.lines.map(({ evidence: _e, ...line }) => line)).toEqual(truth.lines);
  });

  test('every goods line carries its evidence: page, a box inside the page and the printed row', async () => {
    // Prepare
    const document = await readDocument(sampleBytes('01-kz-ru-bearings-to-ru.pdf'), { maxPages: 10 });

    // Act
    const { lines } = extractInvoice(document);

    // Assess
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [x0, y0, x1, y1] = line.evidence.box;
      expect(0 <= x0 && x0 < x1 && x1 <= 1 && 0 <= y0 && y0 < y1 && y1 <= 1).toBe(true);
      expect(line.evidence.text).toContain(line.description);
    }
  });
});
