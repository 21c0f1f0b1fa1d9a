import type { PersonRecords } from '../domain/tie-path';
import type { Loaders } from '../loaders/create-loaders';

/**
 * The full records of the persons on result paths, through `personById`: one
 * batched round trip for all of them (none for those already loaded, like the
 * prospect), cached for nested person fields. Path searches read summaries
 * only, so each of their round trips stays small.
 */
export async function loadPathRecords(loaders: Loaders, ids: readonly string[]): Promise<PersonRecords> {
  const loaded = await loaders.personById.loadMany([...new Set(ids)]);
  return new Map(loaded.flatMap((person) => (person && !(person instanceof Error) ? [[person.id, person] as const] : [])));
}
