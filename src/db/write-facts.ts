import { ClientKind } from '../domain/model';
import { cypher } from './cypher';
import type { Database } from './database';
import { type ManagerRow, toManagerRow } from './staff';
import { Fields, fieldsOf, toStringOrNull } from './values';

/** A client a write would change (or a member of a household): who created it and who manages it (null: nobody). */
export interface ClientFacts {
  clientId: string;
  createdBy: string | null;
  manager: ManagerRow | null;
}

/** A household a write would change: who created it, and its members' facts. */
export interface HouseholdFacts {
  householdId: string;
  createdBy: string | null;
  members: ClientFacts[];
}

/** What decides who may change a referral: who recorded it, its assignee and their branch, its referee's facts. */
export interface ReferralFacts {
  referralId: string;
  createdBy: string | null;
  assigneeId: string | null;
  assigneeBranchId: string | null;
  referee: ClientFacts;
}

const queries = {
  clients: cypher('clients-with-managers-by-ids'),
  households: cypher('households-with-member-managers-by-ids'),
  referrals: cypher('referral-guard-facts-by-ids'),
};

/** The row's client, its creator (in `creatorField`) and its manager `s` with branch `b`. */
function clientFacts(row: Fields, creatorField = 'createdBy'): ClientFacts {
  return {
    clientId: String(row.get('clientId')),
    createdBy: toStringOrNull(row.get(creatorField)),
    manager: row.get('s') ? toManagerRow(row) : null,
  };
}

export function findClientFacts(db: Database, clientKind: ClientKind, ids: readonly string[]): Promise<ClientFacts[]> {
  return db.read(queries.clients, { ids, clientKind }, (r) => clientFacts(r));
}

export function findHouseholdFacts(db: Database, ids: readonly string[]): Promise<HouseholdFacts[]> {
  return db.read(queries.households, { ids }, (r) => ({
    householdId: String(r.get('householdId')),
    createdBy: toStringOrNull(r.get('createdBy')),
    members: (r.get('members') as Record<string, unknown>[]).map((member) => clientFacts(fieldsOf(member))),
  }));
}

export function findReferralFacts(db: Database, ids: readonly string[]): Promise<ReferralFacts[]> {
  return db.read(queries.referrals, { ids }, (r) => ({
    referralId: String(r.get('referralId')),
    createdBy: toStringOrNull(r.get('createdBy')),
    assigneeId: toStringOrNull(r.get('assigneeId')),
    assigneeBranchId: toStringOrNull(r.get('assigneeBranchId')),
    referee: clientFacts(r, 'refereeCreatedBy'),
  }));
}
