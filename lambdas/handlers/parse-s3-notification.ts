import type { S3Event } from 'aws-lambda';
import { MalformedEventError } from '../domain/errors';
import type { UploadedObject } from '../use-cases/accept-upload';

/**
 * Reads the body of an S3 → SQS message. Real S3 URL-encodes object keys in events (space → "+"),
 * and sends one `s3:TestEvent` when the notification is configured, which carries no upload.
 */
export function parseS3Notification(body: string): UploadedObject[] {
  let parsed: Partial<S3Event> & { Event?: string };
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new MalformedEventError(`message body is not JSON: ${body.slice(0, 80)}`);
  }
  if (parsed.Event === 's3:TestEvent') return [];
  if (!Array.isArray(parsed.Records)) throw new MalformedEventError('message body has no S3 Records');
  return parsed.Records.filter((r) => r.eventName?.startsWith('ObjectCreated:')).map((r) => {
    const key = r.s3?.object?.key;
    const bucket = r.s3?.bucket?.name;
    if (!key || !bucket) throw new MalformedEventError('S3 record without bucket name or object key');
    return {
      bucket,
      key: decodeURIComponent(key.replace(/\+/g, ' ')),
      size: r.s3.object.size ?? 0,
      eTag: r.s3.object.eTag,
      versionId: r.s3.object.versionId,
    };
  });
}
