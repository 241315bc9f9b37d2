import { AnalyzeExpenseCommand, GetExpenseAnalysisCommand, StartExpenseAnalysisCommand } from '@aws-sdk/client-textract';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SendTaskFailureCommand, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { RoutedOcr } from '../../lambdas/adapters/routed-ocr';
import { S3ObjectStore } from '../../lambdas/adapters/s3-object-store';
import { StepFunctionsTaskTokens } from '../../lambdas/adapters/step-functions-task-tokens';
import { TesseractOcr } from '../../lambdas/adapters/tesseract-ocr';
import { TextractOcr } from '../../lambdas/adapters/textract-ocr';
import type { ReadDocument } from '../../lambdas/domain/document-model';
import { parseTextractCompletion } from '../../lambdas/domain/reading/ocr/textract-completion';
import type { PipelineState } from '../../lambdas/use-cases/pipeline-state';
import { describeFailure, extractStage, readStage } from '../../lambdas/use-cases/pipeline-stages';
import { completeTextractJob, startTextractJob, textractTicketKey } from '../../lambdas/use-cases/textract-jobs';
import { localS3Client, startS3Local, type RunningS3 } from '../../local/local-servers';
import { SAMPLES_DIR } from '../support/samples';
import { FakeTextract, fixtureBytes, textractFixture } from '../support/textract-fixtures';

jest.setTimeout(120_000);

/**
 * The AWS read path with everything real except the two services that cannot run here: Tesseract decides each
 * scanned page's script, S3 is the local S3-compatible server, and Textract and the Step Functions callback
 * are replaced by recorders that replay the recorded Textract responses.
 */
const BUCKET = 'ingest';
let s3: RunningS3;
let objects: S3ObjectStore;
let client: S3Client;

