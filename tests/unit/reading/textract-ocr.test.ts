import {
  AnalyzeExpenseCommand,
  DetectDocumentTextCommand,
  GetExpenseAnalysisCommand,
  StartExpenseAnalysisCommand,
  type GetExpenseAnalysisCommandOutput,
} from '@aws-sdk/client-textract';
import {
  TextractJobFailedError,
  TextractLimitError,
  TextractOcr,
  textractNotificationFromEnv,
} from '../../../lambdas/adapters/textract-ocr';
import { ConfigError } from '../../../lambdas/config';
import { parseTextractCompletion, textractJobKey } from '../../../lambdas/domain/reading/ocr/textract-completion';
import { FakeTextract, fixtureBytes, textractFixture } from '../../support/textract-fixtures';

const notification = { snsTopicArn: 'arn:aws:sns:eu-central-1:111122223333:AmazonTextractDocAudit', roleArn: 'arn:aws:iam::111122223333:role/TextractPublish' };

describe('TextractOcr (sync calls) with recorded responses', () => {
  test('analyzeExpense sends the image bytes and returns pages sized from the PNG header plus the expense fields', async () => {
    // Prepare: the invoice image and the response Textract gave for it.
    const image = fixtureBytes('default_invoice_1.png');
    const fake = new FakeTextract(new Map([[AnalyzeExpenseCommand, [textractFixture('invoice-expense-response.json')]]]));

    // Act
    const result = await new TextractOcr(fake.asSender()).analyzeExpense({ bytes: image });

    // Assess
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toBeInstanceOf(AnalyzeExpenseCommand);
    expect(fake.sent[0].input).toEqual({ Document: { Bytes: image } });
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]).toMatchObject({ engine: 'textract', width: 2550, height: 3300 });
    expect(result.expenses[0].summary.find((f) => f.type === 'TOTAL')?.value.text).toBe('$6231.09');
  });

  test('detectText from S3 names the object (and its version) instead of sending bytes', async () => {
    // Prepare
    const fake = new FakeTextract(new Map([[DetectDocumentTextCommand, [textractFixture('test_detect_document_text.json')]]]));

    // Act
    const pages = await new TextractOcr(fake.asSender()).detectText({ s3: { bucket: 'ingest', key: 'incoming/t1/scan.png', version: 'v7' }, size: 451_642 });

    // Assess
    expect(fake.sent[0].input).toEqual({ Document: { S3Object: { Bucket: 'ingest', Name: 'incoming/t1/scan.png', Version: 'v7' } } });
    expect(pages[0].lines[0].text).toBe('Textractor Test');
  });

  test('bytes over 5 MB are refused before any call (Textract takes at most 5 MB as bytes)', async () => {
    // Prepare
    const fake = new FakeTextract(new Map());
    const tooBig = new Uint8Array(5 * 1024 * 1024 + 1);

    // Act
    const call = new TextractOcr(fake.asSender()).analyzeExpense({ bytes: tooBig });

    // Assess
    await expect(call).rejects.toBeInstanceOf(TextractLimitError);
    expect(fake.sent).toHaveLength(0);
  });

  test('an S3 document over 10 MB is refused for the synchronous call', async () => {
    // Prepare
    const fake = new FakeTextract(new Map());

    // Act
    const call = new TextractOcr(fake.asSender()).analyzeExpense({ s3: { bucket: 'b', key: 'k' }, size: 10 * 1024 * 1024 + 1 });

    // Assess
    await expect(call).rejects.toThrow(/at most 10485760 from S3/);
    expect(fake.sent).toHaveLength(0);
  });

  test('an image wider than 10 000 px is refused from its header alone', async () => {
    // Prepare: a PNG signature and IHDR for 12 000 × 800 px, no pixel data.
    const header = pngHeader(12_000, 800);
    const fake = new FakeTextract(new Map());

    // Act
    const call = new TextractOcr(fake.asSender()).detectText({ bytes: header });

    // Assess
    await expect(call).rejects.toThrow(/12000 px on its longest side/);
    expect(fake.sent).toHaveLength(0);
  });
});

