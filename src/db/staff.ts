import { randomUUID } from 'node:crypto';
import type { Node } from 'neo4j-driver';
import { ClientKind, StaffRole, UserErrorCode } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { BranchRecord, Page, PageWindow, StaffRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { countIdList, findIdListPage, IdListQueries } from './id-lists';
import { missingReferences, type Reference } from './lookups';
import { toBranch, toStaff } from './mappers';
import { definedOnly, Fields, toNumber } from './values';

export interface BranchChanges {
  id?: string;
  name: string;
  city?: string | null;
}

export interface StaffChanges {
  id?: string;
  name: string;
  role: StaffRole;
  branchId?: string | null;
  /** false deactivates; omitted, unchanged (a new member of staff is active). */
  active?: boolean;
}

/** A member of staff with their branch, so a loader can prime `branchById`. */
export interface StaffWithBranch {
  staff: StaffRecord;
  branch: BranchRecord | null;
}

export interface ManagerRow extends StaffWithBranch {
  clientId: string;
}

export interface StaffRow extends StaffWithBranch {
  clientCount: number;
}

export interface BranchStaffRow {
  branchId: string;
  staff: StaffRecord;
}

const queries = {
  upsertBranch: cypher('branch-upsert'),
  branchesByIds: cypher('branches-by-ids'),
  allBranches: cypher('branches-all'),
  upsertStaff: cypher('staff-upsert'),
  staffByIds: cypher('staff-by-ids'),
  staffMember: cypher('staff-member-by-id'),
  staffByBranchIds: cypher('staff-by-branch-ids'),
  assignManager: cypher('manager-assign'),
  unassignManager: cypher('manager-unassign'),
  managersByClientIds: cypher('managers-by-client-ids'),
  clientCounts: cypher('client-counts-by-staff-ids'),
};

/** Which staff to list; all given conditions hold. */
export interface StaffFilter {
  branchId?: string | null;
  role?: StaffRole | null;
  active?: boolean | null;
  search?: string | null;
}

const listQueries: IdListQueries<'branch' | 'name' | 'inactive' | 'role' | 'all'> = {
  anchors: {
    branch: cypher('staff-match-by-branch'),
    name: cypher('staff-match-by-name'),
    inactive: cypher('staff-match-inactive'),
    role: cypher('staff-match-by-role'),
    all: cypher('staff-match-after'),
  },
  filter: cypher('staff-filter'),
  pageReturn: cypher('staff-page-return'),
  countAll: cypher('staff-count-all'),
};
type StaffAnchor = keyof typeof listQueries.anchors;

/** Starts from the most selective lookup the filter offers; most staff are active, so `active: true` reads in id order. */
function staffAnchor(filter: StaffFilter): StaffAnchor {
  if (filter.branchId) return 'branch';
  if (filter.search) return 'name';
  if (filter.active === false) return 'inactive';
  if (filter.role) return 'role';
  return 'all';
}

/** The filter's checks; the branch the anchor started from is not walked to a second time. */
const staffParams = (filter: StaffFilter, anchor: StaffAnchor) => ({
  branchId: filter.branchId ?? null,
  checkBranchId: anchor === 'branch' ? null : (filter.branchId ?? null),
  role: filter.role ?? null,
  active: filter.active ?? null,
  search: filter.search ?? null,
});

/** One page of staff in id order, read either way from the window's cursor. */
export function findStaffPage(db: Database, filter: StaffFilter, window: PageWindow<string>): Promise<Page<StaffRecord>> {
  const anchor = staffAnchor(filter);
  return findIdListPage(db, listQueries, anchor, staffParams(filter, anchor), window, (r) => withBranch(r).staff);
}

export function countStaff(db: Database, filter: StaffFilter): Promise<number> {
  const anchor = staffAnchor(filter);
  return countIdList(db, listQueries, anchor, staffParams(filter, anchor));
}

export async function upsertBranch(db: Database, { id = randomUUID(), ...props }: BranchChanges): Promise<BranchRecord> {
  const [branch] = await db.write((tx) => tx.run(queries.upsertBranch, { id, props: definedOnly(props) }, (r) => toBranch(r.get('b'))));
  return branch;
}

/** Creates or updates a staff member; a given branch id must exist and becomes their only branch. */
export async function upsertStaff(
  db: Database,
  { id = randomUUID(), branchId, ...props }: StaffChanges,
): Promise<Outcome<StaffRecord>> {
  return db.write(async (tx) => {
    const [staff] = await tx.run(queries.upsertStaff, { id, branchId: branchId ?? null, props: definedOnly(props) }, (r) =>
      toStaff(r.get('s'), r.get('branchId')),
    );
    if (staff) return success(staff);
    return missingReferences(tx, [{ field: 'branchId', kind: 'branch', id: branchId ?? '' }]);
  });
}

/** The ids a write names, by input field, to say which was not found. */
const managementReferences = (clientKind: ClientKind, clientId: string, staffId: string): Reference[] => [
  clientKind === ClientKind.PERSON
    ? { field: 'clientId', kind: 'person', id: clientId }
    : { field: 'clientId', kind: 'organization', id: clientId },
  { field: 'staffId', kind: 'staff', id: staffId },
];

/**
 * Makes a staff member the one manager of a client (person or organization).
 * With `withinBranchId`, only a client nobody manages or one managed in that
 * branch at the moment of the write may be moved.
 */
export async function assignManager(
  db: Database,
  clientKind: ClientKind,
  clientId: string,
  staffId: string,
  withinBranchId: string | null,
): Promise<Outcome<StaffRecord>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.assignManager, { clientKind, clientId, staffId, withinBranchId }, (r) => ({
      staff: toStaff(r.get('s'), r.get('branchId')),
      allowed: r.get('allowed') as boolean,
    }));
    if (row && !row.allowed) {
      return failure('clientId', UserErrorCode.NOT_IN_YOUR_BRANCH, `"${clientId}" is no longer managed in your branch, so you may not move them; nothing was changed.`);
    }
    if (row) return success(row.staff);
    return missingReferences(tx, managementReferences(clientKind, clientId, staffId));
  });
}

