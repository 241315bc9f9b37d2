import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients';
import type { EmbeddedStack } from '../../local/embedded-stack';
import { submitDocuments, type SubmitResult } from '../../local/submit-documents';
import { startTestStack } from '../support/embedded';
import { SAMPLES_DIR, loadSampleTruths, sampleBytes } from '../support/samples';

jest.setTimeout(120_000);

let stack: EmbeddedStack;
let results: SubmitResult[];
const truths = loadSampleTruths();

beforeAll(async () => {
  ({ stack } = await startTestStack());
  const audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName);
  results = await submitDocuments(truths.map((t) => join(SAMPLES_DIR, t.file)), { s3: stack.s3Client(), audit, bucket: stack.bucketName }, { tenant: 'acme', timeoutMs: 90_000 });
  await stack.idle();
});

afterAll(async () => {
  await stack?.stop();
});

describe('every sample, uploaded through the S3 API, ends in a terminal audit record', () => {
  test.each(truths.map((t) => [t.file, t] as const))('%s', (file, truth) => {
    const record = results.find((r) => r.file.endsWith(file))!.record!;
    expect(record).toBeDefined();
    expect(record).toMatchObject({
      tenant: 'acme',
      file,
      key: `incoming/acme/${file}`,
      sha256: createHash('sha256').update(sampleBytes(file)).digest('hex'),
      status: truth.expectedStatus ?? 'screened',
    });
    expect(record.documentId).toBe(record.sha256.slice(0, 32));
    expect(new Date(record.createdAt).toISOString()).toBe(record.createdAt);
    if (truth.expectedStatus === 'failed') {
      expect(record.failure).toMatchObject({ stage: truth.expectedFailureStage });
      return;
    }
    if (file.endsWith('.png')) expect(record.engines).toEqual(['tesseract']);
    expect(record.decision).toBe(truth.expectedDecision);
    expect(record.invoice?.parties.map((p) => p.name)).toEqual(expect.arrayContaining(truth.parties!.map((p) => p.name)));
    const found = record.findings.map((f) => ({ kind: f.kind, list: f.list, entryId: f.entryId }));
    for (const expected of truth.expectedFindings ?? []) {
      if (expected.kind === 'route') {
        const destination = found.find((f) => f.kind === 'route' && f.entryId.endsWith(`-destination-${expected.entryId}`));
        expect({ expected, destination }).toEqual({ expected, destination: expect.objectContaining({ list: 'RED-FLAGS' }) });
      } else {
        expect(found).toContainEqual(expected);
      }
    }
    expect(Object.keys(record.listVersions)).toEqual(expect.arrayContaining(['CHPL', 'OFAC-SDN', 'OFAC-CONS', 'UN-SC', 'UK-OFSI', 'BIS-DPL', 'RED-FLAGS']));
    for (const finding of record.findings) {
      expect(finding.listVersion).toBe(record.listVersions[finding.list]);
      expect(finding.evidence.page).toBe(1);
      expect(finding.evidence.text.length).toBeGreaterThan(0);
      expect(finding.reason.length).toBeGreaterThan(10);
    }
  });

  test('the SDN buyer and the CHPL bearings are findings with the list entry, tier and evidence', () => {
    const sdn = results.find((r) => r.file.endsWith('02-kz-en-sdn-buyer-to-ru.pdf'))!.record!;
    const bearings = results.find((r) => r.file.endsWith('01-kz-ru-bearings-to-ru.pdf'))!.record!;
    expect(sdn.findings).toContainEqual(expect.objectContaining({
      kind: 'party', list: 'OFAC-SDN', entryId: 'SDN-39164', severity: 'critical', programs: ['RUSSIA-EO14024'],
      evidence: expect.objectContaining({ text: expect.stringContaining('KROKUS NANOELEKTRONIKA') }),
    }));
    expect(bearings.findings).toContainEqual(expect.objectContaining({
      kind: 'goods', list: 'CHPL', entryId: '8482.10', tier: '3.B',
      evidence: expect.objectContaining({ text: expect.stringContaining('6205-2RS') }),
    }));
  });

  test('one Step Functions execution per document, named after tenant and document id', () => {
    const names = [...stack.stepFunctions.executions.keys()].sort();
    expect(names).toEqual(results.map((r) => `acme-${r.record!.documentId}`).sort());
    expect([...stack.stepFunctions.executions.values()].every((e) => e.status === 'SUCCEEDED')).toBe(true);
  });
});
