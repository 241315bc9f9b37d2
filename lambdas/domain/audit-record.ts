import type { Evidence } from './document-model';
import type { InvoiceModel } from './invoice-model';

/**
 * The audit record: the contract that `submit --json`, the API and later tools read.
 * Documented field by field in README.md ("The audit record").
 */
export type DocumentStatus = 'received' | 'screened' | 'failed';
export type Decision = 'clear' | 'review' | 'block';
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type PipelineStage = 'intake' | 'read' | 'extract' | 'screen' | 'record';

export interface Finding {
  kind: 'party' | 'goods' | 'route' | 'document';
  severity: Severity;
  summary: string;
  /** Which list the finding is against, e.g. OFAC-SDN, CHPL, RED-FLAGS. */
  list: string;
  /** The list version (publication date + content hash) the match was made against. */
  listVersion: string;
  /** SDN-<ent_num> for parties; the CHPL hs6 (e.g. 8482.10) for goods; the flag id for routes. */
  entryId: string;
  /** Why it matched, in words an auditor can check. */
  reason: string;
  evidence: Evidence;
  /** CHPL tier for goods findings. */
  tier?: string;
  hs6?: string;
  programs?: string[];
  matchedName?: string;
  /** Name-match score 0..1 and the token alignment behind it (party findings). */
  score?: number;
  alignment?: Array<{ query: string; listed: string; similarity: number }>;
  /** Set when the finding was added after the document was first screened, by a newer list version. */
  retroactive?: { detectedAt: string; listVersion: string };
}

export interface Failure {
  stage: PipelineStage;
  /** Machine-readable failure code, e.g. needs-ocr, encrypted, unsupported-type. */
  code: string;
  reason: string;
}

export interface AuditRecord {
  documentId: string;
  tenant: string;
  file: string;
  bucket: string;
  key: string;
  versionId?: string;
  sha256: string;
  size: number;
  status: DocumentStatus;
  failure?: Failure;
  decision?: Decision;
  decisionReasons?: string[];
  mediaType?: string;
  pages?: number;
  engines?: string[];
  invoice?: InvoiceModel;
  findings: Finding[];
  listVersions: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  /** When retroactive screening last added findings. */
  rescreenedAt?: string;
}

export const TERMINAL_STATUSES: ReadonlySet<DocumentStatus> = new Set(['screened', 'failed']);
