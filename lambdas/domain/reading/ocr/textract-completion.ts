import { createHash } from 'node:crypto';

/**
 * Textract's asynchronous jobs report completion through SNS. The payload (the SNS `Message` string) is
 * `{ JobId, Status, API, JobTag, Timestamp, DocumentLocation: { S3ObjectName, S3Bucket } }`.
 */
export interface TextractCompletion {
  jobId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'PARTIAL_SUCCESS';
  api: string;
  /** What we passed as JobTag at start: the job key of the document (textractJobKey). */
  jobTag?: string;
  timestamp?: number;
  bucket?: string;
  key?: string;
}

export class MalformedCompletionError extends Error {
  override readonly name = 'MalformedCompletionError';
}

const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'ERROR', 'PARTIAL_SUCCESS']);

/** Accepts the SNS Message string, the parsed object, or an SQS body wrapping the SNS envelope. */
export function parseTextractCompletion(message: string | Record<string, unknown>): TextractCompletion {
  let value: unknown = message;
  try {
    if (typeof value === 'string') value = JSON.parse(value);
    const envelope = value as { Type?: string; Message?: unknown };
    if (envelope && envelope.Type === 'Notification' && typeof envelope.Message === 'string') value = JSON.parse(envelope.Message);
  } catch {
    throw new MalformedCompletionError('the Textract completion message is not JSON');
  }
  const body = value as Record<string, unknown>;
  if (!body || typeof body.JobId !== 'string' || typeof body.Status !== 'string' || !STATUSES.has(body.Status)) {
    throw new MalformedCompletionError('the Textract completion message has no JobId or no known Status');
  }
  const location = (body.DocumentLocation ?? {}) as Record<string, unknown>;
  const completion: TextractCompletion = { jobId: body.JobId, status: body.Status as TextractCompletion['status'], api: String(body.API ?? '') };
  if (typeof body.JobTag === 'string') completion.jobTag = body.JobTag;
  if (typeof body.Timestamp === 'number') completion.timestamp = body.Timestamp;
  if (typeof location.S3Bucket === 'string') completion.bucket = location.S3Bucket;
  if (typeof location.S3ObjectName === 'string') completion.key = location.S3ObjectName;
  return completion;
}

/**
 * ClientRequestToken allows `[a-zA-Z0-9-_]{1,64}` and JobTag `[a-zA-Z0-9_.\-:]{1,64}`. The document id is used
 * as is when it fits both (the pipeline's ids are 32 hex characters), so the SNS JobTag maps straight back to
 * the document; anything else becomes a stable hash, so a retried start is still idempotent.
 */
export function textractJobKey(documentId: string): string {
  if (/^[a-zA-Z0-9_-]{1,64}$/.test(documentId)) return documentId;
  return `h-${createHash('sha256').update(documentId).digest('hex').slice(0, 62)}`;
}
