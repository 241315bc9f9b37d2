import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LocalWiring } from './template-wiring';

const PROJECT_ROOT = join(__dirname, '..');
/** The payload limit of a synchronous Lambda invocation (6 MB). */
const MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

/** An invocation error in the shape Lambda reports it to Step Functions: Error = errorType, Cause = JSON. */
export class LambdaInvocationError extends Error {
  constructor(errorType: string, errorMessage: string) {
    super(JSON.stringify({ errorType, errorMessage }));
    this.name = errorType;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * What an environment takes from the host: what Lambda's runtime also sets (PATH, HOME, LANG, TZ, a temp
 * dir) and the operator's local overrides (DOC_AUDIT_*, TESSERACT_*, TESSDATA_PREFIX, POWERTOOLS_*). Nothing
 * else: the host's AWS profile or credentials never reach a handler, which talks to the local servers only.
 */
const HOST_VARIABLES = /^(PATH|HOME|LANG|LC_[A-Z]+|TZ|TMPDIR|TMP|TEMP|DOC_AUDIT_[A-Z0-9_]+|TESSERACT_[A-Z0-9_]+|TESSDATA_PREFIX|POWERTOOLS_[A-Z0-9_]+)$/;

export function hostEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => HOST_VARIABLES.test(entry[0]) && entry[1] !== undefined));
}

/**
 * Runs one function's real handler module the way Lambda would: in an isolated execution environment
 * (a worker thread) with only its own template environment, its memory size as the heap limit and its
 * timeout; JSON in and JSON out. A handler that runs out of memory or time kills its environment — the
 * error is reported as Lambda reports it and the next invocation gets a fresh one (a cold start), so a
 * hostile document can fail its own execution but never take the local runtime down.
 */
export class LocalLambda {
  private worker?: Worker;
  private ready?: Promise<void>;
  private readonly pending = new Map<string, Pending>();

  constructor(
    readonly spec: LocalWiring['functions'][number],
    private readonly sharedEnvironment: Record<string, string>,
    private readonly memoryMb = 1024,
  ) {}

  private start(): Promise<void> {
    const entry = isAbsolute(this.spec.entry) ? this.spec.entry : join(PROJECT_ROOT, this.spec.entry);
    const { NODE_OPTIONS: _nodeOptions, ...functionEnvironment } = this.spec.environment;
    const worker = new Worker(join(__dirname, 'lambda-worker.js'), {
      workerData: { entry, handlerExport: this.spec.handlerExport },
      env: { ...hostEnvironment(), ...functionEnvironment, ...this.sharedEnvironment, AWS_LAMBDA_FUNCTION_NAME: this.spec.name },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
      execArgv: process.execArgv.filter((a) => !a.startsWith('--experimental-vm-modules')),
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onReady = (message: { ready?: boolean }) => {
        if (message.ready) resolve();
      };
      worker.on('message', onReady);
      worker.once('error', reject);
    });
    const current = () => this.worker === worker;
    worker.on('message', (message: { id?: string; ok?: boolean; result?: string; errorType?: string; errorMessage?: string }) => {
      const pending = message.id ? this.pending.get(message.id) : undefined;
      if (!pending) return;
      this.pending.delete(message.id!);
      clearTimeout(pending.timer);
      if (message.ok) {
        if (message.result!.length > MAX_RESPONSE_BYTES) pending.reject(new LambdaInvocationError('Function.ResponseSizeTooLarge', `response of ${message.result!.length} bytes exceeds Lambda's 6 MB limit`));
        else pending.resolve(JSON.parse(message.result!));
      } else {
        pending.reject(new LambdaInvocationError(message.errorType ?? 'Error', message.errorMessage ?? ''));
      }
    });
    // Events of an environment that was already replaced must not touch its successor.
    const fail = (error: Error) => {
      if (current()) this.discard(error);
    };
    worker.on('error', (error: Error & { code?: string }) => {
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new LambdaInvocationError('Runtime.OutOfMemory', `the function ran out of memory (limit ${this.memoryMb} MB)`)
        : new LambdaInvocationError('Runtime.ExitError', `the execution environment crashed: ${error.message}`));
    });
    worker.on('exit', (code) => fail(new LambdaInvocationError('Runtime.ExitError', `the execution environment exited (code ${code})`)));
    return this.ready;
  }

  /** Drops the current environment and fails whatever was running in it. */
  private discard(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
    void worker?.terminate();
  }

  /** Starts the execution environment ahead of the first invocation. */
  async warm(): Promise<void> {
    await (this.ready ?? this.start());
  }

  async invoke(event: unknown): Promise<unknown> {
    await (this.ready ?? this.start());
    const id = randomUUID();
    const timeoutMs = this.spec.timeoutSeconds * 1000;
    const deadline = Date.now() + timeoutMs;
    const context = {
      functionName: this.spec.name, functionVersion: '$LATEST', invokedFunctionArn: this.spec.arn, memoryLimitInMB: String(this.memoryMb),
      awsRequestId: id, logGroupName: `/aws/lambda/${this.spec.name}`, logStreamName: 'local', callbackWaitsForEmptyEventLoop: false,
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.discard(new LambdaInvocationError('Sandbox.Timedout', `Task timed out after ${this.spec.timeoutSeconds.toFixed(2)} seconds`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker!.postMessage({ id, event: JSON.parse(JSON.stringify(event)), deadline, context });
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}
