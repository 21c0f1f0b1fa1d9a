import type { Node } from 'neo4j-driver';
import type { PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { toPerson } from './mappers';
import { toNumber } from './values';

/** A client the attention list considers, with their newest interaction assessments. */
export interface AttentionClientRow {
  person: PersonRecord;
  /** Satisfaction of the two newest assessed interactions, newest first. */
  assessed: number[];
}

const clientsQuery = cypher('attention-clients-by-staff');

/**
 * The ACTIVE and DORMANT clients managed by `staffId`, in one statement
 * from the Staff id index; null when there is no such member of staff.
 */
export async function findAttentionClients(db: Database, staffId: string): Promise<AttentionClientRow[] | null> {
  const rows = await db.read(clientsQuery, { staffId }, (r) => ({
    person: r.get('p') === null ? null : toPerson(r.get('p') as Node),
    assessed: (r.get('assessed') as unknown[]).map(toNumber),
  }));
  if (rows.length === 0) return null;
  return rows.flatMap((row) => (row.person ? [{ person: row.person, assessed: row.assessed }] : []));
}