beforeAll(async () => {
  s3 = await startS3Local({ directory: mkdtempSync(join(tmpdir(), 'doc-audit-textract-')), buckets: [BUCKET] });
  client = localS3Client(s3.endpoint);
  objects = new S3ObjectStore(client);
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

/** A scanned PDF: each page is only an image (no text layer), as a scanner or a phone app makes them. */
async function scannedPdf(images: Uint8Array[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  for (const image of images) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(Buffer.from(image), 0, 0, { fit: [595, 842] });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

class RecordingSfn {
  readonly sent: Array<SendTaskSuccessCommand | SendTaskFailureCommand> = [];
  async send(command: SendTaskSuccessCommand | SendTaskFailureCommand): Promise<object> {
    this.sent.push(command);
    return {};
  }
}

function pipelineState(documentId: string, key: string): PipelineState {
  return {
    documentId, tenant: 't1', bucket: BUCKET, key, file: key.split('/').pop()!, sha256: documentId, size: 1,
    receivedAt: '2026-11-28T10:00:00.000Z', completed: [], artifacts: {},
  };
}

describe('RoutedOcr: the AWS read function routes each scanned page by its script', () => {
  test('a Latin-script image is read by Textract (AnalyzeExpense); a Cyrillic scan never reaches Textract', async () => {
    // Prepare
    const textract = new FakeTextract(new Map([[AnalyzeExpenseCommand, [textractFixture('invoice-expense-response.json')]]]));
    const ocr = new RoutedOcr(new TesseractOcr(), new TextractOcr(textract.asSender()));

    // Act
    const latin = await ocr.readImage(fixtureBytes('default_invoice_1.png'));
    const cyrillic = await ocr.readImage(new Uint8Array(readFileSync(join(SAMPLES_DIR, '08-scan-ru-invoice.png'))));

    // Assess
    expect(textract.sent.map((c) => c.constructor.name)).toEqual(['AnalyzeExpenseCommand']);
    expect(latin.map((p) => p.engine)).toEqual(['textract']);
    expect(latin[0].lines.map((l) => l.text).join('\n')).toMatch(/INVOICE/i);
    expect(cyrillic.map((p) => p.engine)).toEqual(['tesseract']);
    expect(cyrillic[0].lines.map((l) => l.text).join(' ')).toMatch(/[А-Яа-я]{4,}/);
  });

  test('a scanned PDF with one English and one Russian page: each page is read by its own engine, nothing is deferred', async () => {
    // Prepare
    const russian = new Uint8Array(readFileSync(join(SAMPLES_DIR, '08-scan-ru-invoice.png')));
    const pdf = await scannedPdf([fixtureBytes('default_invoice_1.png'), russian]);
    const textract = new FakeTextract(new Map([[AnalyzeExpenseCommand, [textractFixture('invoice-expense-response.json')]]]));
    const ocr = new RoutedOcr(new TesseractOcr(), new TextractOcr(textract.asSender()));

    // Act
    const deferred = await ocr.deferPdfPages(pdf, [1, 2]);
    const pages = await ocr.readPdfPages(pdf, [1, 2]);

    // Assess
    expect(deferred).toBeUndefined();
    expect(pages.map((p) => [p.page, p.engine])).toEqual([[1, 'textract'], [2, 'tesseract']]);
    expect(textract.sent).toHaveLength(1);
  });

  test('without Textract (the local runtime) every page is Tesseract\'s', async () => {
    const pages = await new RoutedOcr(new TesseractOcr()).readImage(fixtureBytes('default_invoice_1.png'));
    expect(pages.map((p) => p.engine)).toEqual(['tesseract']);
  });
});

describe('multi-page Latin scans: an asynchronous Textract job the pipeline waits for', () => {
  test('read defers both pages, the job is started with the document id, and its completion resumes the pipeline', async () => {
    // Prepare: a two-page English scan uploaded to S3.
    const image = fixtureBytes('default_invoice_1.png');
    const pdf = await scannedPdf([image, image]);
    const documentId = '0123456789abcdef0123456789abcdef';
    const state = pipelineState(documentId, 'incoming/t1/two-page-scan.pdf');
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: state.key, Body: pdf }));
    const whole = textractFixture('analyzeExpenseResponse-multipage.json');
    const textract = new FakeTextract(new Map<Function, unknown[]>([
      [StartExpenseAnalysisCommand, [{ JobId: 'job-77' }]],
      [GetExpenseAnalysisCommand, [whole]],
    ]));
    const textractOcr = new TextractOcr(textract.asSender(), { notification: { snsTopicArn: 'arn:aws:sns:us-east-1:000000000000:t', roleArn: 'arn:aws:iam::000000000000:role/r' } });
    const sfn = new RecordingSfn();

    // Act: read → (Choice sees ocrJob) → start with a task token → SNS completion → extract.
    const read = await readStage(state, { objects, maxPages: 200, ocr: new RoutedOcr(new TesseractOcr(), textractOcr) });
    const started = await startTextractJob({ state: read, taskToken: 'token-1' }, { objects, textract: textractOcr, now: () => new Date('2026-11-28T10:00:05Z') });
    const completion = parseTextractCompletion(JSON.stringify({
      JobId: 'job-77', Status: 'SUCCEEDED', API: 'StartExpenseAnalysis', JobTag: documentId, Timestamp: 1,
      DocumentLocation: { S3ObjectName: state.key, S3Bucket: BUCKET },
    }));
    const outcome = await completeTextractJob(completion, { objects, textract: textractOcr, tasks: new StepFunctionsTaskTokens(sfn) });
    const resumed = JSON.parse((sfn.sent[0].input as { output: string }).output) as PipelineState;
    const extracted = await extractStage(resumed, { objects });

    // Assess
    expect(read.ocrJob).toEqual({ engine: 'textract', pages: [1, 2] });
    expect(read.completed).not.toContain('read');
    expect(textract.sent[0].input).toMatchObject({
      ClientRequestToken: documentId, JobTag: documentId,
      DocumentLocation: { S3Object: { Bucket: BUCKET, Name: state.key } },
    });
    expect(started).toEqual({ jobId: 'job-77' });
    expect(outcome).toBe('succeeded');
    expect(sfn.sent).toHaveLength(1);
    expect((sfn.sent[0].input as { taskToken: string }).taskToken).toBe('token-1');
    expect(resumed).toMatchObject({ pages: 2, engines: ['textract'], completed: ['read'] });
    expect(resumed.ocrJob).toBeUndefined();
    const document = await objects.getJson<ReadDocument>(BUCKET, resumed.artifacts.document!);
    expect(document.pendingOcr).toBeUndefined();
    expect(document.pages.map((p) => [p.page, p.engine])).toEqual([[1, 'textract'], [2, 'textract']]);
    expect(extracted.completed).toEqual(['read', 'extract']);
  });

  test('a failed job answers the task with a rejection RecordFailure reads as read/ocr-failed', async () => {
    // Prepare: a ticket as startTextractJob leaves it.
    const state = { ...pipelineState('fedcba9876543210fedcba9876543210', 'incoming/t1/bad-scan.pdf'), ocrJob: { engine: 'textract' as const, pages: [1, 2] } };
    await objects.putJson(BUCKET, textractTicketKey('job-failed'), { jobId: 'job-failed', taskToken: 'token-2', state, startedAt: '2026-11-28T10:00:00Z' });
    const sfn = new RecordingSfn();
    const textract = new FakeTextract(new Map());

    // Act
    const outcome = await completeTextractJob(
      parseTextractCompletion({ JobId: 'job-failed', Status: 'FAILED', API: 'StartExpenseAnalysis', DocumentLocation: { S3Bucket: BUCKET, S3ObjectName: state.key } }),
      { objects, textract: new TextractOcr(textract.asSender()), tasks: new StepFunctionsTaskTokens(sfn) },
    );
    const sent = sfn.sent[0].input as { taskToken: string; error: string; cause: string };

    // Assess: the Catch puts {Error, Cause} under $.failure; RecordFailure turns it into the record's reason.
    expect(outcome).toBe('failed');
    expect(textract.sent).toEqual([]);
    expect(sent.taskToken).toBe('token-2');
    expect(describeFailure({ ...state, failure: { Error: sent.error, Cause: sent.cause } })).toEqual({
      stage: 'read', code: 'ocr-failed', reason: expect.stringMatching(/pages 1, 2 .*job-failed ended FAILED/),
    });
  });

  test('a completion whose ticket is not there yet throws, so Lambda retries it', async () => {
    const completion = parseTextractCompletion({ JobId: 'job-unknown', Status: 'SUCCEEDED', API: 'StartExpenseAnalysis', DocumentLocation: { S3Bucket: BUCKET, S3ObjectName: 'incoming/t1/x.pdf' } });
    const sfn = new RecordingSfn();
    await expect(completeTextractJob(completion, { objects, textract: new TextractOcr(new FakeTextract(new Map()).asSender()), tasks: new StepFunctionsTaskTokens(sfn) })).rejects.toThrow();
    expect(sfn.sent).toEqual([]);
  });
});
