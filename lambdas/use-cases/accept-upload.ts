import { createHash } from 'node:crypto';
import type { AuditRecord, Failure } from '../domain/audit-record';
import { TERMINAL_STATUSES } from '../domain/audit-record';
import type { PipelineState } from './pipeline-state';

export interface UploadedObject {
  bucket: string;
  /** Already URL-decoded. */
  key: string;
  size: number;
  eTag?: string;
  versionId?: string;
}

export interface AcceptUploadDeps {
  objects: {
    head(bucket: string, key: string): Promise<{ size: number; eTag?: string; versionId?: string }>;
    sha256(bucket: string, key: string, versionId?: string): Promise<string>;
  };
  audit: {
    claim(record: AuditRecord): Promise<{ claimed: true } | { claimed: false; existing: AuditRecord }>;
    writeTerminal(record: AuditRecord): Promise<boolean>;
  };
  workflow: { start(name: string, input: PipelineState): Promise<'started' | 'already-exists'> };
  maxBytes: number;
  now: () => Date;
}

export type AcceptOutcome = 'started' | 'duplicate' | 'rejected';

const KEY_PATTERN = /^incoming\/([a-z0-9][a-z0-9-]{0,39})\/(.+)$/;

/**
 * Turns one uploaded object into exactly one audit record and at most one pipeline execution.
 * The document id is the content hash, so re-deliveries of the event and re-uploads of the same bytes
 * by the same tenant land on the same record.
 */
/**
 * The document id: its content hash (one record per tenant and content, whatever the file name), or, for an
 * object too large to hash, a hash of where it is stored.
 */
export function documentIdOf(object: { sha256: string; bucket: string; key: string; version?: string }): string {
  return (object.sha256 || createHash('sha256').update(`${object.bucket}/${object.key}#${object.version ?? ''}`).digest('hex')).slice(0, 32);
}

export async function acceptUpload(upload: UploadedObject, deps: AcceptUploadDeps): Promise<AcceptOutcome> {
  const match = upload.key.match(KEY_PATTERN);
  const tenant = match?.[1] ?? 'unassigned';
  const file = match?.[2] ?? upload.key.split('/').pop() ?? upload.key;
  const now = deps.now().toISOString();

  const head = await deps.objects.head(upload.bucket, upload.key);
  const versionId = upload.versionId ?? head.versionId;
  const tooLarge = head.size > deps.maxBytes;
  // Hashing streams the object; above the size limit we do not spend the time and key on the object identity.
  const sha256 = tooLarge ? '' : await deps.objects.sha256(upload.bucket, upload.key, versionId);
  const documentId = documentIdOf({ sha256, bucket: upload.bucket, key: upload.key, version: versionId ?? head.eTag });

  const record: AuditRecord = {
    documentId, tenant, file, bucket: upload.bucket, key: upload.key, versionId, sha256, size: head.size,
    status: 'received', findings: [], listVersions: {}, createdAt: now, updatedAt: now,
  };
  const claim = await deps.audit.claim(record);
  if (!claim.claimed && TERMINAL_STATUSES.has(claim.existing.status)) return 'duplicate';

  const rejection: Failure | undefined = !match
    ? { stage: 'intake', code: 'invalid-key', reason: `object key "${upload.key}" does not follow incoming/<tenant>/<file> (tenant: a-z, 0-9, -)` }
    : head.size === 0
      ? { stage: 'intake', code: 'empty', reason: 'the file is empty (0 bytes)' }
      : tooLarge
        ? { stage: 'intake', code: 'too-large', reason: `the file has ${head.size} bytes; the limit is ${deps.maxBytes}` }
        : undefined;
  if (rejection) {
    await deps.audit.writeTerminal({ ...record, status: 'failed', failure: rejection, updatedAt: now });
    return 'rejected';
  }

  const state: PipelineState = {
    documentId, tenant, bucket: upload.bucket, key: upload.key, versionId, file, sha256, size: head.size,
    receivedAt: claim.claimed ? now : claim.existing.createdAt, completed: [], artifacts: {},
  };
  const started = await deps.workflow.start(`${tenant}-${documentId}`, state);
  return started === 'started' ? 'started' : 'duplicate';
}
