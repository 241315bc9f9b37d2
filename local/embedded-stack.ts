import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_METADATA_KEY } from '../lib/pipeline-function';
import { LocalLambda } from './local-lambda';
import { LocalEventSourceMapping, LocalQueue, type QueuedMessage } from './local-queue';
import { LOCAL_REGION, localAwsEnvironment, localDynamoDbClient, localS3Client, startDynamoDbLocal, startS3Local, type RunningS3, type RunningServer } from './local-servers';
import { LocalStepFunctions } from './local-step-functions';
import { S3NotificationBridge } from './s3-notification-bridge';
import { synthesizeBundled, synthesizeTemplates } from './synthesize';
import { buildLocalWiring, type LocalWiring } from './template-wiring';

export interface EmbeddedStackOptions {
  /** Where DynamoDB Local, the S3 server and the dead-letter queue keep their data (default .doc-audit). */
  dataDir: string;
  /** Use an already running DynamoDB Local instead of starting one (the jest run shares one). */
  dynamodbEndpoint?: string;
  /** Prefix of local table/bucket names, so several stacks can share one DynamoDB Local. */
  namePrefix?: string;
  /** Multiplies the template's queue visibility timeouts (1 = as deployed; tests use a small fraction). */
  timeScale?: number;
  s3Port?: number;
  dynamodbPort?: number;
  /** Run the esbuild bundles `cdk synth` produces (what Lambda would run) instead of the TypeScript sources. */
  bundled?: boolean;
}

export interface DeadLetter extends QueuedMessage {
  queue: string;
  deadLetteredAt: string;
}

/**
 * The embedded default: DynamoDB Local and an S3-compatible server on loopback, plus a small local
 * platform (queues with redrive, event source mappings, a Step Functions endpoint) that runs the real
 * handler modules, all wired from the synthesised CDK template.
 */
export class EmbeddedStack {
  private constructor(
    readonly wiring: LocalWiring,
    readonly endpoints: { s3: string; dynamodb: string; sfn: string },
    readonly queues: Map<string, LocalQueue>,
    readonly stepFunctions: LocalStepFunctions,
    private readonly mappings: LocalEventSourceMapping[],
    private readonly lambdas: Map<string, LocalLambda>,
    private readonly servers: { s3: RunningS3; dynamodb?: RunningServer },
    private readonly dataDir: string,
  ) {}

  get bucketName(): string {
    return this.bucketOfNotifications();
  }

  get tableName(): string {
    return this.wiring.tables[0].name;
  }

  get ingestQueue(): LocalQueue {
    return this.queues.get(this.wiring.eventSourceMappings[0].queueLogicalId)!;
  }

  get deadLetterQueue(): LocalQueue {
    const ingest = this.wiring.queues.find((q) => q.logicalId === this.wiring.eventSourceMappings[0].queueLogicalId)!;
    return this.queues.get(ingest.deadLetterQueue!.logicalId)!;
  }

  private bucketOfNotifications(): string {
    const logicalId = this.wiring.notifications[0].bucketLogicalId;
    return this.wiring.buckets.find((b) => b.logicalId === logicalId)!.name;
  }

