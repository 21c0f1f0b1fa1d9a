import { cypher } from './cypher';
import type { Database } from './database';

const typesByIds = cypher('node-types-by-ids');

/** The entity labels each id is found under, in one round trip (an id absent from the map names nothing). */
export async function findNodeTypes(db: Database, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.read(typesByIds, { ids: [...new Set(ids)] }, (r) => [r.get('id') as string, r.get('type') as string] as const);
  const types = new Map<string, string[]>();
  for (const [id, type] of rows) types.set(id, [...(types.get(id) ?? []), type]);
  return types;
}
