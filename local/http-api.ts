import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DynamoDbAuditRepository } from '../lambdas/adapters/dynamodb-audit-repository';
import type { DeadLetter } from './embedded-stack';

/**
 * The local read API on loopback only: audit records per tenant and the dead-letter queue. It answers JSON
 * (never HTML), so document text in records is never rendered. Authentication and the role-based API come
 * with the API issue (Cognito on AWS); until then this server must not be exposed beyond 127.0.0.1.
 */
export async function startHttpApi(deps: { audit: DynamoDbAuditRepository; deadLetters: () => DeadLetter[] }, port = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method !== 'GET') return send(405, { error: 'only GET is supported' });
    void (async () => {
      if (url.pathname === '/health') return send(200, { status: 'ok' });
      if (url.pathname === '/dlq') return send(200, deps.deadLetters());
      if (parts[0] === 'tenants' && parts[2] === 'documents' && /^[a-z0-9-]{1,40}$/.test(parts[1] ?? '')) {
        if (parts.length === 3) return send(200, await deps.audit.listByTenant(parts[1]));
        if (parts.length === 4) {
          const record = await deps.audit.get(parts[1], parts[3]);
          return record ? send(200, record) : send(404, { error: 'no such document' });
        }
      }
      send(404, { error: 'not found' });
    })().catch((error: Error) => send(500, { error: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
