import {
  AnalyzeExpenseCommand,
  DetectDocumentTextCommand,
  GetExpenseAnalysisCommand,
  StartExpenseAnalysisCommand,
  type AnalyzeExpenseCommandOutput,
  type DetectDocumentTextCommandOutput,
  type Document,
  type GetExpenseAnalysisCommandOutput,
  type StartExpenseAnalysisCommandOutput,
} from '@aws-sdk/client-textract';
import { requireString } from '../config';
import type { DocumentPage } from '../domain/document-model';
import { readImageDimensions } from '../domain/reading/ocr/image-dimensions';
import { textractJobKey } from '../domain/reading/ocr/textract-completion';
import { normalizeTextractBlocks, normalizeTextractExpense, type ExpenseFields, type TextractNormalizeOptions } from '../domain/reading/ocr/textract-normalizer';

/**
 * Amazon Textract behind the normalised model. The client is injected (a TextractClient on AWS, a fake that
 * replays recorded responses in tests); only the four calls the pipeline needs are used.
 */
export interface TextractSender {
  send(command: AnalyzeExpenseCommand): Promise<AnalyzeExpenseCommandOutput>;
  send(command: DetectDocumentTextCommand): Promise<DetectDocumentTextCommandOutput>;
  send(command: StartExpenseAnalysisCommand): Promise<StartExpenseAnalysisCommandOutput>;
  send(command: GetExpenseAnalysisCommand): Promise<GetExpenseAnalysisCommandOutput>;
}

/** Service limits (Textract developer guide, "Set quotas" and API_Document). */
export const TEXTRACT_LIMITS = {
  /** Document.Bytes on a synchronous call. */
  maxSyncBytes: 5 * 1024 * 1024,
  /** Document.S3Object on a synchronous call (one page). */
  maxSyncS3Bytes: 10 * 1024 * 1024,
  /** Pixels on any side of an image. */
  maxImageSide: 10_000,
  /** GetExpenseAnalysis MaxResults (also the default). */
  maxResults: 20,
} as const;

export const TEXTRACT_ENV = { snsTopicArn: 'TEXTRACT_SNS_TOPIC_ARN', roleArn: 'TEXTRACT_ROLE_ARN' } as const;

/** A document Textract would refuse: the caller should take the other path (S3/async, or Tesseract). */
export class TextractLimitError extends Error {
  override readonly name = 'TextractLimitError';
}

/** The job ended FAILED (or its status is unknown); StatusMessage says why. Retrying the same job will not help. */
export class TextractJobFailedError extends Error {
  override readonly name = 'TextractJobFailedError';
}

export type TextractSource = { bytes: Uint8Array } | { s3: S3Location; size?: number };

export interface S3Location {
  bucket: string;
  key: string;
  version?: string;
}

export interface TextractNotification {
  snsTopicArn: string;
  roleArn: string;
}

export function textractNotificationFromEnv(env: Record<string, string | undefined> = process.env): TextractNotification {
  return { snsTopicArn: requireString(env, TEXTRACT_ENV.snsTopicArn), roleArn: requireString(env, TEXTRACT_ENV.roleArn) };
}

export interface ExpenseReading {
  pages: DocumentPage[];
  expenses: ExpenseFields[];
}

export type ExpenseJobResult =
  | { status: 'IN_PROGRESS' }
  | ({ status: 'SUCCEEDED' | 'PARTIAL_SUCCESS'; warnings: string[] } & ExpenseReading);

export interface TextractOcrOptions {
  /** Required for startExpenseAnalysis: where Textract publishes the completion. */
  notification?: TextractNotification;
  /** Optional: keep the raw job output in S3 beyond Textract's own 7 days. */
  outputConfig?: { bucket: string; prefix?: string };
  /** Upper bound on GetExpenseAnalysis pages fetched for one job (a guard against a token loop). */
  maxResultPages?: number;
}

export class TextractOcr {
  constructor(
    private readonly client: TextractSender,
    private readonly options: TextractOcrOptions = {},
  ) {}

  /** Synchronous AnalyzeExpense of one page. Textract reads English only here: route other scripts elsewhere. */
  async analyzeExpense(source: TextractSource): Promise<ExpenseReading> {
    const document = toDocument(source);
    const response = await this.client.send(new AnalyzeExpenseCommand({ Document: document }));
    return normalizeTextractExpense(response, sizeOf(source));
  }

  /** Synchronous DetectDocumentText of one page: lines and words only. */
  async detectText(source: TextractSource): Promise<DocumentPage[]> {
    const document = toDocument(source);
    const response = await this.client.send(new DetectDocumentTextCommand({ Document: document }));
    return normalizeTextractBlocks(response, sizeOf(source));
  }

