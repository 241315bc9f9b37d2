import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStack } from '../../local/embedded-stack';

/**
 * An embedded stack for one test file: its own S3 directory and table-name prefix, on the DynamoDB Local
 * that the integration global setup started. Queue visibility timeouts are scaled down so that retries and
 * redrives happen in milliseconds instead of minutes.
 */
export async function startTestStack(): Promise<{ stack: EmbeddedStack; dataDir: string }> {
  const endpoint = process.env.DOC_AUDIT_TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DynamoDB Local endpoint missing: run the integration tests through jest (global setup)');
  const dataDir = mkdtempSync(join(tmpdir(), 'doc-audit-it-'));
  const stack = await EmbeddedStack.start({
    dataDir,
    dynamodbEndpoint: endpoint,
    namePrefix: `t${randomBytes(3).toString('hex')}-`,
    timeScale: 0.0002,
  });
  return { stack, dataDir };
}
