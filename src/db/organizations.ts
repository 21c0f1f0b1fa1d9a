import { randomUUID } from 'node:crypto';
import neo4j, { type Node } from 'neo4j-driver';
import { ClientKind, UserErrorCode } from '../domain/model';
import { toCents } from '../domain/money';
import { failure, Outcome, success } from '../domain/outcome';
import type { OrganizationRecord, Page, PageWindow, PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { countIdList, findIdListPage, IdListQueries } from './id-lists';
import { missingReferences } from './lookups';
import { ClientFacts, claimForUpsert, clientFactsIn, Recheck } from './write-facts';
import { toOrganization, toPerson } from './mappers';
import { definedOnly, Fields, int, toNumber } from './values';

export interface OrganizationChanges {
  id?: string;
  name: string;
  industry?: string | null;
  employeeCount?: number | null;
  registeredCapital?: string | null;
  isClient?: boolean;
}

export interface EmploymentRow {
  personId: string;
  organization: OrganizationRecord;
  title: string | null;
  keyPerson: boolean;
}

export interface EmployeeRow {
  person: PersonRecord;
  title: string | null;
  keyPerson: boolean;
}

/** Whose records a viewer sees in full: those they created, manage (`managerId`), or whose manager is at `branchId`. */
export interface FullRecordScope {
  staffId: string;
  managerId: string | null;
  branchId: string | null;
}

/** Which page of an organization's employees to fetch; with a scope, of those the viewer sees in full only (null: everyone). */
export interface EmployeePageKey {
  organizationId: string;
  window: PageWindow<string>;
  scope: FullRecordScope | null;
}

const queries = {
  claim: cypher('organization-claim'),
  upsert: cypher('organization-upsert'),
  byIds: cypher('organizations-by-ids'),
  setEmployment: cypher('employment-set'),
  endEmployment: cypher('employment-end'),
  employmentsByPersonIds: cypher('employments-by-person-ids'),
  employeesPage: cypher('employees-page-by-organization'),
};

/** Which organizations to list; all given conditions hold. */
export interface OrganizationFilter {
  search?: string | null;
  industry?: string | null;
  isClient?: boolean | null;
}

const listQueries: IdListQueries<'name' | 'industry' | 'clients' | 'all'> = {
  anchors: {
    name: cypher('organizations-match-by-name'),
    industry: cypher('organizations-match-by-industry'),
    clients: cypher('organizations-match-clients'),
    all: cypher('organizations-match-after'),
  },
  filter: cypher('organizations-filter'),
  pageReturn: cypher('organizations-page-return'),
  countAll: cypher('organizations-count-all'),
};

/** Starts from the most selective lookup the filter offers; most organizations are no clients, so `isClient: false` reads in id order. */
function organizationAnchor(filter: OrganizationFilter): keyof typeof listQueries.anchors {
  if (filter.search) return 'name';
  if (filter.industry) return 'industry';
  if (filter.isClient === true) return 'clients';
  return 'all';
}

const organizationParams = (filter: OrganizationFilter) => ({
  search: filter.search ?? null,
  industry: filter.industry ?? null,
  isClient: filter.isClient ?? null,
});

/** One page of organizations in id order, read either way from the window's cursor. */
export function findOrganizationsPage(db: Database, filter: OrganizationFilter, window: PageWindow<string>): Promise<Page<OrganizationRecord>> {
  return findIdListPage(db, listQueries, organizationAnchor(filter), organizationParams(filter), window, (r) => toOrganization(r.get('o') as Node));
}

export function countOrganizations(db: Database, filter: OrganizationFilter): Promise<number> {
  return countIdList(db, listQueries, organizationAnchor(filter), organizationParams(filter));
}

/** Creates an organization (`createdBy` is kept from then on) or, when `recheck` lets the viewer change the one there under its lock, updates it. */
export async function upsertOrganization(
  db: Database,
  { id = randomUUID(), registeredCapital, employeeCount, ...rest }: OrganizationChanges,
  createdBy: string | null,
  recheck: Recheck<ClientFacts>,
): Promise<OrganizationRecord> {
  const props = definedOnly({
    ...rest,
    employeeCount: employeeCount === undefined || employeeCount === null ? employeeCount : int(employeeCount),
    registeredCapitalCents:
      registeredCapital === undefined || registeredCapital === null ? registeredCapital : neo4j.int(toCents(registeredCapital)),
  });
  return db.write(async (tx) => {
    await claimForUpsert(tx, queries.claim, { id, createdBy }, (scope) => clientFactsIn(scope, ClientKind.ORGANIZATION, id), recheck);
    const [organization] = await tx.run(queries.upsert, { id, props }, (r) => toOrganization(r.get('o')));
    return organization;
  });
}

/** Records that a person works at an organization (idempotent; title and key-person flag are replaced). */
export async function setEmployment(
  db: Database,
  personId: string,
  organizationId: string,
  title: string | null,
  keyPerson: boolean,
): Promise<Outcome<{ person: PersonRecord; organization: OrganizationRecord }>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.setEmployment, { personId, organizationId, title, keyPerson }, (r) => ({
      person: toPerson(r.get('p')),
      organization: toOrganization(r.get('o')),
    }));
    if (row) return success(row);
    return missingReferences(tx, [
      { field: 'personId', kind: 'person', id: personId },
      { field: 'organizationId', kind: 'organization', id: organizationId },
    ]);
  });
}

