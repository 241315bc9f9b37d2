import PDFDocument from 'pdfkit';
import { createDeflate } from 'node:zlib';
import { sampleBytes } from './samples';

/** A one-page PDF whose only content stream is a few hundred KB of Flate that expands to `megabytes` MB. */
async function pdfBomb(megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  await new Promise((r) => deflate.end(r));
  const stream = Buffer.concat(chunks);
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
    + `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${stream.length}/Filter/FlateDecode>>stream\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), stream, Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1')]);
}

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
  const letter = await pdf({}, (d) => d.text('Dear colleagues, thank you for the pleasant meeting in Almaty last week. We look forward to continuing our conversation about the seminar programme in the spring and will send the agenda soon. Kind regards, the organising committee.'));
  const longPdf = await pdf({}, (d) => {
    for (let page = 1; page < 205; page++) d.text(`Appendix page ${page}`).addPage();
  });
  const javascriptAction = Buffer.from(sample.toString('latin1').replace('/Type /Catalog', '/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>'), 'latin1');
  const png = (width: number, height: number) => {
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(width, 16);
    header.writeUInt32BE(height, 20);
    header[24] = 8;
    header[25] = 2;
    return header;
  };
  return [
    { name: 'pdf-bomb.pdf', bytes: await pdfBomb(600), stage: 'read', code: 'pdf-bomb' },
    { name: 'two-hundred-five-pages.pdf', bytes: longPdf, stage: 'read', code: 'too-many-pages' },
    { name: 'letter-not-invoice.pdf', bytes: letter, stage: 'extract', code: 'not-an-invoice' },
    { name: 'header-only.pdf', bytes: Buffer.from('%PDF-1.7\n'), stage: 'read', code: 'corrupt' },
    { name: 'random-bytes.bin', bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), stage: 'read', code: 'unsupported-type' },
    { name: 'page.html', bytes: Buffer.from('<html><body><script>alert(1)</script>Invoice</body></html>'), stage: 'read', code: 'unsupported-type' },
    { name: 'picture.gif', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), stage: 'read', code: 'unsupported-type' },
    { name: 'huge-20000x20000.png', bytes: png(20000, 20000), stage: 'read', code: 'image-too-large' },
    { name: 'scan-named.pdf', bytes: Buffer.from(sampleBytes('08-scan-ru-invoice.png')), stage: 'none', code: 'screened' },
    { name: 'pdf-named.png', bytes: sample, stage: 'none', code: 'screened' },
    { name: 'with-javascript-action.pdf', bytes: javascriptAction, stage: 'none', code: 'screened' },
    { name: 'truncated-half.pdf', bytes: sample.subarray(0, Math.floor(sample.length / 2)), stage: 'read', code: 'corrupt' },
    { name: 'scan.tif', bytes: Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(60)]), stage: 'read', code: 'corrupt' },
    { name: 'photo-named.pdf', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00]), stage: 'read', code: 'corrupt' },
    { name: 'contract.docx', bytes: Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(200)]), stage: 'read', code: 'unsupported-type' },
    { name: 'billion-laughs.xml', bytes: Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>'), stage: 'read', code: 'unsupported-type' },
    { name: 'utf16.txt', bytes: Buffer.from('\ufeffInvoice', 'utf16le'), stage: 'read', code: 'unsupported-type' },
    { name: 'archive.gz', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3]), stage: 'read', code: 'unsupported-type' },
    { name: 'program.elf', bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)]), stage: 'read', code: 'unsupported-type' },
    { name: `${'very-long-name-'.repeat(12)}.pdf`, bytes: Buffer.from('%PDF-1.4\n%%EOF'), stage: 'read', code: 'corrupt' },
    // pdf.js counts the page tree and finds one blank page; the rasteriser believes the /Count claim and refuses.
    { name: 'claims-100000-pages.pdf', bytes: Buffer.from(blank.toString('latin1').replace(/\/Count 1\b/, '/Count 100000'), 'latin1'), stage: 'read', code: 'ocr-failed' },
    { name: '\u202eevil-rtl-name\u202dfdp.exe.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x41)]), stage: 'read', code: 'corrupt' },
    { name: 'zero-byte.pdf', bytes: Buffer.alloc(0), stage: 'intake', code: 'empty' },
    { name: 'garbage-with-pdf-header.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('\u0000\u00ff not really a pdf '.repeat(200))]), stage: 'read', code: 'corrupt' },
    { name: 'truncated.pdf', bytes: sample.subarray(0, Math.floor(sample.length * 0.3)), stage: 'read', code: 'corrupt' },
    { name: 'encrypted.pdf', bytes: encrypted, stage: 'read', code: 'encrypted' },
    { name: 'blank-page.pdf', bytes: blank, stage: 'extract', code: 'not-an-invoice' },
    { name: 'invoice.pdf.exe', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]), stage: 'read', code: 'unsupported-type' },
    { name: 'renamed-zip.pdf', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), stage: 'read', code: 'unsupported-type' },
    { name: 'notes.txt', bytes: Buffer.from('Seller: nobody. This is not a document we read.'), stage: 'read', code: 'unsupported-type' },
    { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), stage: 'read', code: 'corrupt' },
  ];
}
