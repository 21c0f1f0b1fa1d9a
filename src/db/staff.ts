import { randomUUID } from 'node:crypto';
import type { Node } from 'neo4j-driver';
import { ClientKind, StaffRole, UserErrorCode } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { BranchRecord, StaffRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { missingReferences } from './lookups';
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
  managersByClientIds: cypher('managers-by-client-ids'),
  clientCounts: cypher('client-counts-by-staff-ids'),
};

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
    return missingReferences(tx, [
      clientKind === ClientKind.PERSON
        ? { field: 'clientId', kind: 'person', id: clientId }
        : { field: 'clientId', kind: 'organization', id: clientId },
      { field: 'staffId', kind: 'staff', id: staffId },
    ]);
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
