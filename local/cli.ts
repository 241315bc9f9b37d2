import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Command } from 'commander';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { dynamoDocumentClient, s3Client } from '../lambdas/adapters/aws-clients';
import { DynamoDbAuditRepository } from '../lambdas/adapters/dynamodb-audit-repository';
import { loadBundledLists, loadGoods } from '../lambdas/adapters/list-files';
import { DEFAULT_LIMITS } from '../lambdas/config';
import { classifyGoodsJsonl } from '../lambdas/domain/goods';
import { matchNamesJsonl, NameIndex } from '../lambdas/domain/screening/name-matching';
import { readDocument } from '../lambdas/domain/reading/read-document';
import type * as UpdateListsModule from '../lambdas/handlers/update-lists';
import { enginesOf, understandInvoice } from '../lambdas/use-cases/pipeline-stages';
import { TesseractOcr } from '../lambdas/adapters/tesseract-ocr';
import { EmbeddedStack, readDeadLetters, tesseractAvailable } from './embedded-stack';
import { startHttpApi } from './http-api';
import { localAwsEnvironment } from './local-servers';
import { describeResult, submitDocuments, type SubmitTarget } from './submit-documents';

const PROJECT_ROOT = join(__dirname, '..');
const defaultDataDir = () => resolve(process.env.DOC_AUDIT_DATA_DIR ?? '.doc-audit');
const SAMPLE_FILE = /\.(pdf|png|jpe?g|tiff?|xml)$/i;

const program = new Command()
  .name('doc-audit')
  .description('Export-control and sanctions audit of trade documents (local embedded runtime and AWS).');

/** Starts the embedded stack, runs every sample through it and prints one line per document. */
async function runLocal(options: { dataDir: string; samples: string; tenant: string; apiPort: string }, keepServing: boolean) {
  const started = Date.now();
  console.log(`doc-audit: starting the embedded stack (DynamoDB Local, S3 server, pipeline) in ${options.dataDir} …`);
  const stack = await EmbeddedStack.start({ dataDir: options.dataDir });
  const audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName); // the stack set the local endpoints
  const api = await startHttpApi({ audit, deadLetters: () => readDeadLetters(options.dataDir) }, Number(options.apiPort));
  stack.writeEndpointsFile({ api: api.url });
  console.log(`doc-audit: ready in ${((Date.now() - started) / 1000).toFixed(1)} s — S3 ${stack.endpoints.s3}, DynamoDB ${stack.endpoints.dynamodb}, API ${api.url}`);

  const files = existsSync(options.samples)
    ? readdirSync(options.samples).filter((f) => SAMPLE_FILE.test(f)).sort().map((f) => join(options.samples, f))
    : [];
  console.log(`doc-audit: processing ${files.length} sample(s) from ${options.samples} as tenant "${options.tenant}"`);
  const s3 = stack.s3Client();
  const results = await submitDocuments(files, { s3, audit, bucket: stack.bucketName }, {
    tenant: options.tenant,
    timeoutMs: 120_000,
    onRecord: (r) => console.log(`  ${describeResult(r)}`),
  });
  const missing = results.filter((r) => !r.record);
  console.log(`doc-audit: ${results.length - missing.length}/${results.length} documents have a terminal audit record`);

  if (keepServing) {
    console.log('doc-audit: serving. Try `npx doc-audit submit <file> --json` in another terminal; Ctrl+C stops.');
    const shutdown = async () => {
      api.server.close();
      await stack.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return;
  }
  api.server.close();
  s3.destroy();
  await stack.stop();
  process.exitCode = missing.length ? 1 : 0;
}

const localOptions = (command: Command) => command
  .option('--data-dir <dir>', 'where local data lives', defaultDataDir())
  .option('--samples <dir>', 'documents to process on start', join(PROJECT_ROOT, 'samples'))
  .option('--tenant <tenant>', 'tenant the samples are uploaded for', 'demo')
  .option('--api-port <port>', 'port of the local HTTP API (0 = any free port)', process.env.DOC_AUDIT_API_PORT ?? '0');

localOptions(program.command('start').description('start the embedded stack, process samples/, keep serving'))
  .action((options) => runLocal(options, true));
localOptions(program.command('demo').description('process samples/ on the embedded stack and exit (non-zero if any record is missing)'))
  .action((options) => runLocal(options, false));

