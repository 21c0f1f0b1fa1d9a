import { randomUUID } from 'node:crypto';
import type { Node } from 'neo4j-driver';
import { type HouseholdRole, UserErrorCode } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { HouseholdRecord, Page, PageWindow, PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { toHousehold, toPerson } from './mappers';
import { definedOnly, Fields } from './values';
import { missingReferences, type Reference } from './lookups';
import { countIdList, findIdListPage, IdListQueries } from './id-lists';
import type { FullRecordScope } from './organizations';
import { claimForUpsert, HouseholdFacts, householdFactsIn, Recheck } from './write-facts';

export interface HouseholdChanges {
  id?: string;
  name: string;
  address?: string | null;
}

/** A member of a household with the person's record, so no second lookup is needed. */
export interface HouseholdMemberRow {
  householdId: string;
  role: HouseholdRole;
  person: PersonRecord;
}

export interface HouseholdWithMembers {
  household: HouseholdRecord;
  members: HouseholdMemberRow[];
}

export interface PersonHouseholdRow {
  personId: string;
  role: HouseholdRole;
  household: HouseholdRecord;
}

const queries = {
  claim: cypher('household-claim'),
  upsert: cypher('household-upsert'),
  byIds: cypher('households-by-ids'),
  addMember: cypher('household-member-add'),
  removeMember: cypher('household-member-remove'),
  membershipsByPersonIds: cypher('household-memberships-by-person-ids'),
  membersByHouseholdIds: cypher('household-members-by-household-ids'),
};

/** Which households to list. */
export interface HouseholdFilter {
  search?: string | null;
  /** With a search: only households whose name this scope sees in full (null: every household). */
  nameScope?: FullRecordScope | null;
}

const listQueries: IdListQueries<'name' | 'all'> = {
  anchors: { name: cypher('households-match-by-name'), all: cypher('households-match-after') },
  filter: cypher('households-filter'),
  pageReturn: cypher('households-page-return'),
  countAll: cypher('households-count-all'),
};

const householdAnchor = (filter: HouseholdFilter) => (filter.search ? 'name' : 'all');
const householdParams = (filter: HouseholdFilter) => ({ search: filter.search ?? null, nameScope: filter.nameScope ?? null });

/** One page of households in id order, read either way from the window's cursor. */
export function findHouseholdsPage(db: Database, filter: HouseholdFilter, window: PageWindow<string>): Promise<Page<HouseholdRecord>> {
  return findIdListPage(db, listQueries, householdAnchor(filter), householdParams(filter), window, (r) => toHousehold(r.get('h') as Node));
}

export function countHouseholds(db: Database, filter: HouseholdFilter): Promise<number> {
  return countIdList(db, listQueries, householdAnchor(filter), householdParams(filter));
}

/** Creates a household (`createdBy` is kept from then on) or, when `recheck` lets the viewer change the one there under its lock, updates it. */
export async function upsertHousehold(
  db: Database,
  { id = randomUUID(), ...props }: HouseholdChanges,
  createdBy: string | null,
  recheck: Recheck<HouseholdFacts>,
): Promise<HouseholdRecord> {
  return db.write(async (tx) => {
    await claimForUpsert(tx, queries.claim, { id, createdBy }, (scope) => householdFactsIn(scope, id), recheck);
    const [household] = await tx.run(queries.upsert, { id, props: definedOnly(props) }, (r) => toHousehold(r.get('h')));
    return household;
  });
}

/** The ids a write names, by input field, to say which was not found. */
const householdReferences = (householdId: string, personId: string): Reference[] => [
  { field: 'householdId', kind: 'household', id: householdId },
  { field: 'personId', kind: 'person', id: personId },
];

/** Puts a person in a household (leaving any other: one household each). */
export async function addHouseholdMember(
  db: Database,
  householdId: string,
  personId: string,
  role: HouseholdRole,
): Promise<Outcome<HouseholdRecord>> {
  return db.write(async (tx) => {
    const [household] = await tx.run(queries.addMember, { householdId, personId, role }, (r) => toHousehold(r.get('h')));
    if (household) return success(household);
    return missingReferences(tx, householdReferences(householdId, personId));
  });
}

/** Takes a person out of a household; NOT_PRESENT when they are not a member of it. */
export async function removeHouseholdMember(db: Database, householdId: string, personId: string): Promise<Outcome<HouseholdRecord>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.removeMember, { householdId, personId }, (r) => ({
      household: toHousehold(r.get('h')),
      removed: r.get('removed') as boolean,
    }));
    if (row && !row.removed) {
      return failure('personId', UserErrorCode.NOT_PRESENT, `"${personId}" is not a member of household "${householdId}"; nothing was changed.`);
    }
    if (row) return success(row.household);
    return missingReferences(tx, householdReferences(householdId, personId));
  });
}

/** Households with their members (in person id order), so a loader can prime `membersOfHousehold`. */
export function findHouseholdsByIds(db: Database, ids: readonly string[]): Promise<HouseholdWithMembers[]> {
  return db.read(queries.byIds, { ids }, (r) => {
    const household = toHousehold(r.get('h'));
    const members = r.get('members') as { person: Node; role: HouseholdRole }[];
    return { household, members: members.map(({ person, role }) => ({ householdId: household.id, role, person: toPerson(person) })) };
  });
}

export const toPersonHouseholdRow = (r: Fields): PersonHouseholdRow => ({
  personId: String(r.get('personId')),
  role: r.get('role') as HouseholdRole,
  household: toHousehold(r.get('h') as Node),
});

export function findHouseholdsOfPersons(db: Database, ids: readonly string[]): Promise<PersonHouseholdRow[]> {
  return db.read(queries.membershipsByPersonIds, { ids }, toPersonHouseholdRow);
}

export function findMembersOfHouseholds(db: Database, ids: readonly string[]): Promise<HouseholdMemberRow[]> {
  return db.read(queries.membersByHouseholdIds, { ids }, (r) => ({
    householdId: r.get('householdId'),
    role: r.get('role'),
    person: toPerson(r.get('p')),
  }));
}
