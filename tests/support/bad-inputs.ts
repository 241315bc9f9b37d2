import PDFDocument from 'pdfkit';
import { sampleBytes } from './samples';

function pdf(options: PDFKit.PDFDocumentOptions, write: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ ...options, info: { CreationDate: new Date('2025-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    write(doc);
    doc.end();
  });
}

export interface BadInput {
  name: string;
  bytes: Buffer;
  stage: string;
  code: string;
}

/** Hostile and broken uploads, made by the tests themselves, with the failure each must be recorded as. */
export async function makeBadInputs(): Promise<BadInput[]> {
  const sample = Buffer.from(sampleBytes('01-kz-ru-bearings-to-ru.pdf'));
  const encrypted = await pdf({ userPassword: 'secret', ownerPassword: 'owner' }, (d) => d.text('Invoice No. 1 Seller: A LLP Buyer: B GmbH'));
  const blank = await pdf({}, (d) => d.rect(50, 50, 100, 100).stroke());
  return [
    { name: 'zero-byte.pdf', bytes: Buffer.alloc(0), stage: 'intake', code: 'empty' },
    { name: 'garbage-with-pdf-header.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('\u0000\u00ff not really a pdf '.repeat(200))]), stage: 'read', code: 'corrupt' },
    { name: 'truncated.pdf', bytes: sample.subarray(0, Math.floor(sample.length * 0.3)), stage: 'read', code: 'corrupt' },
    { name: 'encrypted.pdf', bytes: encrypted, stage: 'read', code: 'encrypted' },
    { name: 'blank-page.pdf', bytes: blank, stage: 'read', code: 'needs-ocr' },
    { name: 'invoice.pdf.exe', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]), stage: 'read', code: 'unsupported-type' },
    { name: 'renamed-zip.pdf', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), stage: 'read', code: 'unsupported-type' },
    { name: 'notes.txt', bytes: Buffer.from('Seller: nobody. This is not a document we read.'), stage: 'read', code: 'unsupported-type' },
    { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), stage: 'read', code: 'needs-ocr' },
  ];
}
