import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { INFERRED_ROLE_CONFIDENCE, isInferredRole } from '../../../lambdas/domain/extraction/role-inference';
import { layout } from './layout';

const summary = (parties: ReturnType<typeof extractInvoice>['parties']) => parties.map((p) => ({ role: p.role, name: p.name, confidence: p.evidence.confidence }));

/** "Parties without an explicit role label get the most likely role with lower confidence." */
describe('role inference for parties printed without a role label', () => {
  test('letterhead at the top → seller; the next address block → buyer; both with lower confidence and a warning', () => {
    // Prepare: a Dutch web-shop invoice, letterhead top right, customer address on the left
    const document = layout([
      ['FACTUUR.', 0.076, 0.053], ['Coolblue B.V.', 0.748, 0.055],
      ['Weena 664', 0.748, 0.072],
      ['3012 CN Rotterdam', 0.748, 0.088],
      ['Nederland', 0.748, 0.104],
      ['Pino Bluebird', 0.076, 0.119],
      ['Sessamestreet 32', 0.076, 0.136],
      ['1025 RX Amsterdam', 0.076, 0.152],
      ['Factuurnummer: 993548900', 0.076, 0.185],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'seller', name: 'Coolblue B.V.', confidence: INFERRED_ROLE_CONFIDENCE },
      { role: 'buyer', name: 'Pino Bluebird', confidence: INFERRED_ROLE_CONFIDENCE },
    ]);
    expect(invoice.parties[0]).toMatchObject({ address: 'Weena 664, 3012 CN Rotterdam, Nederland', evidence: { page: 1, text: 'Coolblue B.V.' } });
    expect(invoice.parties.every(isInferredRole)).toBe(true);
    expect(invoice.warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/^seller role inferred from the layout \(letterhead.*"Coolblue B\.V\."/),
      expect.stringMatching(/^buyer role inferred from the layout \(address block.*"Pino Bluebird"/),
    ]));
    expect(invoice.warnings).not.toContain('no seller found');
    expect(invoice.warnings).not.toContain('no buyer found');
  });

  test('a document number or a line OCR read with low confidence is not taken for a party', () => {
    // Prepare: the Coolblue layout with a number where the letterhead name was, and a doubtful OCR reading of the addressee
    const document = layout([
      ['ZHT-2025-7135', 0.748, 0.055],
      ['Weena 664', 0.748, 0.072],
      ['3012 CN Rotterdam', 0.748, 0.088],
      ['Pino Bluebird', 0.076, 0.119],
      ['Sessamestreet 32', 0.076, 0.136],
      ['1025 RX Amsterdam', 0.076, 0.152],
    ]);
    const addressee = document.pages[0].lines.find((l) => l.text === 'Pino Bluebird')!;
    const confident = extractInvoice(document).parties.map((p) => p.name);
    addressee.items[0].confidence = 0.41;

    // Act
    const doubtful = extractInvoice(document).parties.map((p) => p.name);

    // Assess
    expect(confident).toEqual(['Pino Bluebird']);
    expect(doubtful).toEqual([]);
  });

  test('a sender line above the address window → seller; the address block under it → buyer (a salutation is skipped)', () => {
    // Prepare: DIN 5008 letter layout
    const document = layout([
      ['Acme GmbH | Europa-Allee 1980 | 60486 Frankfurt,', 0.12, 0.151],
      ['Herr', 0.12, 0.176],
      ['Karl E. Coyote', 0.12, 0.191],
      ['Uferstraße 113', 0.12, 0.207],
      ['88045 Friedrichshafen', 0.12, 0.222],
      ['Rechnungsdatum:', 0.549, 0.25], ['31.01.2014', 0.699, 0.25],
      ['Rechnung Nr. 42', 0.12, 0.328],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'seller', name: 'Acme GmbH', confidence: INFERRED_ROLE_CONFIDENCE },
      { role: 'buyer', name: 'Karl E. Coyote', confidence: INFERRED_ROLE_CONFIDENCE },
    ]);
    expect(invoice.parties[0]).toMatchObject({ address: 'Europa-Allee 1980, 60486 Frankfurt', evidence: { text: 'Acme GmbH', confidence: INFERRED_ROLE_CONFIDENCE } });
    expect(invoice.parties[1].address).toBe('Uferstraße 113, 88045 Friedrichshafen');
    expect(invoice.warnings.filter((w) => w.includes('inferred'))).toHaveLength(2);
  });

  test('the addressee may start well below the sender line; the letterhead column beside it is not the buyer', () => {
    // Prepare: sender line with "●" separators, letterhead in a right column
    const document = layout([
      ['Bei Spiel GmbH', 0.758, 0.144],
      ['Ecke 12', 0.758, 0.164],
      ['Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen ● Germany', 0.137, 0.181], ['12345 Stadthausen', 0.758, 0.181],
      ['Theodor Est', 0.119, 0.24],
      ['Bahnstr. 42', 0.119, 0.26],
      ['88802 Spielkreis', 0.119, 0.28],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'seller', name: 'Bei Spiel GmbH', confidence: INFERRED_ROLE_CONFIDENCE },
      { role: 'buyer', name: 'Theodor Est', confidence: INFERRED_ROLE_CONFIDENCE },
    ]);
    expect(invoice.parties[0].country).toBe('DE');
  });

  test('a labelled buyer and an unlabelled letterhead: only the seller is inferred', () => {
    // Prepare
    const document = layout([
      ['Global Wholesale Ltd', 0.05, 0.05],
      ['4557 De Silva St', 0.05, 0.066],
      ['Fremont CA 94538', 0.05, 0.082],
      ['Bill To:', 0.05, 0.15],
      ['Taylor Riddel', 0.05, 0.165],
      ['12 Main Road', 0.05, 0.18],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'buyer', name: 'Taylor Riddel', confidence: undefined },
      { role: 'seller', name: 'Global Wholesale Ltd', confidence: INFERRED_ROLE_CONFIDENCE },
    ]);
    expect(isInferredRole(invoice.parties[0])).toBe(false);
  });

  test('a labelled seller and an unlabelled block in the addressee position: only the buyer is inferred', () => {
    // Prepare
    const document = layout([
      ['Seller: Ertis Engineering LLP', 0.55, 0.05],
      ['Kostanay 110000, Kazakhstan', 0.55, 0.065],
      ['Wesertec GmbH', 0.08, 0.2],
      ['73 Industriestraße', 0.08, 0.215],
      ['60311 Frankfurt am Main', 0.08, 0.23],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'seller', name: 'Ertis Engineering LLP', confidence: undefined },
      { role: 'buyer', name: 'Wesertec GmbH', confidence: INFERRED_ROLE_CONFIDENCE },
    ]);
  });

  test('nothing is inferred from blocks without an address, from title lines, or below the header', () => {
    // Prepare
    const document = layout([
      ['Thank you for your business', 0.08, 0.03],
      ['INVOICE', 0.75, 0.045],
      ['Please pay within 30 days', 0.08, 0.2],
      ['support@example.com', 0.08, 0.215],
      ['Late Payments Ltd', 0.08, 0.6],
      ['12 Main Road', 0.08, 0.615],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(invoice.parties).toEqual([]);
    expect(invoice.warnings).toEqual(expect.arrayContaining(['no seller found', 'no buyer found']));
  });

  test('a letterhead of a name over contact details only, in the top band, is the seller; lower down it is nothing', () => {
    // Prepare: the invoice2data "SammyMaystoneLinesTest" header (its expected issuer is Sammy Maystone).
    const top = layout([
      ['Sammy Maystone', 0.08, 0.03],
      ['smaystone4@fake.com', 0.08, 0.045], ['INVOICE', 0.75, 0.045],
      ['Thank you for your business', 0.08, 0.2],
      ['Please pay within 30 days', 0.08, 0.215],
      ['Late Payments Ltd', 0.08, 0.6],
      ['12 Main Road', 0.08, 0.615],
    ]);
    const lower = layout([
      ['INVOICE', 0.75, 0.045],
      ['Sammy Maystone', 0.08, 0.2],
      ['smaystone4@fake.com', 0.08, 0.215],
    ]);

    // Act
    const fromTop = extractInvoice(top);
    const fromLower = extractInvoice(lower);

    // Assess
    expect(summary(fromTop.parties)).toEqual([{ role: 'seller', name: 'Sammy Maystone', confidence: INFERRED_ROLE_CONFIDENCE }]);
    expect(fromTop.parties[0].roleInferred).toBe(true);
    expect(fromTop.warnings).toEqual(expect.arrayContaining(['no buyer found']));
    expect(fromLower.parties).toEqual([]);
  });

  test('labelled seller and buyer: nothing is inferred, a letterhead repeating them changes nothing', () => {
    // Prepare
    const document = layout([
      ['Lieferant GmbH', 0.1, 0.03],
      ['Lieferantenstraße 20', 0.1, 0.045],
      ['Verkäufer: Lieferant GmbH', 0.1, 0.2],
      ['Käufer: Kunden AG', 0.1, 0.25],
    ]);

    // Act
    const invoice = extractInvoice(document);

    // Assess
    expect(summary(invoice.parties)).toEqual([
      { role: 'seller', name: 'Lieferant GmbH', confidence: undefined },
      { role: 'buyer', name: 'Kunden AG', confidence: undefined },
    ]);
    expect(invoice.warnings.some((w) => w.includes('inferred'))).toBe(false);
  });
});
