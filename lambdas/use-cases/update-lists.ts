import type { ListedEntity } from '../domain/lists/listed-entity';
import { diffEntities, snapshotVersion, type ListChanges, type ListSnapshot } from '../domain/screening/list-changes';
import type { RescreenReport } from './rescreen-records';

export interface ParsedList {
  id: string;
  version: string;
  publishedAt: string;
  entities: ListedEntity[];
}

export interface UpdateListsDeps {
  /** The current official lists, downloaded (or read from a folder) and parsed. */
  fetchLists(): Promise<ParsedList[]>;
  /** The lists shipped with the code: what documents were screened against before the first snapshot. */
  baseline(): Promise<ParsedList[]>;
  snapshots: { currentVersion(): Promise<string | undefined>; current(): Promise<ListSnapshot | undefined>; publish(snapshot: ListSnapshot): Promise<string> };
  rescreen(changed: ListedEntity[], listVersions: Record<string, string>): Promise<RescreenReport>;
  now: () => Date;
}

export interface UpdateListsResult {
  version: string;
  published: boolean;
  key?: string;
  changes: { added: number; changed: number; removed: number };
  rescreen?: RescreenReport;
}

/**
 * Publishes a new list snapshot when any list's version (publication date + content hash) changed, then
 * re-screens recorded documents against the added and changed entries only.
 */
export async function updateLists(deps: UpdateListsDeps): Promise<UpdateListsResult> {
  const lists = await deps.fetchLists();
  // A snapshot replaces what screening matches against: an empty or truncated download must never become it.
  if (!lists.length) throw new Error('no lists were fetched; the current snapshot stays in force');
  const empty = lists.filter((l) => l.entities.length === 0).map((l) => l.id);
  if (empty.length) throw new Error(`list(s) ${empty.join(', ')} came back without entries; the current snapshot stays in force`);
  const meta = lists.map((l) => ({ id: l.id, version: l.version, publishedAt: l.publishedAt, entities: l.entities.length }));
  const version = snapshotVersion(meta);
  // The pointer says whether anything changed; the previous snapshot is read only to diff a new version.
  if ((await deps.snapshots.currentVersion()) === version) return { version, published: false, changes: { added: 0, changed: 0, removed: 0 } };
  const previous = await deps.snapshots.current();

  const entities = lists.flatMap((l) => l.entities);
  // Before the first snapshot, documents were screened against the lists shipped with the code.
  const before = previous?.entities ?? (await deps.baseline()).flatMap((l) => l.entities);
  const changes: ListChanges = diffEntities(before, entities);
  const snapshot: ListSnapshot = { version, createdAt: deps.now().toISOString(), lists: meta, entities };
  const key = await deps.snapshots.publish(snapshot);
  const changed = [...changes.added, ...changes.changed];
  const rescreen = await deps.rescreen(changed, Object.fromEntries(meta.map((l) => [l.id, l.version])));
  return {
    version, published: true, key,
    changes: { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length },
    rescreen,
  };
}
