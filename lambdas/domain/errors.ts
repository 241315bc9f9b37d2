import type { PipelineStage } from './audit-record';

/**
 * A document the pipeline cannot process, for a reason that retrying will not change (corrupt, encrypted,
 * needs OCR, too large…). Stages throw it; the state machine's catch path records it as a `failed` audit
 * record with this code and reason. Anything else thrown is treated as an unexpected fault.
 */
export class DocumentRejectedError extends Error {
  override readonly name = 'DocumentRejectedError';
  constructor(
    readonly stage: PipelineStage,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${stage}/${code}: ${reason}`);
  }
}

/** A message or event the intake cannot even interpret; it goes back to the queue and ends in the DLQ. */
export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

export function assertIsError(value: unknown): asserts value is Error {
  if (!(value instanceof Error)) throw new Error(`non-Error thrown: ${String(value)}`);
}
