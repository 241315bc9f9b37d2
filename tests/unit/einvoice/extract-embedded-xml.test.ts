import PDFDocument from 'pdfkit';
import { decodeXml, extractEmbeddedXml } from '../../../lambdas/domain/einvoice/extract-embedded-xml';
import { parseEInvoice } from '../../../lambdas/domain/einvoice/parse-einvoice';
import { CORPUS, fixtureBytes, fixtureText } from './einvoice-fixtures';

/** A one-page PDF made in memory, with optional attachments (embedded files or file-attachment annotations). */
function makePdf(attach: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.fontSize(12).text('Invoice 000127, see attachment', 72, 72);
    attach(doc);
    doc.end();
  });
}

describe('extractEmbeddedXml on the Factur-X / ZUGFeRD / UBL corpus', () => {
  test.each(CORPUS.map((d) => [d.pdf, d] as const))('%s: the attachment is found, equals the truth file and parses to the truth', async (pdf, doc) => {
    // Prepare
    const bytes = fixtureBytes(pdf);

    // Act
    const embedded = await extractEmbeddedXml(bytes);

    // Assess
    expect(embedded?.fileName).toBe(doc.attachment);
    // The repo's .cii.xml files differ from the attachment only in line endings (CRLF inside the PDF).
    expect(embedded!.xml.replace(/\r\n/g, '\n')).toBe(fixtureText(doc.truthXml).replace(/\r\n/g, '\n'));
    const fromPdf = parseEInvoice(embedded!.xml);
    expect(fromPdf.syntax).toBe(embedded!.syntax);
    expect(fromPdf.model).toEqual(parseEInvoice(fixtureText(doc.truthXml)).model);
    expect(fromPdf.model.invoice).toMatchObject({ number: doc.truth.number, date: doc.truth.date, currency: doc.truth.currency, total: doc.truth.total });
    expect(fromPdf.model.parties.find((p) => p.role === 'seller')?.name).toBe(doc.truth.seller.name);
    expect(fromPdf.model.parties.find((p) => p.role === 'buyer')?.name).toBe(doc.truth.buyer.name);
    expect(fromPdf.model.lines.map((l) => l.amount)).toEqual(doc.truth.lines.map((l) => l.amount));
  });
});

describe('extractEmbeddedXml on other PDFs', () => {
  test('a PDF without attachments has no e-invoice', async () => {
    // Prepare
    const pdf = await makePdf(() => undefined);

    // Act
    const embedded = await extractEmbeddedXml(pdf);

    // Assess
    expect(embedded).toBeUndefined();
  });

  test('an ESF attached under any name is found by its content, ahead of an unrelated XML attachment', async () => {
    // Prepare
    const esf = fixtureBytes('esf-export-bearings-ru.xml');
    const pdf = await makePdf((doc) => {
      doc.file(Buffer.from('<?xml version="1.0"?><packingList><box>1</box></packingList>'), { name: 'packing.xml' });
      doc.file(Buffer.from(esf), { name: 'ЭСФ-000127.xml' });
    });

    // Act
    const embedded = await extractEmbeddedXml(pdf);

    // Assess
    expect(embedded).toMatchObject({ fileName: 'ЭСФ-000127.xml', syntax: 'kz-esf' });
    expect(parseEInvoice(embedded!.xml).model.invoice.number).toBe('000127');
  });

  test('a Factur-X file attached only as a page annotation is found through the annotation', async () => {
    // Prepare
    const xml = fixtureBytes('EN16931_Einfach.cii.xml');
    const pdf = await makePdf((doc) => {
      // pdfkit's typings lack fileAnnotation; the method exists (hidden embedded file + FileAttachment annotation).
      (doc as unknown as { fileAnnotation: (x: number, y: number, w: number, h: number, file: object) => void })
        .fileAnnotation(72, 120, 20, 20, { src: Buffer.from(xml), name: 'factur-x.xml' });
    });

    // Act
    const embedded = await extractEmbeddedXml(pdf);

    // Assess
    expect(embedded).toMatchObject({ fileName: 'factur-x.xml', syntax: 'cii' });
    expect(parseEInvoice(embedded!.xml).model.invoice.number).toBe('471102');
  });

  test('bytes that are not a PDF give no e-invoice rather than an error', async () => {
    // Prepare
    const bytes = new TextEncoder().encode('<html>not a pdf</html>');

    // Act
    const embedded = await extractEmbeddedXml(bytes);

    // Assess
    expect(embedded).toBeUndefined();
  });

  test('decodeXml honours a BOM and a declared single-byte encoding', () => {
    // Prepare
    const latin1 = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xdf, ...new TextEncoder().encode('</a>')]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<a>é</a>').flatMap((c) => [c.charCodeAt(0), 0])]);

    // Act
    const decoded = [decodeXml(latin1), decodeXml(utf16)];

    // Assess
    expect(decoded).toEqual(['<?xml version="1.0" encoding="ISO-8859-1"?><a>ß</a>', '<a>é</a>']);
  });
});
