import { createHash } from 'node:crypto';
import type { ListedEntity } from '../lists/listed-entity';

/**
 * A versioned, self-contained set of list entities: what the screening functions load at cold start and
 * what retroactive screening compares against the previous version.
 */
export interface ListSnapshot {
  /** Snapshot id: the lists' versions joined, e.g. "OFAC-SDN=2024-05-03#ab12…|UN-SC=…". */
  version: string;
  createdAt: string;
  lists: Array<{ id: string; version: string; publishedAt: string; entities: number }>;
  entities: ListedEntity[];
}

export function snapshotVersion(lists: ListSnapshot['lists']): string {
  return lists.map((l) => `${l.id}=${l.version}`).sort().join('|');
}

/** What matters to screening about an entity; remarks and ordering do not. */
function fingerprint(entity: ListedEntity): string {
  const canonical = {
    type: entity.type,
    programs: [...entity.programs].sort(),
    names: entity.names.map((n) => `${n.kind}:${n.strength}:${n.value}`).sort(),
    identifiers: entity.identifiers.map((i) => `${i.scheme}:${i.value}`).sort(),
    countries: [...entity.countries].sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface ListChanges {
  added: ListedEntity[];
  changed: ListedEntity[];
  removed: string[];
}

/** Entries added or changed (new alias, new identifier…) between two versions; only these need re-screening. */
export function diffEntities(previous: ListedEntity[], next: ListedEntity[]): ListChanges {
  const before = new Map(previous.map((e) => [e.entryId, fingerprint(e)]));
  const after = new Set(next.map((e) => e.entryId));
  const added: ListedEntity[] = [];
  const changed: ListedEntity[] = [];
  for (const entity of next) {
    const old = before.get(entity.entryId);
    if (old === undefined) added.push(entity);
    else if (old !== fingerprint(entity)) changed.push(entity);
  }
  return { added, changed, removed: [...before.keys()].filter((id) => !after.has(id)) };
}
