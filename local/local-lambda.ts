import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import type { LocalWiring } from './template-wiring';

const PROJECT_ROOT = join(__dirname, '..');
/** The payload limit of a synchronous Lambda invocation (6 MB) and of Step Functions state (256 KB). */
const MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Runs one function's real handler module in this process the way Lambda would: its environment from the
 * template, JSON in and JSON out (no shared object references), and errors reported as Lambda reports them
 * to Step Functions (Error = errorType, Cause = {"errorType","errorMessage"}).
 */
export class LocalLambda {
  private handler?: Handler;

  constructor(readonly spec: LocalWiring['functions'][number]) {}

  load(): void {
    const module = require(isAbsolute(this.spec.entry) ? this.spec.entry : join(PROJECT_ROOT, this.spec.entry)) as Record<string, unknown>;
    const handler = module[this.spec.handlerExport];
    if (typeof handler !== 'function') throw new Error(`${this.spec.entry} does not export ${this.spec.handlerExport}`);
    this.handler = handler as Handler;
  }

  async invoke(event: unknown): Promise<unknown> {
    if (!this.handler) this.load();
    const deadline = Date.now() + this.spec.timeoutSeconds * 1000;
    const context = {
      functionName: this.spec.name,
      functionVersion: '$LATEST',
      invokedFunctionArn: this.spec.arn,
      memoryLimitInMB: '512',
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${this.spec.name}`,
      logStreamName: 'local',
      callbackWaitsForEmptyEventLoop: false,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    } as Context;
    try {
      const result = await this.handler!(JSON.parse(JSON.stringify(event)), context);
      const serialised = JSON.stringify(result ?? null);
      if (serialised.length > MAX_RESPONSE_BYTES) throw new Error(`response of ${serialised.length} bytes exceeds Lambda's 6 MB limit`);
      return JSON.parse(serialised);
    } catch (error) {
      const errorType = error instanceof Error ? error.name : 'Error';
      const errorMessage = error instanceof Error ? error.message : String(error);
      const reported = new Error(JSON.stringify({ errorType, errorMessage }));
      reported.name = errorType;
      throw reported;
    }
  }
}
