import { GetObjectCommand } from '@aws-sdk/client-s3';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients';
import { DynamoDbAuditRepository } from '../../lambdas/adapters/dynamodb-audit-repository';
import type { AuditRecord } from '../../lambdas/domain/audit-record';
import type { EmbeddedStack } from '../../local/embedded-stack';
import { submitDocuments } from '../../local/submit-documents';
import type { UpdateListsResult } from '../../lambdas/use-cases/update-lists';
import { startTestStack } from '../support/embedded';
import { SAMPLES_DIR } from '../support/samples';

jest.setTimeout(180_000);

const DATA = join(__dirname, '..', '..', 'data');

/** A newer OFAC SDN "release": the shipped files plus one new designation of a company that buys from us. */
function newerSdnRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doc-audit-lists-'));
  mkdirSync(join(dir, 'lists', 'ofac-sdn'), { recursive: true });
  for (const file of ['alt.csv', 'add.csv', 'sdn_comments.csv']) copyFileSync(join(DATA, 'lists', 'ofac-sdn', file), join(dir, 'lists', 'ofac-sdn', file));
  const sdn = readFileSync(join(DATA, 'lists', 'ofac-sdn', 'sdn.csv'), 'latin1').replace(/\u001a$/, '');
  const designation = '99000001,"SANDGROUSE INDUSTRIAL TRADING FZE",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Organization Type: Wholesale trade; Linked To: TEST."\r\n';
  writeFileSync(join(dir, 'lists', 'ofac-sdn', 'sdn.csv'), sdn + designation + '\u001a', 'latin1');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    lists: [{ id: 'OFAC-SDN', name: 'OFAC SDN', publisher: 'test', publishedAt: '2026-11-27', files: ['lists/ofac-sdn/sdn.csv', 'lists/ofac-sdn/alt.csv', 'lists/ofac-sdn/add.csv', 'lists/ofac-sdn/sdn_comments.csv'] }],
  }));
  return dir;
}

describe('retroactive screening when a new list version arrives', () => {
  let stack: EmbeddedStack;
  let audit: DynamoDbAuditRepository;
  let before: AuditRecord[];

  beforeAll(async () => {
    ({ stack } = await startTestStack());
    audit = new DynamoDbAuditRepository(dynamoDocumentClient(), stack.tableName);
    const files = ['07-kz-ru-en-mixed-to-ae.pdf', '03-kz-kk-clean-to-de.pdf'].map((f) => join(SAMPLES_DIR, f));
    before = (await submitDocuments(files, { s3: stack.s3Client(), audit, bucket: stack.bucketName }, { tenant: 'retro', timeoutMs: 60_000 })).map((r) => r.record!);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('the UAE buyer is not listed yet: the document needs review for its bearings only', () => {
    expect(before[0]).toMatchObject({ decision: 'review' });
    expect(before[0].findings.every((f) => f.kind !== 'party')).toBe(true);
  });

  test('publishing the new version re-screens recorded parties against the added entry only and adds the hit', async () => {
    // Act
    const result = (await stack.invokeFunction('update-lists.ts', { sourceDir: newerSdnRelease() })) as UpdateListsResult;

    // Assess
    expect(result).toMatchObject({ published: true, changes: { added: 1 }, rescreen: { recordsUpdated: 1, newFindings: 1 } });
    expect(result.rescreen!.recordsChecked).toBeGreaterThanOrEqual(2);
    const [updated, untouched] = await Promise.all(before.map((r) => audit.get('retro', r.documentId)));
    const retro = updated!.findings.find((f) => f.entryId === 'SDN-99000001')!;
    expect(retro).toMatchObject({ kind: 'party', severity: 'critical', list: 'OFAC-SDN', retroactive: { listVersion: expect.stringMatching(/^2026-11-27#/) } });
    expect(retro.evidence.text).toContain('Sandgrouse Industrial Trading FZE');
    expect(updated).toMatchObject({ decision: 'block', rescreenedAt: expect.any(String) });
    expect(updated!.findings.slice(0, before[0].findings.length)).toEqual(before[0].findings);
    expect(updated!.listVersions['OFAC-SDN']).toMatch(/^2026-11-27#/);
    expect(untouched).toEqual(before[1]);
  });

  test('the snapshot is published to S3 for the screening functions, and the same version twice is a no-op', async () => {
    const s3 = stack.s3Client();
    const pointer = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucketName, Key: 'lists/current.json' }))).Body!.transformToString());
    expect(pointer.lists).toEqual([expect.objectContaining({ id: 'OFAC-SDN', publishedAt: '2026-11-27' })]);
    const again = (await stack.invokeFunction('update-lists.ts', { sourceDir: newerSdnRelease() })) as UpdateListsResult;
    expect(again).toMatchObject({ published: false });
  });

  test('documents screened after the update are screened against the new snapshot', async () => {
    const [result] = await submitDocuments([join(SAMPLES_DIR, '07-kz-ru-en-mixed-to-ae.pdf')], { s3: stack.s3Client(), audit, bucket: stack.bucketName }, { tenant: 'retro-later', timeoutMs: 60_000 });
    expect(result.record!.findings.map((f) => f.entryId)).toContain('SDN-99000001');
    expect(result.record!.decision).toBe('block');
  });
});
