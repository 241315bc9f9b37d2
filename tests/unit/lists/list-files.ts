import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';

/** The snapshots shipped in data/lists (the tests never read anything outside the repository). */
export const snapshot = (path: string): Buffer => readFileSync(join(__dirname, '..', '..', '..', 'data', 'lists', path));

export const snapshotText = (path: string): string => snapshot(path).toString('utf-8');

/** Hand-written fixtures for the formats we have no snapshot of. */
export const fixture = (name: string): Buffer => readFileSync(join(__dirname, '..', '..', 'fixtures', 'lists', name));

export function entry(entities: ListedEntity[], entryId: string): ListedEntity {
  const found = entities.find((e) => e.entryId === entryId);
  if (!found) throw new Error(`${entryId} not parsed`);
  return found;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  return items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});
}

export const namesOf = (entity: ListedEntity, kind?: string) => entity.names.filter((n) => !kind || n.kind === kind).map((n) => n.value);
