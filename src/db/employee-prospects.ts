import type { Node } from 'neo4j-driver';
import type { ProspectNeighbourhood } from '../domain/employee-prospects';
import { cypher } from './cypher';
import type { Database } from './database';
import { toOrganization, toPerson } from './mappers';
import { neighbourParams, StoredTie, toPersonTie, withPersonNeighbours } from './neighbour-ties';
import { toNumber } from './values';

const query = withPersonNeighbours(cypher('employee-prospects'));

interface StoredCandidate {
  person: Node;
  keyPerson: boolean;
  clientTies: { clientId: string; clientName: string; tie: StoredTie }[];
}

/**
 * What employeeProspects ranks, for many organizations in one round trip;
 * organizations that do not exist are left out. Colleague ties are not read
 * here: src/domain/employee-prospects.ts works them out from `activeEmployees`.
 */
export function findProspectNeighbourhoods(db: Database, organizationIds: readonly string[]): Promise<ProspectNeighbourhood[]> {
  return db.read(query, { organizationIds, ...neighbourParams(false) }, (r) => ({
    organization: toOrganization(r.get('organization')),
    employeesInGraph: toNumber(r.get('employeesInGraph')),
    activeEmployees: r.get('activeEmployees') as ProspectNeighbourhood['activeEmployees'],
    candidates: (r.get('candidates') as StoredCandidate[]).map((candidate) => ({
      person: toPerson(candidate.person),
      keyPerson: candidate.keyPerson,
      clientTies: candidate.clientTies.map((row) => ({ clientId: row.clientId, clientName: row.clientName, tie: toPersonTie(row.tie) })),
    })),
  }));
}
