import { notFoundError, Outcome, success } from '../domain/outcome';
import type { PathPerson } from '../domain/people-neighbourhood';
import type { PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { toPerson } from './mappers';
import { toPathPerson } from './people-ties';

const queries = {
  introducersByStaff: cypher('introducers-by-staff'),
  setOptOut: cypher('person-introductions-opt-out-set'),
};

/**
 * The staff member's ACTIVE clients who have not opted out of introductions;
 * null when there is no staff member with that id.
 */
export async function findIntroducersOfStaff(db: Database, staffId: string): Promise<PathPerson[] | null> {
  const rows = await db.read(queries.introducersByStaff, { staffId }, (r) => r.get('summary') as Record<string, unknown> | null);
  if (rows.length === 0) return null;
  return rows.flatMap((summary) => (summary ? [toPathPerson(summary)] : []));
}

/** Records whether the person may be asked to introduce others (or be a step on such a path). */
export async function setIntroductionsOptOut(db: Database, personId: string, optOut: boolean): Promise<Outcome<PersonRecord>> {
  const [person] = await db.write((tx) => tx.run(queries.setOptOut, { id: personId, optOut }, (r) => toPerson(r.get('p'))));
  return person ? success(person) : notFoundError('personId', 'person', personId);
}