program.command('submit')
  .description('upload files and wait for their audit records (local stack by default, AWS with --aws)')
  .argument('<files...>')
  .option('--json', 'print the audit records as JSON, one object per line')
  .option('--tenant <tenant>', 'tenant to upload for', 'demo')
  .option('--timeout <seconds>', 'how long to wait for the records', '120')
  .option('--aws', 'use the deployed stack (DOC_AUDIT_BUCKET, DOC_AUDIT_TABLE from the stack outputs)')
  .option('--data-dir <dir>', 'data folder of the running local stack', defaultDataDir())
  .action(async (files: string[], options) => {
    const target = options.aws ? awsTarget() : localTarget(options.dataDir);
    const results = await submitDocuments(files, target, {
      tenant: options.tenant,
      timeoutMs: Number(options.timeout) * 1000,
      onRecord: (r) => console.log(options.json ? JSON.stringify(r.record ?? { file: r.file, status: 'missing' }) : describeResult(r)),
    });
    target.s3.destroy();
    process.exitCode = results.every((r) => r.record) ? 0 : 1;
  });

program.command('extract')
  .description('read files and print the invoice model (parties, lines, header, route) with evidence')
  .argument('<files...>')
  .option('--json', 'one JSON object per file, one per line')
  .action(async (files: string[], options) => {
    let failed = 0;
    for (const file of files) {
      const output = await extractFile(file).catch((error: Error) => {
        failed++;
        return { file: basename(file), error: error.message };
      });
      console.log(options.json ? JSON.stringify(output) : JSON.stringify(output, null, 2));
    }
    process.exitCode = failed ? 1 : 0;
  });

/** Reads JSON Lines from standard input (the evaluation commands' input format). */
async function stdinLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf-8').split('\n').filter((l) => l.trim());
}

program.command('match-names')
  .description('score name pairs with the screener\'s scorer: stdin {"a","b","type"?} per line → {"score","match","explanation"}')
  .option('--jsonl', 'JSON Lines in and out (the only format)')
  .action(async () => {
    for (const line of matchNamesJsonl(await stdinLines())) console.log(line);
  });

program.command('screen')
  .description('screen parties against the loaded lists: stdin {"name","country"?,"identifiers"?,"type"?} per line → {"query","hits","decision"}')
  .option('--jsonl', 'JSON Lines in and out (the only format)')
  .action(async () => {
    const lists = await loadBundledLists();
    const index = new NameIndex(lists.flatMap((l) => l.entities));
    const versions = Object.fromEntries(lists.map((l) => [l.id, l.version]));
    for (const line of await stdinLines()) {
      let query: { name?: unknown; country?: string; identifiers?: Array<{ scheme: string; value: string }>; type?: 'individual' | 'entity' };
      try {
        query = JSON.parse(line);
      } catch {
        console.log(JSON.stringify({ error: 'not JSON', line: line.slice(0, 200) }));
        continue;
      }
      if (typeof query.name !== 'string' || !query.name.trim()) {
        console.log(JSON.stringify({ query, error: 'name is required' }));
        continue;
      }
      const hits = index.search({ name: query.name, country: query.country, identifiers: query.identifiers, type: query.type }, { limit: 10 });
      const decision = hits.some((h) => h.decision === 'match') ? 'match' : hits.some((h) => h.decision === 'review') ? 'review' : 'clear';
      console.log(JSON.stringify({
        query,
        hits: hits.map((h) => ({ entryId: h.entryId, list: h.list, listVersion: versions[h.list], programs: h.programs, matchedName: h.matchedName.value, score: Number(h.score.toFixed(3)), decision: h.decision, explanation: h.explanation })),
        decision,
      }));
    }
  });

program.command('classify-goods')
  .description('classify goods descriptions/codes: stdin {"text","hsCode"?} per line → {"hs6","heading","confidence","controls"}')
  .option('--jsonl', 'JSON Lines in and out (the only format)')
  .action(async () => {
    const { screener } = loadGoods();
    for (const line of classifyGoodsJsonl(await stdinLines(), screener.data)) console.log(line);
  });

