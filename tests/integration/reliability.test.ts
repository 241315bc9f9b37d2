import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import { readDeadLetters, type EmbeddedStack } from '../../local/embedded-stack';
import { encodeS3EventKey } from '../../local/s3-notification-bridge';
import { startTestStack } from '../support/embedded';
import { makeBadInputs } from '../support/bad-inputs';
import { sampleBytes } from '../support/samples';

jest.setTimeout(120_000);

let stack: EmbeddedStack;
let dataDir: string;
let audit: DynamoDbAuditRepository;
const ROOT = join(__dirname, '..', '..');

beforeAll(async () => {
  ({ stack, dataDir } = await startTestStack());
  audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName);
});

afterAll(async () => {
  await stack?.stop();
});

const upload = async (key: string, body: Uint8Array) => {
  const s3 = stack.s3Client();
  const put = await s3.send(new PutObjectCommand({ Bucket: stack.bucketName, Key: key, Body: body }));
  s3.destroy();
  return put;
};

const s3EventBody = (key: string, size: number) => JSON.stringify({
  Records: [{
    eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: new Date().toISOString(), eventName: 'ObjectCreated:Put',
    s3: { s3SchemaVersion: '1.0', bucket: { name: stack.bucketName, arn: `arn:aws:s3:::${stack.bucketName}` }, object: { key: encodeS3EventKey(key), size, eTag: 'x', sequencer: '1' } },
  }],
});

describe('idempotency', () => {
  test('the same S3 event delivered three times yields one audit record and one execution', async () => {
    // Prepare
    const bytes = sampleBytes('03-kz-kk-clean-to-de.pdf');
    const key = 'incoming/tenant-a/Шот-фактура 031.pdf';
    await upload(key, bytes);
    await stack.idle();
    const executionsBefore = stack.stepFunctions.executions.size;

    // Act
    for (let i = 0; i < 3; i++) stack.ingestQueue.send(s3EventBody(key, bytes.length));
    await stack.idle();

    // Assess
    const records = await audit.listByTenant('tenant-a');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'screened', key, file: 'Шот-фактура 031.pdf', decision: 'clear' });
    expect(stack.stepFunctions.executions.size).toBe(executionsBefore);
    expect([...stack.stepFunctions.executions.keys()].filter((n) => n.startsWith('tenant-a-'))).toHaveLength(1);
  });

  test('the same file uploaded twice under two names is one document', async () => {
    // Prepare
    const bytes = sampleBytes('04-kz-zh-copper-to-cn.pdf');

    // Act
    await upload('incoming/tenant-b/invoice.pdf', bytes);
    await upload('incoming/tenant-b/invoice (1).pdf', bytes);
    await stack.idle();

    // Assess
    const records = await audit.listByTenant('tenant-b');
    expect(records).toHaveLength(1);
    expect(records[0].sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect([...stack.stepFunctions.executions.keys()].filter((n) => n.startsWith('tenant-b-'))).toHaveLength(1);
  });

  test('tenants are isolated: the same bytes uploaded by two tenants are two records, each in its own partition', async () => {
    const bytes = sampleBytes('06-kz-en-pumps-to-ir.pdf');
    await upload('incoming/tenant-c/a.pdf', bytes);
    await upload('incoming/tenant-d/a.pdf', bytes);
    await stack.idle();
    const [c, d] = await Promise.all([audit.listByTenant('tenant-c'), audit.listByTenant('tenant-d')]);
    expect(c.map((r) => r.tenant)).toEqual(['tenant-c']);
    expect(d.map((r) => r.tenant)).toEqual(['tenant-d']);
  });
});

describe('bad input ends in a failed audit record with the stage and a clear reason', () => {
  test('a corpus of broken and hostile files', async () => {
    // Prepare
    const inputs = await makeBadInputs();

    // Act
    for (const input of inputs) await upload(`incoming/bad/${input.name}`, input.bytes);
    await stack.idle();

    // Assess
    const records = await audit.listByTenant('bad');
    const outcome = Object.fromEntries(records.map((r) => [r.file, r.status === 'failed' ? `failed ${r.failure?.stage}/${r.failure?.code}` : r.status]));
    expect(outcome).toEqual(Object.fromEntries(inputs.map((i) => [i.name, i.stage === 'none' ? i.code : `failed ${i.stage}/${i.code}`])));
    expect(inputs.length).toBeGreaterThanOrEqual(30);
    for (const record of records.filter((r) => r.status === 'failed')) expect(record.failure!.reason.length).toBeGreaterThan(10);
    expect(stack.deadLetterQueue.depth).toBe(0);
  });

  test('an upload outside incoming/<tenant>/ is recorded as invalid-key under the "unassigned" tenant', async () => {
    await upload('incoming/Not A Tenant!/x.pdf', sampleBytes('01-kz-ru-bearings-to-ru.pdf'));
    await stack.idle();
    const [record] = await audit.listByTenant('unassigned');
    expect(record).toMatchObject({ status: 'failed', failure: { stage: 'intake', code: 'invalid-key' } });
  });
});

describe('poison messages', () => {
  test('the s3:TestEvent sent when notifications are configured is acknowledged, not dead-lettered', () => {
    expect(readDeadLetters(dataDir).filter((d) => d.body.includes('TestEvent'))).toEqual([]);
  });

  test('a message that is not an S3 event ends in the DLQ after maxReceiveCount receives and `doc-audit dlq` lists it', async () => {
    // Act
    stack.ingestQueue.send('{"this is": "not an s3 event"}');
    const deadline = Date.now() + 10_000;
    while (stack.deadLetterQueue.depth === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    // Assess
    expect(stack.deadLetterQueue.peek()).toEqual([expect.objectContaining({ body: '{"this is": "not an s3 event"}', receiveCount: 3 })]);
    const { stdout } = await promisify(execFile)('node', [join(ROOT, 'bin', 'doc-audit.js'), 'dlq', '--json', '--data-dir', dataDir], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ body: '{"this is": "not an s3 event"}', receiveCount: 3 })]);
  });
});
