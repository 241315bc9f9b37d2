import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

export class ObjectMissingError extends Error {
  override readonly name = 'ObjectMissingError';
}

export interface ObjectHead {
  size: number;
  eTag?: string;
  versionId?: string;
}

/** The S3 calls the pipeline makes: uploads are read, artefacts between stages are JSON. */
export class S3ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async head(bucket: string, key: string): Promise<ObjectHead> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: head.ContentLength ?? 0, eTag: head.ETag?.replace(/"/g, ''), versionId: head.VersionId };
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey || (error as { name?: string }).name === 'NotFound') {
        throw new ObjectMissingError(`s3://${bucket}/${key} does not exist`);
      }
      throw error;
    }
  }

  /** Streams the object through SHA-256 without holding it in memory. */
  async sha256(bucket: string, key: string, versionId?: string): Promise<string> {
    const hash = createHash('sha256');
    const body = (await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }))).Body as Readable;
    for await (const chunk of body) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  async getBytes(bucket: string, key: string, versionId?: string): Promise<Uint8Array> {
    const response = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    return response.Body!.transformToByteArray();
  }

  async putJson(bucket: string, key: string, value: unknown): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }));
  }

  async getJson<T>(bucket: string, key: string): Promise<T> {
    const response = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse(await response.Body!.transformToString('utf-8')) as T;
  }
}