const lists = program.command('lists').description('sanctions list snapshots');
lists.command('update')
  .description('fetch the lists (official URLs, or --from a folder laid out like data/), publish a snapshot, re-screen recorded documents')
  .option('--from <dir>', 'read the lists from this folder (manifest.json + files) instead of downloading')
  .option('--aws', 'publish to the deployed stack (DOC_AUDIT_BUCKET, DOC_AUDIT_TABLE)')
  .option('--data-dir <dir>', 'data folder of the running local stack', defaultDataDir())
  .action(async (options) => {
    if (options.aws) {
      process.env.INGEST_BUCKET_NAME = requiredEnv('DOC_AUDIT_BUCKET');
      process.env.AUDIT_TABLE_NAME = requiredEnv('DOC_AUDIT_TABLE');
    } else {
      const endpoints = readLocalEndpoints(options.dataDir);
      Object.assign(process.env, localAwsEnvironment(endpoints), { INGEST_BUCKET_NAME: endpoints.bucket, AUDIT_TABLE_NAME: endpoints.table });
    }
    // The same handler the daily schedule runs on AWS.
    // Loaded only now: the handler reads its configuration from the environment at load time.
    const { handler } = require('../lambdas/handlers/update-lists') as typeof UpdateListsModule;
    console.log(JSON.stringify(await handler(options.from ? { sourceDir: resolve(options.from) } : {}), null, 2));
  });

program.command('dlq')
  .description('list upload events that ended in the dead-letter queue')
  .option('--json', 'print JSON')
  .option('--aws', 'read the deployed dead-letter queue (DOC_AUDIT_DLQ_URL)')
  .option('--data-dir <dir>', 'data folder of the local stack', defaultDataDir())
  .action(async (options) => {
    const letters = options.aws ? await awsDeadLetters() : readDeadLetters(options.dataDir).map((d) => ({ messageId: d.messageId, receiveCount: d.receiveCount, at: d.deadLetteredAt, body: d.body }));
    if (options.json) return console.log(JSON.stringify(letters, null, 2));
    if (!letters.length) return console.log('dead-letter queue is empty');
    for (const l of letters) console.log(`${l.messageId}  received ${l.receiveCount}×  ${l.at ?? ''}  ${l.body.slice(0, 160)}`);
  });

/** The invoice model of one file, as the pipeline's read and extract stages produce it. */
async function extractFile(file: string) {
  const document = await readDocument(new Uint8Array(readFileSync(file)), { maxPages: DEFAULT_LIMITS.maxPages, ocr: tesseractAvailable() ? new TesseractOcr() : undefined });
  const model = understandInvoice(document);
  return {
    file: basename(file),
    pages: document.pages.length,
    languages: model.languages,
    engines: enginesOf(document),
    invoice: model.invoice,
    parties: model.parties,
    lines: model.lines,
    route: model.route,
    warnings: model.warnings,
    ...(model.crossCheck ? { crossCheck: model.crossCheck } : {}),
  };
}

interface LocalEndpoints {
  s3: string;
  dynamodb: string;
  bucket: string;
  table: string;
}

function readLocalEndpoints(dataDir: string): LocalEndpoints {
  const file = join(dataDir, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`no local stack found (${file} is missing): run \`npm start\` first, or pass --aws`);
  return JSON.parse(readFileSync(file, 'utf-8')) as LocalEndpoints;
}

/** The running local stack, reached the way its handlers reach it: through the SDK's environment variables. */
function localTarget(dataDir: string): SubmitTarget {
  const endpoints = readLocalEndpoints(dataDir);
  Object.assign(process.env, localAwsEnvironment(endpoints));
  return { s3: s3Client(), audit: new DynamoDbAuditRepository(dynamoDocumentClient(), endpoints.table), bucket: endpoints.bucket };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required with --aws (see the stack outputs of DocAuditPipeline)`);
  return value;
}

function awsTarget(): SubmitTarget {
  return {
    s3: s3Client(),
    audit: new DynamoDbAuditRepository(dynamoDocumentClient(), requiredEnv('DOC_AUDIT_TABLE')),
    bucket: requiredEnv('DOC_AUDIT_BUCKET'),
  };
}

async function awsDeadLetters() {
  const sqs = new SQSClient({});
  // VisibilityTimeout 0 peeks without hiding the messages from a later redrive.
  const response = await sqs.send(new ReceiveMessageCommand({
    QueueUrl: requiredEnv('DOC_AUDIT_DLQ_URL'), MaxNumberOfMessages: 10, VisibilityTimeout: 0, MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
  }));
  return (response.Messages ?? []).map((m) => ({
    messageId: m.MessageId ?? '', receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0),
    at: m.Attributes?.SentTimestamp ? new Date(Number(m.Attributes.SentTimestamp)).toISOString() : undefined, body: m.Body ?? '',
  }));
}

program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`doc-audit: ${error.message}`);
  process.exit(2);
});
