import type { S3Event } from 'aws-lambda';
import type { LocalQueue } from './local-queue';

interface Rule {
  bucket: string;
  queue: LocalQueue;
  events: string[];
  prefix?: string;
  suffix?: string;
}

/** S3 URL-encodes object keys in event notifications (form encoding: space → "+", "/" kept). */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

const matchesEvent = (pattern: string, eventName: string) => {
  const name = `s3:${eventName}`;
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
};

/**
 * Delivers the local S3 server's events to the queues named in the template's bucket notification
 * configuration, shaped as real S3 → SQS messages: encoded key, the bucket's ARN, the region, and an
 * s3:TestEvent when the configuration is put in place.
 */
export class S3NotificationBridge {
  constructor(private readonly rules: Rule[], private readonly region: string) {}

  announce(): void {
    for (const rule of this.rules) {
      rule.queue.send(JSON.stringify({
        Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date().toISOString(), Bucket: rule.bucket,
        RequestId: 'LOCAL', HostId: 'LOCAL',
      }));
    }
  }

  /** Takes the local server's raw event (keys not encoded, placeholder ARNs) and forwards matching records. */
  deliver(raw: S3Event): void {
    for (const record of raw.Records ?? []) {
      const bucket = record.s3.bucket.name;
      const key = record.s3.object.key;
      for (const rule of this.rules) {
        if (rule.bucket !== bucket || !rule.events.some((e) => matchesEvent(e, record.eventName))) continue;
        if (rule.prefix && !key.startsWith(rule.prefix)) continue;
        if (rule.suffix && !key.endsWith(rule.suffix)) continue;
        const message: S3Event = {
          Records: [{
            ...record,
            awsRegion: this.region,
            s3: {
              ...record.s3,
              configurationId: 'doc-audit-ingest',
              bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${bucket}` },
              object: { ...record.s3.object, key: encodeS3EventKey(key) },
            },
          }],
        };
        rule.queue.send(JSON.stringify(message));
      }
    }
  }
}
