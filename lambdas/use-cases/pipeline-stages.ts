import type { AuditRecord, Failure, PipelineStage } from '../domain/audit-record';
import type { ReadDocument } from '../domain/document-model';
import { crossCheckEInvoice } from '../domain/einvoice/cross-check';
import { DocumentRejectedError } from '../domain/errors';
import { extractInvoice } from '../domain/extraction/invoice-extractor';
import type { InvoiceModel } from '../domain/invoice-model';
import { readDocument, type OcrPort } from '../domain/reading/read-document';
import { screenInvoice, type ScreeningResult, type Screeners } from '../domain/screening/screen-invoice';
import { artifactKey, STAGE_ORDER, type PipelineState } from './pipeline-state';

export interface ArtifactStore {
  getBytes(bucket: string, key: string, versionId?: string): Promise<Uint8Array>;
  putJson(bucket: string, key: string, value: unknown): Promise<void>;
  getJson<T>(bucket: string, key: string): Promise<T>;
}

export interface AuditWriter {
  get(tenant: string, documentId: string): Promise<AuditRecord | undefined>;
  writeTerminal(record: AuditRecord): Promise<boolean>;
}

const done = (state: PipelineState, stage: PipelineStage): PipelineStage[] => [...state.completed.filter((s) => s !== stage), stage];

/** Stage 1: read the uploaded bytes into positioned text (PDF text layer now; OCR engines later). */
export async function readStage(state: PipelineState, deps: { objects: ArtifactStore; maxPages: number; ocr?: OcrPort }): Promise<PipelineState> {
  const bytes = await deps.objects.getBytes(state.bucket, state.key, state.versionId);
  const document = await readDocument(bytes, { maxPages: deps.maxPages, ocr: deps.ocr });
  const key = artifactKey(state, 'document');
  await deps.objects.putJson(state.bucket, key, document);
  return {
    ...state,
    mediaType: document.mediaType,
    pages: document.pages.length,
    engines: enginesOf(document),
    artifacts: { ...state.artifacts, document: key },
    // Pages still being read by a Textract job: the read completes when the job's completion merges them.
    ...(document.pendingOcr ? { ocrJob: document.pendingOcr, completed: state.completed } : { completed: done(state, 'read') }),
  };
}

/** Which engines read the document, for the record: pending pages count for the engine reading them. */
export function enginesOf(document: ReadDocument): string[] {
  return [...new Set([...(document.eInvoice ? ['e-invoice'] : []), ...document.pages.map((p) => p.engine), ...(document.pendingOcr ? [document.pendingOcr.engine] : [])])];
}

/** Stage 2: the invoice model (parties, goods lines, header) with evidence. */
export async function extractStage(state: PipelineState, deps: { objects: ArtifactStore }): Promise<PipelineState> {
  const document = await deps.objects.getJson<ReadDocument>(state.bucket, required(state.artifacts.document, 'document'));
  const invoice = understandInvoice(document);
  assertLooksLikeAnInvoice(invoice);
  const key = artifactKey(state, 'invoice');
  await deps.objects.putJson(state.bucket, key, invoice);
  return { ...state, artifacts: { ...state.artifacts, invoice: key }, completed: done(state, 'extract') };
}

/** Stage 3: parties, goods and route against the loaded lists. */
export async function screenStage(state: PipelineState, deps: { objects: ArtifactStore; screeners: Screeners }): Promise<PipelineState> {
  const invoice = await deps.objects.getJson<InvoiceModel>(state.bucket, required(state.artifacts.invoice, 'invoice'));
  const result = screenInvoice(invoice, deps.screeners);
  const key = artifactKey(state, 'screening');
  await deps.objects.putJson(state.bucket, key, result);
  return { ...state, artifacts: { ...state.artifacts, screening: key }, completed: done(state, 'screen') };
}

/** Stage 4: the terminal `screened` audit record. */
export async function recordStage(state: PipelineState, deps: { objects: ArtifactStore; audit: AuditWriter; now: () => Date }): Promise<PipelineState> {
  const [invoice, screening] = await Promise.all([
    deps.objects.getJson<InvoiceModel>(state.bucket, required(state.artifacts.invoice, 'invoice')),
    deps.objects.getJson<ScreeningResult>(state.bucket, required(state.artifacts.screening, 'screening')),
  ]);
  const record: AuditRecord = {
    ...baseRecord(state, deps.now()),
    status: 'screened',
    decision: screening.decision,
    decisionReasons: screening.decisionReasons,
    mediaType: state.mediaType,
    pages: state.pages,
    engines: state.engines,
    invoice,
    findings: screening.findings,
    listVersions: screening.listVersions,
  };
  await deps.audit.writeTerminal(record);
  return { ...state, completed: done(state, 'record') };
}