/**
 * Ends a person's current employment at an organization; it is kept as a
 * past employment (WORKED_AT, with `until`), so history stays and the reads
 * of current employment no longer list it. NOT_PRESENT when they do not work there now.
 */
export async function endEmployment(
  db: Database,
  personId: string,
  organizationId: string,
): Promise<Outcome<{ person: PersonRecord; organization: OrganizationRecord }>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.endEmployment, { personId, organizationId }, (r) => ({
      person: toPerson(r.get('p')),
      organization: toOrganization(r.get('o')),
      ended: r.get('ended') as boolean,
    }));
    if (row && !row.ended) {
      return failure('organizationId', UserErrorCode.NOT_PRESENT, `"${personId}" does not work at "${organizationId}" now; nothing was changed.`);
    }
    if (row) return success({ person: row.person, organization: row.organization });
    return missingReferences(tx, [
      { field: 'personId', kind: 'person', id: personId },
      { field: 'organizationId', kind: 'organization', id: organizationId },
    ]);
  });
}

export function findOrganizationsByIds(db: Database, ids: readonly string[]): Promise<OrganizationRecord[]> {
  return db.read(queries.byIds, { ids }, (r) => toOrganization(r.get('o')));
}

export const toEmploymentRow = (r: Fields): EmploymentRow => ({
  personId: String(r.get('personId')),
  organization: toOrganization(r.get('o') as Node),
  title: r.get('title') as string | null,
  keyPerson: r.get('keyPerson') === true,
});

export function findEmploymentsOfPersons(db: Database, ids: readonly string[]): Promise<EmploymentRow[]> {
  return db.read(queries.employmentsByPersonIds, { ids }, toEmploymentRow);
}

/** A page of employees; totalCount is known for a first page (every employee was matched) and null after a cursor. */
export interface EmployeePage extends Page<EmployeeRow> {
  totalCount: number;
}

/** One page of employees per key, all in one round trip. */
export async function findEmployeePages(db: Database, keys: readonly EmployeePageKey[]): Promise<EmployeePage[]> {
  const rows = await db.read(
    queries.employeesPage,
    {
      keys: keys.map(({ organizationId, window, scope }) => ({
        organizationId,
        backward: window.direction === 'backward',
        cursor: window.cursor,
        limit: int(window.size + 1),
        scope,
      })),
    },
    (r) => ({
      organizationId: r.get('organizationId') as string,
      backward: r.get('backward') as boolean,
      cursor: r.get('cursor') as string | null,
      matchedCount: toNumber(r.get('matchedCount')),
      rows: (r.get('rows') as { person: unknown; title: string | null; keyPerson: boolean }[]).map((row) => ({
        person: toPerson(row.person as never),
        title: row.title,
        keyPerson: row.keyPerson,
      })),
    }),
  );
  return keys.map(({ organizationId, window }) => {
    const backward = window.direction === 'backward';
    const match = rows.find((row) => row.organizationId === organizationId && row.backward === backward && row.cursor === window.cursor);
    const found = match?.rows ?? [];
    // In id order either way: a backward page's extra row, if any, is its first.
    return {
      items: backward ? found.slice(-window.size) : found.slice(0, window.size),
      hasMore: found.length > window.size,
      totalCount: match?.matchedCount ?? 0,
    };
  });
}

