import type { RunningServer } from '../../local/local-servers';

export default async function globalTeardown(): Promise<void> {
  await ((globalThis as Record<string, unknown>).__docAuditDynamoDb as RunningServer | undefined)?.stop();
}
