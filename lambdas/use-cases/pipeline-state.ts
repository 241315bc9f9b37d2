import type { PipelineStage } from '../domain/audit-record';

/**
 * The state machine's payload. It stays small (Step Functions caps payloads at 256 KB): stage outputs
 * live in S3 under artifacts/<tenant>/<documentId>/ and only their keys travel here.
 */
export interface PipelineState {
  documentId: string;
  tenant: string;
  bucket: string;
  key: string;
  versionId?: string;
  file: string;
  sha256: string;
  size: number;
  receivedAt: string;
  completed: PipelineStage[];
  mediaType?: string;
  pages?: number;
  engines?: string[];
  artifacts: { document?: string; invoice?: string; screening?: string };
  /** Set by the read stage when scanned pages wait for an asynchronous Textract job (the state machine's Choice). */
  ocrJob?: { engine: 'textract'; pages: number[] };
  /** Set by the state machine's Catch: the error of the stage that failed. */
  failure?: { Error?: string; Cause?: string };
}

export const STAGE_ORDER: PipelineStage[] = ['read', 'extract', 'screen', 'record'];

export const artifactKey = (state: Pick<PipelineState, 'tenant' | 'documentId'>, name: string) =>
  `artifacts/${state.tenant}/${state.documentId}/${name}.json`;