/** The state machine's catch path: whatever failed becomes a `failed` record with the stage and a reason. */
export async function recordFailureStage(state: PipelineState, deps: { audit: AuditWriter; now: () => Date }): Promise<{ documentId: string; failure: Failure }> {
  const failure = describeFailure(state);
  await deps.audit.writeTerminal({
    ...baseRecord(state, deps.now()),
    status: 'failed',
    failure,
    mediaType: state.mediaType,
    pages: state.pages,
    engines: state.engines,
  });
  return { documentId: state.documentId, failure };
}

function baseRecord(state: PipelineState, now: Date): Omit<AuditRecord, 'status'> {
  return {
    documentId: state.documentId, tenant: state.tenant, file: state.file, bucket: state.bucket, key: state.key,
    versionId: state.versionId, sha256: state.sha256, size: state.size, findings: [], listVersions: {},
    createdAt: state.receivedAt, updatedAt: now.toISOString(),
  };
}

const REJECTION = /^(intake|read|extract|screen|record)\/([a-z0-9-]+): ([\s\S]*)$/;

/**
 * Maps the error Step Functions caught to a failure. Lambda reports errors as Error = errorType and
 * Cause = JSON {errorType, errorMessage}; a DocumentRejectedError's message carries "stage/code: reason".
 */
export function describeFailure(state: PipelineState): Failure {
  const failedStage = STAGE_ORDER.find((s) => !state.completed.includes(s)) ?? 'record';
  const errorType = state.failure?.Error ?? 'UnknownError';
  let message = state.failure?.Cause ?? '';
  try {
    const cause = JSON.parse(message) as { errorMessage?: string };
    if (cause.errorMessage) message = cause.errorMessage;
  } catch {
    // Cause is plain text (timeouts and service errors): keep it as it is.
  }
  const rejection = errorType === 'DocumentRejectedError' ? message.match(REJECTION) : null;
  if (rejection) return { stage: rejection[1] as PipelineStage, code: rejection[2], reason: rejection[3] };
  if (errorType === 'States.Timeout' || /Timedout|timed out/i.test(`${errorType} ${message}`)) {
    return { stage: failedStage, code: 'timeout', reason: `the ${failedStage} stage timed out (${message || errorType})` };
  }
  if (/OutOfMemory|out of memory|signal: killed/i.test(`${errorType} ${message}`)) {
    return { stage: failedStage, code: 'out-of-memory', reason: `the ${failedStage} stage ran out of memory (${message || errorType})` };
  }
  return { stage: failedStage, code: 'internal-error', reason: `${errorType}: ${message || 'no details'}`.slice(0, 1000) };
}

/**
 * The invoice model of a read document: an embedded or uploaded e-invoice is exact and wins, cross-checked
 * against the visible text when there is some; otherwise the visible text is extracted.
 */
export function understandInvoice(document: ReadDocument): InvoiceModel {
  const visible = document.pages.length ? extractInvoice(document) : undefined;
  if (!document.eInvoice) return { ...visible!, source: 'text' };
  const exact: InvoiceModel = { ...document.eInvoice.model, source: 'e-invoice' };
  if (!visible) return exact;
  const crossCheck = crossCheckEInvoice({ model: document.eInvoice.model, headerEvidence: document.eInvoice.headerEvidence as never }, visible, document)
    .map(({ field, kind, eInvoiceValue, visibleValue, evidence }) => ({ field, kind, eInvoiceValue, visibleValue, evidence }));
  return { ...exact, languages: visible.languages, crossCheck };
}

/** A readable document with no party, no goods line, no number and no total is something else (a letter, a CV…). */
function assertLooksLikeAnInvoice(invoice: InvoiceModel): void {
  const signals = invoice.parties.length + invoice.lines.length + (invoice.invoice.number ? 1 : 0) + (invoice.invoice.total !== undefined ? 1 : 0);
  if (signals === 0) {
    throw new DocumentRejectedError('extract', 'not-an-invoice', `no invoice number, total, labelled party or goods table was found (text in ${invoice.languages.join(', ') || 'no known language'})`);
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`pipeline state has no ${name} artefact`);
  return value;
}