  static async start(options: EmbeddedStackOptions): Promise<EmbeddedStack> {
    const synthesized = options.bundled ? synthesizeBundled() : { templates: synthesizeTemplates(), outdir: undefined };
    const wiring = buildLocalWiring(synthesized.templates, { namePrefix: options.namePrefix, entryMetadataKey: ENTRY_METADATA_KEY, assemblyDir: synthesized.outdir });
    mkdirSync(options.dataDir, { recursive: true });
    const dynamodb = options.dynamodbEndpoint
      ? undefined
      : await startDynamoDbLocal({ directory: join(options.dataDir, 'dynamodb'), port: options.dynamodbPort });
    const s3 = await startS3Local({ directory: join(options.dataDir, 's3'), port: options.s3Port, buckets: wiring.buckets.map((b) => b.name) });
    const dynamodbEndpoint = options.dynamodbEndpoint ?? dynamodb!.endpoint;
    try {
      await createTables(wiring, dynamodbEndpoint);

      // Handlers build their SDK clients from the environment, exactly as on Lambda: point them at loopback.
      const sharedEnvironment: Record<string, string> = {
        ...localAwsEnvironment({ s3: s3.endpoint, dynamodb: dynamodbEndpoint }),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
        // Textract exists only on AWS; Tesseract here only where it is installed.
        OCR_ENGINE: tesseractAvailable() ? 'tesseract' : 'none',
      };
      Object.assign(process.env, sharedEnvironment); // for this process's own clients (CLI, tests)
      const lambdas = new Map(wiring.functions.map((f) => [f.logicalId, new LocalLambda(f, sharedEnvironment, f.memorySizeMb)]));
      const stepFunctions = new LocalStepFunctions(wiring.stateMachine, lambdas);
      const sfnEndpoint = await stepFunctions.listen();
      sharedEnvironment.AWS_ENDPOINT_URL_SFN = sfnEndpoint;
      process.env.AWS_ENDPOINT_URL_SFN = sfnEndpoint;
      await Promise.all([...lambdas.values()].map((l) => l.warm()));

      const timeScale = options.timeScale ?? 1;
      const queues = new Map(wiring.queues.map((q) => [q.logicalId, new LocalQueue(q.name, q.arn, q.visibilityTimeoutSeconds * 1000 * timeScale)]));
      for (const q of wiring.queues) {
        if (q.deadLetterQueue) queues.get(q.logicalId)!.deadLetterQueue = { queue: queues.get(q.deadLetterQueue.logicalId)!, maxReceiveCount: q.deadLetterQueue.maxReceiveCount };
      }
      const dlqFile = join(options.dataDir, 'dead-letters.jsonl');
      for (const queue of queues.values()) {
        queue.on('dead-letter', (message: QueuedMessage) => {
          const entry: DeadLetter = { ...message, queue: queue.name, deadLetteredAt: new Date().toISOString() };
          appendFileSync(dlqFile, `${JSON.stringify(entry)}\n`);
        });
      }

      const mappings = wiring.eventSourceMappings.map((m) => new LocalEventSourceMapping(
        queues.get(m.queueLogicalId)!,
        (event) => lambdas.get(m.functionLogicalId)!.invoke(event),
        { batchSize: m.batchSize, reportBatchItemFailures: m.reportBatchItemFailures, region: LOCAL_REGION },
      ));
      const bridge = new S3NotificationBridge(
        wiring.notifications.map((n) => ({
          bucket: wiring.buckets.find((b) => b.logicalId === n.bucketLogicalId)!.name,
          queue: queues.get(n.queueLogicalId)!,
          events: n.events,
          prefix: n.prefix,
          suffix: n.suffix,
        })),
        LOCAL_REGION,
      );
      s3.events.on('event', (event: S3Event) => bridge.deliver(event));
      bridge.announce();
      for (const mapping of mappings) mapping.start();

      const stack = new EmbeddedStack(wiring, { s3: s3.endpoint, dynamodb: dynamodbEndpoint, sfn: sfnEndpoint }, queues, stepFunctions, mappings, lambdas, { s3, dynamodb }, options.dataDir);
      await stack.redeliverStoredUploads(bridge);
      return stack;
    } catch (error) {
      await s3.stop();
      await dynamodb?.stop();
      throw error;
    }
  }

