import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ListSnapshot } from '../domain/screening/list-changes';

export const LIST_SNAPSHOT_PREFIX = 'lists/';
const CURRENT_KEY = `${LIST_SNAPSHOT_PREFIX}current.json`;

/**
 * Versioned list snapshots in S3: immutable gzipped JSON under lists/snapshots/<hash>.json.gz, and a small
 * lists/current.json pointer written last, so readers never see a half-written version.
 */
export class S3ListSnapshots {
  constructor(private readonly s3: S3Client, private readonly bucket: string) {}

  /** The pointer's ETag: cheap to poll, changes exactly when a new version is published. */
  async currentTag(): Promise<string | undefined> {
    try {
      return (await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: CURRENT_KEY }))).ETag;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** The current version, from the small pointer alone (the snapshot itself is tens of megabytes). */
  async currentVersion(): Promise<string | undefined> {
    return (await this.pointer())?.version;
  }

  async current(): Promise<ListSnapshot | undefined> {
    const pointer = await this.pointer();
    if (!pointer) return undefined;
    const bytes = await (await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: pointer.key }))).Body!.transformToByteArray();
    return JSON.parse(gunzipSync(bytes).toString('utf-8')) as ListSnapshot;
  }

  private async pointer(): Promise<{ key: string; version: string } | undefined> {
    try {
      const body = (await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: CURRENT_KEY }))).Body!;
      return JSON.parse(await body.transformToString('utf-8'));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async publish(snapshot: ListSnapshot): Promise<string> {
    const body = gzipSync(JSON.stringify(snapshot));
    const key = `${LIST_SNAPSHOT_PREFIX}snapshots/${createHash('sha256').update(snapshot.version).digest('hex').slice(0, 24)}.json.gz`;
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: 'application/json', ContentEncoding: 'gzip' }));
    await this.s3.send(new PutObjectCommand({
      Bucket: this.bucket, Key: CURRENT_KEY, ContentType: 'application/json',
      Body: JSON.stringify({ key, version: snapshot.version, createdAt: snapshot.createdAt, lists: snapshot.lists }),
    }));
    return key;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || error instanceof NotFound || ['NoSuchKey', 'NotFound'].includes((error as { name?: string }).name ?? '');
}
