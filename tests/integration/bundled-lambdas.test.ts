import { join } from 'node:path';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import { EmbeddedStack } from '../../local/embedded-stack';
import { submitDocuments } from '../../local/submit-documents';
import { SAMPLES_DIR } from '../support/samples';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

jest.setTimeout(180_000);

/**
 * The artefacts `cdk synth` bundles with esbuild (CommonJS, pdf.js inlined, list data copied next to the
 * handler) are what Lambda runs. Here they run on the local servers through the same state machine.
 */
describe('the bundled Lambda code', () => {
  let stack: EmbeddedStack;
  afterAll(async () => {
    await stack?.stop();
  });

  test('reads, extracts, screens and records a sample exactly as the TypeScript sources do', async () => {
    // Prepare
    stack = await EmbeddedStack.start({
      dataDir: mkdtempSync(join(tmpdir(), 'doc-audit-bundled-')),
      dynamodbEndpoint: process.env.DOC_AUDIT_TEST_DYNAMODB_ENDPOINT,
      namePrefix: 'bundled-',
      timeScale: 0.0002,
      bundled: true,
    });
    const audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName);

    // Act
    const [result] = await submitDocuments([join(SAMPLES_DIR, '05-kz-ru-chips-sdn-cyrillic.pdf')], { s3: stack.s3Client(), audit, bucket: stack.bucketName }, { tenant: 'bundled', timeoutMs: 60_000 });

    // Assess
    expect(stack.wiring.functions.every((f) => f.entry.endsWith('/index.js'))).toBe(true);
    expect(result.record).toMatchObject({ status: 'screened', decision: 'block', pages: 1, engines: ['pdf-text'] });
    expect(result.record!.findings.map((f) => f.entryId)).toEqual(expect.arrayContaining(['SDN-39164', '8542.31']));
  });
});
