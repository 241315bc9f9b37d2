import type { DocumentPage, ReadDocument } from '../domain/document-model';
import { DocumentRejectedError } from '../domain/errors';
import type { TextractCompletion } from '../domain/reading/ocr/textract-completion';
import type { ArtifactStore } from './pipeline-stages';
import { enginesOf } from './pipeline-stages';
import type { PipelineState } from './pipeline-state';

/**
 * The asynchronous Textract path for multi-page Latin-script scans. The state machine waits on a task token:
 * `startTextractJob` starts StartExpenseAnalysis (ClientRequestToken and JobTag from the document id) and
 * leaves a ticket with the token; Textract's SNS completion reaches `completeTextractJob`, which merges the
 * pages into the read document and hands the pipeline state back to the state machine. A job that fails, or
 * a completion that never comes (the wait's timeout), ends as a recorded `failed` read.
 */

export interface ExpenseJobs {
  startExpenseAnalysis(input: { location: { bucket: string; key: string; version?: string }; documentId: string }): Promise<{ jobId: string }>;
  getExpenseAnalysis(jobId: string): Promise<{ status: 'IN_PROGRESS' } | { status: 'SUCCEEDED' | 'PARTIAL_SUCCESS'; pages: DocumentPage[]; warnings: string[] }>;
}

/** Step Functions' task-token callbacks. */
export interface TaskTokens {
  succeed(taskToken: string, output: PipelineState): Promise<void>;
  fail(taskToken: string, error: DocumentRejectedError): Promise<void>;
}

/** Where the ticket of a running job is kept: the completion names only the job and the uploaded object. */
export const textractTicketKey = (jobId: string) => `artifacts/textract-jobs/${jobId}.json`;

interface JobTicket {
  jobId: string;
  taskToken: string;
  state: PipelineState;
  startedAt: string;
}

export async function startTextractJob(
  input: { state: PipelineState; taskToken: string },
  deps: { objects: ArtifactStore; textract: ExpenseJobs; now: () => Date },
): Promise<{ jobId: string }> {
  const { state, taskToken } = input;
  if (!state.ocrJob) throw new Error('startTextractJob: the pipeline state has no pending OCR job');
  // A retried start (same ClientRequestToken) returns the same job, and the ticket gets the newest token.
  const { jobId } = await deps.textract.startExpenseAnalysis({
    location: { bucket: state.bucket, key: state.key, ...(state.versionId ? { version: state.versionId } : {}) },
    documentId: state.documentId,
  });
  const ticket: JobTicket = { jobId, taskToken, state, startedAt: deps.now().toISOString() };
  await deps.objects.putJson(state.bucket, textractTicketKey(jobId), ticket);
  return { jobId };
}

export async function completeTextractJob(
  completion: TextractCompletion,
  deps: { objects: ArtifactStore; textract: ExpenseJobs; tasks: TaskTokens },
): Promise<'succeeded' | 'failed'> {
  if (!completion.bucket) throw new Error(`Textract completion of job ${completion.jobId} names no bucket`);
  // A missing ticket throws: the completion is retried (the start may not have written it yet).
  const ticket = await deps.objects.getJson<JobTicket>(completion.bucket, textractTicketKey(completion.jobId));
  const pending = ticket.state.ocrJob?.pages ?? [];
  const fail = async (reason: string) => {
    await deps.tasks.fail(ticket.taskToken, new DocumentRejectedError('read', 'ocr-failed', reason));
    return 'failed' as const;
  };
  if (completion.status === 'FAILED' || completion.status === 'ERROR') {
    return fail(`Textract could not read the scanned pages ${pending.join(', ')} (job ${completion.jobId} ended ${completion.status})`);
  }
  let result: Awaited<ReturnType<ExpenseJobs['getExpenseAnalysis']>>;
  try {
    result = await deps.textract.getExpenseAnalysis(completion.jobId);
  } catch (error) {
    if ((error as Error).name !== 'TextractJobFailedError') throw error; // throttling and the like: retry
    return fail((error as Error).message);
  }
  if (result.status === 'IN_PROGRESS') throw new Error(`Textract job ${completion.jobId} reported completion but is still in progress`);

  const documentKey = ticket.state.artifacts.document;
  if (!documentKey) throw new Error(`pipeline state of job ${completion.jobId} has no document artefact`);
  const document = await deps.objects.getJson<ReadDocument>(completion.bucket, documentKey);
  const wanted = new Set(pending);
  const read = result.pages.filter((p) => wanted.has(p.page));
  const missing = pending.filter((page) => !read.some((p) => p.page === page));
  if (missing.length) return fail(`Textract returned no text for pages ${missing.join(', ')} (job ${completion.jobId})`);
  const { pendingOcr: _done, ...rest } = document;
  const merged: ReadDocument = { ...rest, pages: [...document.pages.filter((p) => !wanted.has(p.page)), ...read].sort((a, b) => a.page - b.page) };
  await deps.objects.putJson(completion.bucket, documentKey, merged);

  const { ocrJob: _job, ...state } = ticket.state;
  await deps.tasks.succeed(ticket.taskToken, {
    ...state,
    pages: merged.pages.length,
    engines: enginesOf(merged),
    completed: [...state.completed.filter((s) => s !== 'read'), 'read'],
  });
  return 'succeeded';
}