/**
 * Ends a staff member's management of a client, who is then managed by
 * nobody. With `withinBranchId`, only a manager of that branch at the moment
 * of the write is removed. NOT_PRESENT when they do not manage the client.
 */
export async function unassignManager(
  db: Database,
  clientKind: ClientKind,
  clientId: string,
  staffId: string,
  withinBranchId: string | null,
): Promise<Outcome<StaffRecord>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.unassignManager, { clientKind, clientId, staffId, withinBranchId }, (r) => ({
      staff: toStaff(r.get('s'), r.get('branchId')),
      present: r.get('present') as boolean,
      allowed: r.get('allowed') as boolean,
    }));
    if (row && !row.present) {
      return failure('staffId', UserErrorCode.NOT_PRESENT, `"${staffId}" does not manage "${clientId}"; nothing was changed.`);
    }
    if (row && !row.allowed) {
      return failure('staffId', UserErrorCode.NOT_IN_YOUR_BRANCH, `"${staffId}" is no longer based in your branch, so you may not remove them; nothing was changed.`);
    }
    if (row) return success(row.staff);
    return missingReferences(tx, managementReferences(clientKind, clientId, staffId));
  });
}

export function findBranchesByIds(db: Database, ids: readonly string[]): Promise<BranchRecord[]> {
  return db.read(queries.branchesByIds, { ids }, (r) => toBranch(r.get('b')));
}

export function findAllBranches(db: Database): Promise<BranchRecord[]> {
  return db.read(queries.allBranches, {}, (r) => toBranch(r.get('b')));
}

const withBranch = (r: Fields): StaffWithBranch => {
  const b = r.get('b') as Node | null;
  const branch = b ? toBranch(b) : null;
  return { staff: toStaff(r.get('s') as Node, branch?.id ?? null), branch };
};

export const toManagerRow = (r: Fields): ManagerRow => ({ clientId: String(r.get('clientId')), ...withBranch(r) });

export function findStaffByIds(db: Database, ids: readonly string[]): Promise<StaffRow[]> {
  return db.read(queries.staffByIds, { ids }, (r) => ({ ...withBranch(r), clientCount: toNumber(r.get('clientCount')) }));
}

/** One member of staff with their branch id, or null: what a token is checked against, on every request the cache misses. */
export async function findStaffMember(db: Database, id: string): Promise<StaffRecord | null> {
  const [staff] = await db.read(queries.staffMember, { id }, (r) => toStaff(r.get('s'), r.get('branchId')));
  return staff ?? null;
}

export function findStaffOfBranches(db: Database, ids: readonly string[]): Promise<BranchStaffRow[]> {
  return db.read(queries.staffByBranchIds, { ids }, (r) => ({
    branchId: r.get('branchId'),
    staff: toStaff(r.get('s'), r.get('branchId')),
  }));
}

export function findManagersOf(db: Database, clientKind: ClientKind, ids: readonly string[]): Promise<ManagerRow[]> {
  return db.read(queries.managersByClientIds, { ids, clientKind }, toManagerRow);
}

export async function countClientsOfStaff(db: Database, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read(queries.clientCounts, { ids }, (r) => [r.get('staffId') as string, toNumber(r.get('total'))] as const);
  return new Map(rows);
}
