import { ClientKind } from '../domain/model';
import { cypher } from './cypher';
import type { Database, Params, WriteScope } from './database';
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

function householdFacts(row: Fields): HouseholdFacts {
  return {
    householdId: String(row.get('householdId')),
    createdBy: toStringOrNull(row.get('createdBy')),
    members: (row.get('members') as Record<string, unknown>[]).map((member) => clientFacts(fieldsOf(member))),
  };
}

export function findClientFacts(db: Database, clientKind: ClientKind, ids: readonly string[]): Promise<ClientFacts[]> {
  return db.read(queries.clients, { ids, clientKind }, (r) => clientFacts(r));
}

export function findHouseholdFacts(db: Database, ids: readonly string[]): Promise<HouseholdFacts[]> {
  return db.read(queries.households, { ids }, householdFacts);
}

/** Refuses (throws) a write to an object that was there already, as its facts stand under the write's lock. */
export type Recheck<F> = (facts: F) => void;

/**
 * An upsert's first statement (a `*-claim` query returning `created`):
 * creates the object when the id is free, else locks it, reads its facts
 * and hands them to `recheck`, whose throw rolls the transaction back. So a
 * viewer let create a free id is refused, not let change someone else's
 * object that took the id meanwhile. True when it created the object.
 */
export async function claimForUpsert<F>(
  scope: WriteScope,
  claim: string,
  params: Params,
  factsNow: (scope: WriteScope) => Promise<F>,
  recheck: Recheck<F>,
): Promise<boolean> {
  const [created] = await scope.run(claim, params, (r) => r.get('created') as boolean);
  if (!created) recheck(await factsNow(scope));
  return created;
}

/** A client's facts read inside a write, after its lock. */
export async function clientFactsIn(scope: WriteScope, clientKind: ClientKind, id: string): Promise<ClientFacts> {
  const [facts] = await scope.run(queries.clients, { ids: [id], clientKind }, (r) => clientFacts(r));
  return facts;
}

/** A household's facts read inside a write, after its lock. */
export async function householdFactsIn(scope: WriteScope, id: string): Promise<HouseholdFacts> {
  const [facts] = await scope.run(queries.households, { ids: [id] }, householdFacts);
  return facts;
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
