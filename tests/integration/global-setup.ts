import { startDynamoDbLocal } from '../../local/local-servers';

/**
 * One DynamoDB Local (Java) for the whole integration run: it takes seconds to start. Test files isolate
 * themselves with their own table-name prefix. The endpoint reaches the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startDynamoDbLocal();
  process.env.DOC_AUDIT_TEST_DYNAMODB_ENDPOINT = server.endpoint;
  (globalThis as Record<string, unknown>).__docAuditDynamoDb = server;
}
