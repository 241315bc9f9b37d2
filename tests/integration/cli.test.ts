import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditRecord } from '../../lambdas/domain/audit-record';
import type { EmbeddedStack } from '../../local/embedded-stack';
import { startTestStack } from '../support/embedded';
import { SAMPLES_DIR } from '../support/samples';

jest.setTimeout(180_000);
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'doc-audit.js');

describe('npx doc-audit submit --json', () => {
  let stack: EmbeddedStack;
  let dataDir: string;
  beforeAll(async () => {
    ({ stack, dataDir } = await startTestStack());
    stack.writeEndpointsFile();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('uploads through the running local stack and prints each audit record with the contract fields', async () => {
    // Act
    const { stdout } = await run('node', [CLI, 'submit', join(SAMPLES_DIR, '05-kz-ru-chips-sdn-cyrillic.pdf'), join(SAMPLES_DIR, '08-scan-ru-invoice.png'), '--json', '--tenant', 'cli', '--data-dir', dataDir], { cwd: ROOT });

    // Assess
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    expect(records).toHaveLength(2);
    for (const record of records) {
      for (const field of ['documentId', 'file', 'sha256', 'tenant', 'status', 'findings', 'listVersions', 'createdAt']) expect(record).toHaveProperty(field);
    }
    expect(records[0]).toMatchObject({ file: '05-kz-ru-chips-sdn-cyrillic.pdf', status: 'screened', decision: 'block', tenant: 'cli' });
    expect(records[0].invoice?.parties.find((p) => p.role === 'buyer')?.name).toBe('ООО «Крокус Наноэлектроника»');
    expect(records[0].findings.map((f) => f.entryId)).toEqual(expect.arrayContaining(['SDN-39164', '8542.31']));
    expect(records[1]).toMatchObject({ status: 'screened', engines: ['tesseract'], decision: 'review' });
  });

  test('without a running local stack it says what to do and exits non-zero', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'doc-audit-none-'));
    await expect(run('node', [CLI, 'submit', join(SAMPLES_DIR, '01-kz-ru-bearings-to-ru.pdf'), '--data-dir', empty], { cwd: ROOT }))
      .rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('run `npm start` first') });
  });
});

describe('npm run demo (the main job, in its own process with its own DynamoDB Local)', () => {
  test('processes every sample, shows the SDN buyer and the bearings, exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'doc-audit-demo-'));
    const { stdout } = await run('node', [CLI, 'demo', '--data-dir', dataDir], { cwd: ROOT, timeout: 170_000 });
    expect(stdout).toContain('8/8 documents have a terminal audit record');
    expect(stdout).toMatch(/02-kz-en-sdn-buyer-to-ru\.pdf\s+screened\s+block.*party:OFAC-SDN SDN-39164/);
    expect(stdout).toMatch(/01-kz-ru-bearings-to-ru\.pdf\s+screened\s+review.*goods:CHPL 8482\.10/);
    expect(stdout).toMatch(/08-scan-ru-invoice\.png\s+screened\s+review.*goods:CHPL 8482\.10/);
  });
});