describe('TextractOcr (asynchronous expense analysis)', () => {
  test('startExpenseAnalysis uses the document id as ClientRequestToken and JobTag, and the SNS channel from the environment', async () => {
    // Prepare
    const env = { TEXTRACT_SNS_TOPIC_ARN: notification.snsTopicArn, TEXTRACT_ROLE_ARN: notification.roleArn };
    const fake = new FakeTextract(new Map([[StartExpenseAnalysisCommand, [{ JobId: 'job-42', $metadata: {} }]]]));
    const ocr = new TextractOcr(fake.asSender(), { notification: textractNotificationFromEnv(env) });

    // Act
    const started = await ocr.startExpenseAnalysis({ location: { bucket: 'ingest', key: 'incoming/t1/inv.pdf', version: 'v1' }, documentId: '3f2a9c0d1e4b5a6978877665544332211' });

    // Assess
    expect(started).toEqual({ jobId: 'job-42', jobKey: '3f2a9c0d1e4b5a6978877665544332211' });
    expect(fake.sent[0].input).toEqual({
      DocumentLocation: { S3Object: { Bucket: 'ingest', Name: 'incoming/t1/inv.pdf', Version: 'v1' } },
      ClientRequestToken: '3f2a9c0d1e4b5a6978877665544332211',
      JobTag: '3f2a9c0d1e4b5a6978877665544332211',
      NotificationChannel: { SNSTopicArn: notification.snsTopicArn, RoleArn: notification.roleArn },
    });
  });

  test('a document id Textract would not accept as a token becomes a stable hash (same id, same token)', () => {
    // Prepare
    const id = 'tenant/acme:2025 invoice #7';

    // Act
    const key = textractJobKey(id);

    // Assess
    expect(key).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(textractJobKey(id)).toBe(key);
    expect(textractJobKey('other')).not.toBe(key);
  });

  test('without TEXTRACT_SNS_TOPIC_ARN the configuration fails naming the variable', () => {
    expect(() => textractNotificationFromEnv({ TEXTRACT_ROLE_ARN: notification.roleArn })).toThrow(ConfigError);
    expect(() => textractNotificationFromEnv({ TEXTRACT_ROLE_ARN: notification.roleArn })).toThrow(/TEXTRACT_SNS_TOPIC_ARN/);
  });

  test('getExpenseAnalysis follows NextToken until the last page and normalises all pages together', async () => {
    // Prepare: the recorded 2-invoice job, returned as two result pages.
    const whole = textractFixture<GetExpenseAnalysisCommandOutput>('analyzeExpenseResponse-multipage.json');
    const [first, second] = whole.ExpenseDocuments!;
    const fake = new FakeTextract(
      new Map([[GetExpenseAnalysisCommand, [{ ...whole, ExpenseDocuments: [first], NextToken: 'page-2' }, { ...whole, ExpenseDocuments: [second] }]]]),
    );

    // Act
    const result = await new TextractOcr(fake.asSender()).getExpenseAnalysis('job-42');

    // Assess
    expect(fake.sent.map((c) => c.input)).toEqual([
      { JobId: 'job-42', MaxResults: 20, NextToken: undefined },
      { JobId: 'job-42', MaxResults: 20, NextToken: 'page-2' },
    ]);
    expect(result.status).toBe('SUCCEEDED');
    if (result.status === 'IN_PROGRESS') throw new Error('unreachable');
    expect(result.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(result.expenses.map((e) => e.index)).toEqual([1, 2]);
  });

  test('a job still running is reported as IN_PROGRESS, not as an empty result', async () => {
    // Prepare
    const fake = new FakeTextract(new Map([[GetExpenseAnalysisCommand, [textractFixture('test-inprogress-response.json')]]]));

    // Act
    const result = await new TextractOcr(fake.asSender()).getExpenseAnalysis('job-1');

    // Assess
    expect(result).toEqual({ status: 'IN_PROGRESS' });
  });

  test('a FAILED job throws with Textract\'s status message', async () => {
    // Prepare
    const fake = new FakeTextract(new Map([[GetExpenseAnalysisCommand, [textractFixture('test-failed-response.json')]]]));

    // Act
    const error = await new TextractOcr(fake.asSender()).getExpenseAnalysis('job-1').catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(TextractJobFailedError);
    expect((error as Error).message).toMatch(/job-1 ended FAILED: Dummy/);
  });
});

describe('parseTextractCompletion (the SNS message Textract publishes)', () => {
  const payload = {
    JobId: '8ef1f3b5e2a7bb2c0ee8d7d9d6f0f6b2e0b7c39d5a9f7a3c2f1e0d9c8b7a6f5e',
    Status: 'SUCCEEDED',
    API: 'StartExpenseAnalysis',
    JobTag: '3f2a9c0d1e4b5a6978877665544332211',
    Timestamp: 1741953600000,
    DocumentLocation: { S3ObjectName: 'incoming/t1/inv.pdf', S3Bucket: 'ingest' },
  };

  test('the Message string gives job, status, tag and document location', () => {
    expect(parseTextractCompletion(JSON.stringify(payload))).toEqual({
      jobId: payload.JobId,
      status: 'SUCCEEDED',
      api: 'StartExpenseAnalysis',
      jobTag: payload.JobTag,
      timestamp: 1741953600000,
      bucket: 'ingest',
      key: 'incoming/t1/inv.pdf',
    });
  });

  test('an SNS envelope delivered through SQS is unwrapped', () => {
    const envelope = JSON.stringify({ Type: 'Notification', MessageId: 'm-1', TopicArn: notification.snsTopicArn, Message: JSON.stringify(payload) });
    expect(parseTextractCompletion(envelope).jobTag).toBe(payload.JobTag);
  });

  test('a message without JobId or with an unknown status is malformed', () => {
    expect(() => parseTextractCompletion('not json')).toThrow(/not JSON/);
    expect(() => parseTextractCompletion({ ...payload, Status: 'DONE' })).toThrow(/no known Status/);
  });
});

function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 0, 0, 0, 0], 24);
  return bytes;
}
