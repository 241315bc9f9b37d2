import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest, resolveDataDir } from '../../../lambdas/adapters/list-files';

describe('where the list files are found', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("the local runtime's state folder (DOC_AUDIT_DATA_DIR) does not move the lists", () => {
    process.env.DOC_AUDIT_DATA_DIR = mkdtempSync(join(tmpdir(), 'doc-audit-state-'));
    delete process.env.DOC_AUDIT_LIST_DIR;
    expect(resolveDataDir()).toBe(join(__dirname, '..', '..', '..', 'data'));
    expect(readManifest().length).toBeGreaterThanOrEqual(5);
  });

  test('DOC_AUDIT_LIST_DIR points at another folder of lists', () => {
    process.env.DOC_AUDIT_LIST_DIR = '/srv/lists';
    expect(resolveDataDir()).toBe('/srv/lists');
  });
});
