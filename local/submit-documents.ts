import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { documentIdOf } from '../lambdas/use-cases/accept-upload';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DynamoDbAuditRepository } from '../lambdas/adapters/dynamodb-audit-repository';
import { TERMINAL_STATUSES, type AuditRecord } from '../lambdas/domain/audit-record';

export interface SubmitTarget {
  s3: S3Client;
  audit: Pick<DynamoDbAuditRepository, 'get'>;
  bucket: string;
}

export interface SubmitResult {
  file: string;
  key: string;
  record?: AuditRecord;
}

/**
 * Uploads files to incoming/<tenant>/ through the S3 API, as an exporter's upload would, then waits for
 * each one's terminal audit record. The record is found by the same ids the intake derives: the content
 * hash, or (for files refused before hashing) the object's key and version.
 */
export async function submitDocuments(
  files: string[],
  target: SubmitTarget,
  options: { tenant: string; timeoutMs: number; onRecord?: (result: SubmitResult) => void },
): Promise<SubmitResult[]> {
  const uploads = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const key = `incoming/${options.tenant}/${basename(file)}`;
    const put = await target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: bytes }));
    // The intake names a document by its content, or (above its size limit) by where it is stored.
    const location = { bucket: target.bucket, key, version: put.VersionId ?? put.ETag?.replace(/"/g, '') };
    const contentId = documentIdOf({ ...location, sha256: createHash('sha256').update(bytes).digest('hex') });
    const objectId = documentIdOf({ ...location, sha256: '' });
    uploads.push({ file, key, ids: [contentId, objectId] });
  }
  const deadline = Date.now() + options.timeoutMs;
  const results: SubmitResult[] = [];
  for (const upload of uploads) {
    let record: AuditRecord | undefined;
    while (!record && Date.now() < deadline) {
      for (const id of upload.ids) {
        const found = await target.audit.get(options.tenant, id);
        if (found && TERMINAL_STATUSES.has(found.status)) record = found;
      }
      if (!record) await new Promise((r) => setTimeout(r, 100));
    }
    const result = { file: upload.file, key: upload.key, record };
    options.onRecord?.(result);
    results.push(result);
  }
  return results;
}

/** One human-readable line per document: file, status, decision, number of findings (and why it failed). */
export function describeResult(result: SubmitResult): string {
  const name = basename(result.file).padEnd(36);
  const r = result.record;
  if (!r) return `${name} MISSING   no terminal audit record in time`;
  const decision = (r.decision ?? '-').padEnd(7);
  const findings = `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`.padEnd(11);
  const detail = r.failure
    ? `${r.failure.stage}/${r.failure.code}: ${r.failure.reason}`
    : r.findings.map((f) => `${f.kind}:${f.list} ${f.entryId}`).join(', ');
  return `${name} ${r.status.padEnd(9)} ${decision} ${findings} ${detail}`;
}
