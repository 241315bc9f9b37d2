import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import { S3ObjectStore } from '../../lambdas/adapters/s3-object-store';
import type { AuditRecord } from '../../lambdas/domain/audit-record';
import type { EmbeddedStack } from '../../local/embedded-stack';
import { startTestStack } from '../support/embedded';
import { SAMPLES_DIR } from '../support/samples';

jest.setTimeout(60_000);

let stack: EmbeddedStack;
beforeAll(async () => {
  ({ stack } = await startTestStack());
});
afterAll(async () => {
  await stack?.stop();
});

const sha256 = (data: Buffer | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('S3 adapter against the local S3-compatible server', () => {
  test('a streamed upload through the current SDK round-trips byte for byte (sha256 in = sha256 stored)', async () => {
    // Prepare: a stream body is what triggers aws-chunked encoding, which some emulators store raw.
    const file = join(SAMPLES_DIR, '08-scan-ru-invoice.png');
    const s3 = stack.s3Client();

    // Act
    await s3.send(new PutObjectCommand({ Bucket: stack.bucketName, Key: 'incoming/rt/scan.png', Body: createReadStream(file), ContentLength: statSync(file).size }));
    const stored = await (await s3.send(new GetObjectCommand({ Bucket: stack.bucketName, Key: 'incoming/rt/scan.png' }))).Body!.transformToByteArray();
    const streamedHash = await new S3ObjectStore(s3).sha256(stack.bucketName, 'incoming/rt/scan.png');
    s3.destroy();

    // Assess
    const original = readFileSync(file);
    expect(sha256(stored)).toBe(sha256(original));
    expect(streamedHash).toBe(sha256(original));
  });

  test('head of a missing object is a typed ObjectMissingError', async () => {
    const store = new S3ObjectStore(stack.s3Client());
    await expect(store.head(stack.bucketName, 'incoming/rt/nothing.pdf')).rejects.toMatchObject({ name: 'ObjectMissingError' });
  });

  test('JSON artefacts round-trip, including non-Latin text', async () => {
    const store = new S3ObjectStore(stack.s3Client());
    const value = { text: 'Сатушы «Қостанай Астық» 卖方', n: 1.5 };
    await store.putJson(stack.bucketName, 'artifacts/rt/x.json', value);
    expect(await store.getJson(stack.bucketName, 'artifacts/rt/x.json')).toEqual(value);
  });
});

describe('DynamoDB audit repository against DynamoDB Local', () => {
  const record = (over: Partial<AuditRecord> = {}): AuditRecord => ({
    documentId: 'doc1', tenant: 'repo', file: 'a.pdf', bucket: 'b', key: 'incoming/repo/a.pdf', sha256: 'abc', size: 3,
    status: 'received', findings: [], listVersions: {}, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...over,
  });
  let repo: DynamoDbAuditRepository;
  beforeAll(() => {
    repo = new DynamoDbAuditRepository(DynamoDBDocumentClient.from(stack.dynamoDbClient(), { marshallOptions: { removeUndefinedValues: true } }), stack.tableName);
  });

  test('claim is conditional: the second claim returns the existing record', async () => {
    expect(await repo.claim(record())).toEqual({ claimed: true });
    expect(await repo.claim(record({ file: 'other.pdf' }))).toEqual({ claimed: false, existing: record() });
  });

  test('a screened record is never overwritten by a failure, and a retried identical outcome is accepted', async () => {
    expect(await repo.writeTerminal(record({ status: 'screened', decision: 'clear' }))).toBe(true);
    expect(await repo.writeTerminal(record({ status: 'screened', decision: 'clear' }))).toBe(true);
    expect(await repo.writeTerminal(record({ status: 'failed', failure: { stage: 'read', code: 'x', reason: 'y' } }))).toBe(false);
    expect((await repo.get('repo', 'doc1'))?.status).toBe('screened');
  });

  test('records are partitioned by tenant', async () => {
    await repo.claim(record({ tenant: 'other-tenant', documentId: 'doc2' }));
    expect((await repo.listByTenant('repo')).map((r) => r.documentId)).toEqual(['doc1']);
    expect(await repo.get('other-tenant', 'doc1')).toBeUndefined();
  });
});
