import type { ListSnapshot } from '../../lambdas/domain/screening/list-changes';
import { updateLists, type ParsedList, type UpdateListsDeps } from '../../lambdas/use-cases/update-lists';

const entity = (id: string, name: string) => ({
  entryId: id, list: 'OFAC-SDN', type: 'entity' as const, programs: ['X'], names: [{ value: name, strength: 'primary' as const, kind: 'primary' as const }],
  countries: [], addresses: [], identifiers: [],
});
const list = (version: string, entities = [entity('SDN-1', 'ALPHA LLC')]): ParsedList => ({ id: 'OFAC-SDN', version, publishedAt: version.slice(0, 10), entities });

function deps(fetched: ParsedList[], current?: ListSnapshot): UpdateListsDeps & { published: ListSnapshot[]; rescreened: string[][]; snapshotReads: number } {
  const published: ListSnapshot[] = [];
  const rescreened: string[][] = [];
  const d: UpdateListsDeps & { published: ListSnapshot[]; rescreened: string[][]; snapshotReads: number } = {
    published, rescreened, snapshotReads: 0,
    fetchLists: async () => fetched,
    baseline: async () => [list('2024-01-01#base')],
    snapshots: {
      currentVersion: async () => current?.version,
      current: async () => { d.snapshotReads++; return current; },
      publish: async (s) => { published.push(s); return 'key'; },
    },
    rescreen: async (changed) => { rescreened.push(changed.map((e) => e.entryId)); return { recordsChecked: 0, recordsUpdated: 0, newFindings: 0 }; },
    now: () => new Date('2026-11-28T00:00:00Z'),
  };
  return d;
}

describe('updateLists', () => {
  test('an empty download never replaces the snapshot screening uses', async () => {
    const d = deps([]);
    await expect(updateLists(d)).rejects.toThrow('no lists were fetched');
    expect(d.published).toEqual([]);
  });

  test('a list that came back without entries (a truncated file) is refused', async () => {
    const d = deps([list('2026-11-27#abc', [])]);
    await expect(updateLists(d)).rejects.toThrow('OFAC-SDN came back without entries');
    expect(d.published).toEqual([]);
  });

  test('a new version is published and only added or changed entries are re-screened', async () => {
    const d = deps([list('2026-11-27#abc', [entity('SDN-1', 'ALPHA LLC'), entity('SDN-2', 'BETA LLC')])]);
    const result = await updateLists(d);
    expect(result).toMatchObject({ published: true, changes: { added: 1, changed: 0, removed: 0 } });
    expect(d.rescreened).toEqual([['SDN-2']]);
  });

  test('the same version again is a no-op', async () => {
    const current = { version: 'OFAC-SDN=2026-11-27#abc', createdAt: '', lists: [], entities: [] };
    const d = deps([list('2026-11-27#abc')], current);
    expect(await updateLists(d)).toMatchObject({ published: false });
    expect(d.published).toEqual([]);
    expect(d.snapshotReads).toBe(0); // the version is compared from the pointer; the snapshot is not downloaded
  });
});
