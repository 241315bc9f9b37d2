import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalLambda } from './local-lambda';
import type { LocalWiring } from './template-wiring';

type LocalSfn = typeof import('aws-local-stepfunctions', { with: { 'resolution-mode': 'import' } });
// The package ships a CommonJS build next to its ESM one; its type declarations are ESM-only.
const { StateMachine } = require('aws-local-stepfunctions') as LocalSfn;

// aws-local-stepfunctions uses Promise.withResolvers, which Node.js 20 lacks (Node 22 has it).
const promiseStatics = Promise as unknown as { withResolvers?: () => unknown };
promiseStatics.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};

export interface LocalExecution {
  executionArn: string;
  name: string;
  input: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  startDate: Date;
  stopDate?: Date;
  output?: string;
  error?: string;
  done: Promise<void>;
}

/**
 * A loopback server that speaks the Step Functions JSON protocol (StartExecution, DescribeExecution,
 * ListExecutions) for the one state machine of the template, and runs the synthesised definition itself
 * with aws-local-stepfunctions. Task states call the real handlers; Retry, Catch and the data flow are the
 * definition's own. Execution names are unique, as on AWS: a repeat with the same input is idempotent,
 * with another input it is ExecutionAlreadyExists.
 */
export class LocalStepFunctions extends EventEmitter {
  private server?: Server;
  private readonly machine: InstanceType<LocalSfn['StateMachine']>;
  readonly executions = new Map<string, LocalExecution>();

  constructor(private readonly spec: LocalWiring['stateMachine'], lambdas: Map<string, LocalLambda>) {
    super();
    const taskResourceLocalHandlers = Object.fromEntries(
      Object.entries(spec.taskFunctions).map(([stateName, functionId]) => {
        const lambda = lambdas.get(functionId);
        if (!lambda) throw new Error(`no local function for task ${stateName}`);
        return [stateName, (input: unknown) => lambda.invoke(input)];
      }),
    );
    this.machine = new StateMachine(spec.definition as never);
    this.run = (input: unknown) => this.machine.run(input as never, { overrides: { taskResourceLocalHandlers } as never });
  }

  private readonly run: (input: unknown) => { result: Promise<unknown> };

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify(body));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.executions.values()].map((e) => e.done));
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves when no execution is running. */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.executions.values()].filter((e) => e.status === 'RUNNING');
      if (!running.length) return;
      await Promise.allSettled(running.map((e) => e.done));
    }
  }

  startExecution(name: string, input: string): LocalExecution {
    const existing = this.executions.get(name);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input) return existing;
      throw Object.assign(new Error(`Execution Already Exists: '${existing.executionArn}'`), { code: 'ExecutionAlreadyExists' });
    }
    const executionArn = `${this.spec.arn.replace(':stateMachine:', ':execution:')}:${name}`;
    const execution: LocalExecution = { executionArn, name, input, status: 'RUNNING', startDate: new Date(), done: Promise.resolve() };
    execution.done = this.run(JSON.parse(input)).result.then(
      (output) => {
        Object.assign(execution, { status: 'SUCCEEDED', output: JSON.stringify(output), stopDate: new Date() });
      },
      (error: Error) => {
        Object.assign(execution, { status: 'FAILED', error: `${error.name}: ${error.message}`, stopDate: new Date() });
      },
    ).finally(() => this.emit('execution-finished', execution));
    this.executions.set(name, execution);
    return execution;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    let body: Record<string, any>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf-8') || '{}');
    } catch {
      return { status: 400, body: { __type: 'SerializationException', message: 'body is not JSON' } };
    }
    if (body.stateMachineArn && body.stateMachineArn !== this.spec.arn) {
      return { status: 400, body: { __type: 'StateMachineDoesNotExist', message: `State Machine Does Not Exist: '${body.stateMachineArn}'` } };
    }
    switch (target) {
      case 'AWSStepFunctions.StartExecution': {
        try {
          const execution = this.startExecution(body.name, body.input ?? '{}');
          return { status: 200, body: { executionArn: execution.executionArn, startDate: execution.startDate.getTime() / 1000 } };
        } catch (error) {
          return { status: 400, body: { __type: 'ExecutionAlreadyExists', message: (error as Error).message } };
        }
      }
      case 'AWSStepFunctions.DescribeExecution': {
        const execution = [...this.executions.values()].find((e) => e.executionArn === body.executionArn);
        if (!execution) return { status: 400, body: { __type: 'ExecutionDoesNotExist', message: 'Execution Does Not Exist' } };
        return { status: 200, body: describe(execution, this.spec.arn) };
      }
      case 'AWSStepFunctions.ListExecutions':
        return { status: 200, body: { executions: [...this.executions.values()].map((e) => describe(e, this.spec.arn)) } };
      default:
        return { status: 400, body: { __type: 'UnknownOperationException', message: `${target} is not supported locally` } };
    }
  }
}

function describe(e: LocalExecution, stateMachineArn: string) {
  return {
    executionArn: e.executionArn, stateMachineArn, name: e.name, status: e.status, input: e.input, output: e.output,
    startDate: e.startDate.getTime() / 1000, stopDate: e.stopDate ? e.stopDate.getTime() / 1000 : undefined,
  };
}
