import type { Node } from 'neo4j-driver';
import { ClientKind, HouseholdRole } from '../domain/model';
import type { HouseholdRecord, OrganizationRecord, PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import type { HouseholdMemberRow } from './households';
import { toHousehold, toOrganization, toPerson } from './mappers';
import { type ManagerRow, toManagerRow } from './staff';
import { Fields, fieldsOf, toStringOrNull } from './values';

/** A client a write would change, who created it and who manages it (null: nobody). */
export interface ClientFacts<T> {
  clientId: string;
  client: T;
  createdBy: string | null;
  manager: ManagerRow | null;
}

/** A household a write would change: who created it, and its members each with their manager. */
export interface HouseholdFacts {
  household: HouseholdRecord;
  createdBy: string | null;
  members: { member: HouseholdMemberRow; manager: ManagerRow | null }[];
}

/** What decides who may change a referral: who recorded it, its assignee's branch, its referee and their manager. */
export interface ReferralFacts {
  referralId: string;
  createdBy: string | null;
  assigneeId: string | null;
  assigneeBranchId: string | null;
  referee: PersonRecord;
  refereeManager: ManagerRow | null;
}

const queries = {
  clients: cypher('clients-with-managers-by-ids'),
  households: cypher('households-with-member-managers-by-ids'),
  referrals: cypher('referral-guard-facts-by-ids'),
};

/** The manager `s` (with branch `b`) of a row as a manager row, or null for nobody. */
function managerOf(clientId: string, row: Fields): ManagerRow | null {
  return row.get('s') ? toManagerRow(fieldsOf({ clientId, s: row.get('s'), b: row.get('b') })) : null;
}

function findClientFacts<T>(db: Database, clientKind: ClientKind, ids: readonly string[], toClient: (node: Node) => T): Promise<ClientFacts<T>[]> {
  return db.read(queries.clients, { ids, clientKind }, (r) => {
    const clientId = String(r.get('clientId'));
    return { clientId, client: toClient(r.get('c')), createdBy: toStringOrNull(r.get('createdBy')), manager: managerOf(clientId, r) };
  });
}

export function findPersonFacts(db: Database, ids: readonly string[]): Promise<ClientFacts<PersonRecord>[]> {
  return findClientFacts(db, ClientKind.PERSON, ids, toPerson);
}

export function findOrganizationFacts(db: Database, ids: readonly string[]): Promise<ClientFacts<OrganizationRecord>[]> {
  return findClientFacts(db, ClientKind.ORGANIZATION, ids, toOrganization);
}

export function findHouseholdFacts(db: Database, ids: readonly string[]): Promise<HouseholdFacts[]> {
  return db.read(queries.households, { ids }, (r) => {
    const household = toHousehold(r.get('h'));
    const members = r.get('members') as { person: Node; role: HouseholdRole; s: Node | null; b: Node | null }[];
    return {
      household,
      createdBy: toStringOrNull(r.get('createdBy')),
      members: members.map((m) => {
        const person = toPerson(m.person);
        return {
          member: { householdId: household.id, role: m.role, person },
          manager: managerOf(person.id, fieldsOf(m)),
        };
      }),
    };
  });
}

export function findReferralFacts(db: Database, ids: readonly string[]): Promise<ReferralFacts[]> {
  return db.read(queries.referrals, { ids }, (r) => {
    const referee = toPerson(r.get('referee'));
    return {
      referralId: String(r.get('referralId')),
      createdBy: toStringOrNull(r.get('createdBy')),
      assigneeId: toStringOrNull(r.get('assigneeId')),
      assigneeBranchId: toStringOrNull(r.get('assigneeBranchId')),
      referee,
      refereeManager: managerOf(referee.id, r),
    };
  });
}
