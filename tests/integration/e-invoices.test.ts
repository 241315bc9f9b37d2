import { join } from 'node:path';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import type { EmbeddedStack } from '../../local/embedded-stack';
import { submitDocuments, type SubmitResult } from '../../local/submit-documents';
import { startTestStack } from '../support/embedded';

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, '..', 'fixtures', 'einvoice');

/** Structured e-invoices through the whole pipeline: exact values, and a cross-check against the print. */
describe('e-invoices in the pipeline', () => {
  let stack: EmbeddedStack;
  let results: SubmitResult[];
  const record = (file: string) => results.find((r) => r.file.endsWith(file))!.record!;

  beforeAll(async () => {
    ({ stack } = await startTestStack());
    const audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName);
    const files = ['EN16931_Einfach.pdf', 'acme_invoice-42_ZUGFeRD.pdf', 'esf-export-bearings-ru.xml', 'EN16931_Einfach.ubl.xml'].map((f) => join(FIXTURES, f));
    results = await submitDocuments(files, { s3: stack.s3Client(), audit, bucket: stack.bucketName }, { tenant: 'einv', timeoutMs: 90_000 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('a Factur-X PDF is read from its embedded XML, and agrees with its print', () => {
    const r = record('EN16931_Einfach.pdf');
    expect(r).toMatchObject({ status: 'screened', engines: ['e-invoice', 'pdf-text'], invoice: { source: 'e-invoice', invoice: { number: '471102', total: 529.87, currency: 'EUR' }, crossCheck: [] } });
    expect(r.findings.filter((f) => f.kind === 'document')).toEqual([]);
  });

  test('a PDF whose embedded XML describes another invoice than the print is flagged for review', () => {
    const r = record('acme_invoice-42_ZUGFeRD.pdf');
    const mismatches = r.findings.filter((f) => f.kind === 'document');
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches[0]).toMatchObject({ list: 'E-INVOICE-CROSS-CHECK', severity: 'medium' });
    expect(r.decision).not.toBe('clear');
  });

  test('a Kazakh ESF XML export of bearings to Russia is screened from its exact values', () => {
    const r = record('esf-export-bearings-ru.xml');
    expect(r).toMatchObject({ status: 'screened', engines: ['e-invoice'], pages: 0, invoice: { source: 'e-invoice' } });
    expect(r.findings.map((f) => `${f.kind}:${f.entryId}`)).toEqual(expect.arrayContaining(['goods:8482.10', 'route:restricted-destination-RU']));
  });

  test('a plain UBL invoice XML is screened', () => {
    expect(record('EN16931_Einfach.ubl.xml')).toMatchObject({ status: 'screened', engines: ['e-invoice'], invoice: { invoice: { number: '471102' } } });
  });
});