  /**
   * Starts the asynchronous expense analysis of a multi-page document in S3. The document id (or its stable
   * hash) is both ClientRequestToken — a retried start returns the same JobId and starts nothing — and
   * JobTag, which comes back in the SNS completion to say which document finished.
   */
  async startExpenseAnalysis(input: { location: S3Location; documentId: string }): Promise<{ jobId: string; jobKey: string }> {
    const notification = this.options.notification;
    if (!notification) throw new Error('startExpenseAnalysis needs a notification channel (TEXTRACT_SNS_TOPIC_ARN, TEXTRACT_ROLE_ARN)');
    const jobKey = textractJobKey(input.documentId);
    const response = await this.client.send(
      new StartExpenseAnalysisCommand({
        DocumentLocation: { S3Object: s3Object(input.location) },
        ClientRequestToken: jobKey,
        JobTag: jobKey,
        NotificationChannel: { SNSTopicArn: notification.snsTopicArn, RoleArn: notification.roleArn },
        ...(this.options.outputConfig ? { OutputConfig: { S3Bucket: this.options.outputConfig.bucket, S3Prefix: this.options.outputConfig.prefix } } : {}),
      }),
    );
    if (!response.JobId) throw new Error('StartExpenseAnalysis returned no JobId');
    return { jobId: response.JobId, jobKey };
  }

  /** Fetches every result page of a finished job (NextToken) and normalises them together. */
  async getExpenseAnalysis(jobId: string): Promise<ExpenseJobResult> {
    const responses: GetExpenseAnalysisCommandOutput[] = [];
    const maxPages = this.options.maxResultPages ?? 1000;
    let nextToken: string | undefined;
    do {
      const response = await this.client.send(new GetExpenseAnalysisCommand({ JobId: jobId, MaxResults: TEXTRACT_LIMITS.maxResults, NextToken: nextToken }));
      if (response.JobStatus === 'IN_PROGRESS') return { status: 'IN_PROGRESS' };
      if (response.JobStatus !== 'SUCCEEDED' && response.JobStatus !== 'PARTIAL_SUCCESS') {
        throw new TextractJobFailedError(`Textract job ${jobId} ended ${response.JobStatus ?? 'without a status'}: ${response.StatusMessage ?? 'no message'}`);
      }
      responses.push(response);
      nextToken = response.NextToken;
    } while (nextToken && responses.length < maxPages);
    if (nextToken) throw new Error(`Textract job ${jobId} returned more than ${maxPages} result pages`);
    const warnings = responses.flatMap((r) => (r.Warnings ?? []).map((w) => `${w.ErrorCode ?? 'warning'} on pages ${(w.Pages ?? []).join(', ')}`));
    return { status: responses[responses.length - 1].JobStatus as 'SUCCEEDED' | 'PARTIAL_SUCCESS', warnings, ...normalizeTextractExpense(responses) };
  }
}

/** Checks the synchronous limits before paying for a call Textract would refuse. */
function toDocument(source: TextractSource): Document {
  if ('s3' in source) {
    if (source.size !== undefined && source.size > TEXTRACT_LIMITS.maxSyncS3Bytes) {
      throw new TextractLimitError(`the document is ${source.size} bytes; synchronous Textract takes at most ${TEXTRACT_LIMITS.maxSyncS3Bytes} from S3`);
    }
    return { S3Object: s3Object(source.s3) };
  }
  if (source.bytes.length > TEXTRACT_LIMITS.maxSyncBytes) {
    throw new TextractLimitError(`the document is ${source.bytes.length} bytes; synchronous Textract takes at most ${TEXTRACT_LIMITS.maxSyncBytes} as bytes`);
  }
  const image = readImageDimensions(source.bytes);
  const side = image ? Math.max(...image.pages.map((p) => Math.max(p.width, p.height))) : 0;
  if (side > TEXTRACT_LIMITS.maxImageSide) {
    throw new TextractLimitError(`the image is ${side} px on its longest side; Textract takes at most ${TEXTRACT_LIMITS.maxImageSide}`);
  }
  if (image && image.pages.length > 1) throw new TextractLimitError(`the TIFF has ${image.pages.length} pages; synchronous Textract reads one`);
  return { Bytes: source.bytes };
}

function s3Object(location: S3Location): { Bucket: string; Name: string; Version?: string } {
  return { Bucket: location.bucket, Name: location.key, ...(location.version ? { Version: location.version } : {}) };
}

/** Pixel size from the image header, so pages read from images carry their real size. */
function sizeOf(source: TextractSource): TextractNormalizeOptions {
  if (!('bytes' in source)) return {};
  const image = readImageDimensions(source.bytes);
  return image ? { pageSize: (page) => image.pages[page - 1] } : {};
}