  /**
   * Nothing lost across restarts: uploads already in the bucket are announced again, as if S3 re-sent their
   * events. The intake's content-hash idempotency turns the ones already recorded into no-ops.
   */
  private async redeliverStoredUploads(bridge: S3NotificationBridge): Promise<void> {
    const s3 = this.s3Client();
    for (const rule of this.wiring.notifications) {
      const bucket = this.wiring.buckets.find((b) => b.logicalId === rule.bucketLogicalId)!.name;
      let token: string | undefined;
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: rule.prefix, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
          bridge.deliver({
            Records: [{
              eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: LOCAL_REGION, eventTime: new Date().toISOString(),
              eventName: 'ObjectCreated:Put', userIdentity: { principalId: 'LOCAL' }, requestParameters: { sourceIPAddress: '127.0.0.1' },
              responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
              s3: {
                s3SchemaVersion: '1.0', configurationId: 'doc-audit-ingest',
                bucket: { name: bucket, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${bucket}` },
                object: { key: object.Key!, size: object.Size ?? 0, eTag: object.ETag?.replace(/"/g, '') ?? '', sequencer: '0' },
              },
            }],
          });
        }
        token = page.NextContinuationToken;
      } while (token);
    }
    s3.destroy();
  }

  /** Invokes a function directly (as `aws lambda invoke` would), e.g. the list updater the schedule runs on AWS. */
  async invokeFunction(entrySuffix: string, event: unknown): Promise<unknown> {
    const spec = this.wiring.functions.find((f) => f.entry.endsWith(entrySuffix));
    if (!spec) throw new Error(`no function with entry ${entrySuffix}`);
    return this.lambdas.get(spec.logicalId)!.invoke(event);
  }

  /** An S3 client for this stack (what `doc-audit submit` and the tests upload with). */
  s3Client(): S3Client {
    return localS3Client(this.endpoints.s3);
  }

  dynamoDbClient(): DynamoDBClient {
    return localDynamoDbClient(this.endpoints.dynamodb);
  }

  /** Resolves once every queue (but the dead-letter queues) is empty and no execution runs. */
  async idle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const dlqs = new Set(this.wiring.queues.map((q) => q.deadLetterQueue?.logicalId).filter(Boolean));
    for (;;) {
      await this.stepFunctions.idle();
      const busy = [...this.queues].some(([id, q]) => !dlqs.has(id) && q.depth > 0);
      const running = [...this.stepFunctions.executions.values()].some((e) => e.status === 'RUNNING');
      if (!busy && !running) return;
      if (Date.now() > deadline) throw new Error('local pipeline did not become idle in time');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  writeEndpointsFile(extra: Record<string, unknown> = {}): string {
    const file = join(this.dataDir, 'endpoints.json');
    writeFileSync(file, JSON.stringify({ ...this.endpoints, bucket: this.bucketName, table: this.tableName, pid: process.pid, ...extra }, null, 2));
    return file;
  }

  async stop(): Promise<void> {
    for (const mapping of this.mappings) await mapping.stop();
    await this.stepFunctions.close();
    await Promise.all([...this.lambdas.values()].map((l) => l.stop()));
    await this.servers.s3.stop();
    await this.servers.dynamodb?.stop();
  }
}

/** Tesseract is a Debian package here; without it scans are recorded as needs-ocr, as on a runtime with no OCR. */
export function tesseractAvailable(): boolean {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function createTables(wiring: LocalWiring, endpoint: string): Promise<void> {
  const client = localDynamoDbClient(endpoint);
  try {
    for (const table of wiring.tables) {
      try {
        await client.send(new CreateTableCommand({
          TableName: table.name,
          KeySchema: table.keySchema,
          AttributeDefinitions: table.attributeDefinitions,
          GlobalSecondaryIndexes: table.globalSecondaryIndexes,
          BillingMode: 'PAY_PER_REQUEST',
        }));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      for (;;) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: table.name }));
        if (Table?.TableStatus === 'ACTIVE') break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  } finally {
    client.destroy();
  }
}

/** Dead letters recorded by a local stack under `dataDir` (readable while it runs or after). */
export function readDeadLetters(dataDir: string): DeadLetter[] {
  const file = join(dataDir, 'dead-letters.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf-8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DeadLetter);
}
