import { randomUUID } from 'node:crypto';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { ClientKind, UserErrorCode, type ClientTier, type Gender, type PersonStatus, type ProspectGrade, type RiskLevel } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { Page, PageWindow, PersonRecord } from '../domain/records';
import { toCents } from '../domain/money';
import { cypher } from './cypher';
import type { Database } from './database';
import { ALL_PERSON_FIELDS, PersonField, storedPersonProperties, toPerson, toPersonFrom } from './mappers';
import { definedOnly, Fields, fieldsOf, int, pageOf, toNeo4jDate, toNeo4jDateTime, toNumber } from './values';
import { PersonHouseholdRow, toPersonHouseholdRow } from './households';
import { EmploymentRow, toEmploymentRow } from './organizations';
import { HoldingRow, toHoldingRow } from './products';
import { ManagerRow, toManagerRow } from './staff';
import { ClientFacts, claimForUpsert, clientFactsIn, Recheck } from './write-facts';
import { orderedParts, PersonOrder, PersonOrderCursor } from './person-order';

export interface PersonChanges {
  id?: string;
  /** Required to create a person; left out, an update keeps the name. */
  name?: string;
  status?: PersonStatus;
  tier?: ClientTier | null;
  prospectGrade?: ProspectGrade | null;
  riskProfile?: RiskLevel | null;
  satisfaction?: number | null;
  gender?: Gender | null;
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  occupation?: string | null;
  lastContactAt?: Date | null;
  introductionsOptOut?: boolean;
}

export interface PersonFilter {
  status?: PersonStatus | null;
  tier?: ClientTier | null;
  managerId?: string | null;
  branchId?: string | null;
  search?: string | null;
  /** Only records this staff member created (front-desk staff's view). */
  createdBy?: string | null;
  riskProfiles?: RiskLevel[] | null;
  /** AUM bounds, inclusive, as decimal strings of CNY. */
  aumMin?: string | null;
  aumMax?: string | null;
  /** Last contact in [from, before). */
  lastContactFrom?: Date | null;
  lastContactBefore?: Date | null;
  /** Only persons with an ACTIVE holding of this product. */
  holdsProductId?: string | null;
}

const claimQuery = cypher('person-claim');
const upsertQuery = cypher('person-upsert');
const byIdsQuery = cypher('persons-by-ids');
const filterClause = cypher('persons-filter');
const pageTails = { forward: cypher('persons-page-tail'), backward: cypher('persons-page-tail-backward') };
const pageReturn = cypher('persons-page-return');
const countTail = cypher('persons-count-tail');
const countAllQuery = cypher('persons-count-all');
const matchAll = cypher('persons-match-all');
const anchors = {
  manager: cypher('persons-match-by-manager'),
  branch: cypher('persons-match-by-branch'),
  name: cypher('persons-match-by-name'),
  tier: cypher('persons-match-by-tier'),
  status: cypher('persons-match-by-status'),
  creator: cypher('persons-match-by-creator'),
  product: cypher('persons-match-by-product'),
  risk: cypher('persons-match-by-risk'),
  aum: cypher('persons-match-by-aum'),
  lastContact: cypher('persons-match-by-last-contact'),
  all: cypher('persons-match-after'),
};
type Anchor = keyof typeof anchors;

/** Starts from the most selective lookup the filter offers, so the plan begins with an index seek. */
function anchorFor(filter: PersonFilter): Anchor {
  if (filter.managerId) return 'manager';
  if (filter.createdBy) return 'creator';
  if (filter.branchId) return 'branch';
  if (filter.holdsProductId) return 'product';
  if (filter.search) return 'name';
  if (filter.tier) return 'tier';
  if (filter.status) return 'status';
  if (filter.riskProfiles?.length) return 'risk';
  if (filter.aumMin) return 'aum';
  if (filter.lastContactFrom) return 'lastContact';
  return 'all';
}

/**
 * The anchor's own parameters, plus the shared filter's checks; a check the
 * anchor has already applied is passed as null, so a branch's clients are
 * not walked back to their branch a second time.
 */
function filterParams(filter: PersonFilter, anchor: Anchor): Record<string, unknown> {
  return {
    status: filter.status ?? null,
    tier: filter.tier ?? null,
    managerId: filter.managerId ?? null,
    branchId: filter.branchId ?? null,
    search: filter.search ?? null,
    checkManagerId: anchor === 'manager' ? null : (filter.managerId ?? null),
    checkBranchId: anchor === 'branch' ? null : (filter.branchId ?? null),
    createdBy: filter.createdBy ?? null,
    riskProfiles: filter.riskProfiles?.length ? filter.riskProfiles : null,
    aumMinCents: filter.aumMin ? neo4j.int(toCents(filter.aumMin)) : null,
    aumMaxCents: filter.aumMax ? neo4j.int(toCents(filter.aumMax)) : null,
    lastContactFrom: filter.lastContactFrom?.toISOString() ?? null,
    lastContactBefore: filter.lastContactBefore?.toISOString() ?? null,
    holdsProductId: filter.holdsProductId ?? null,
  };
}

/**
 * Creates a person (by `createdBy`, kept from then on) or, when `recheck` lets
 * the viewer change the one there under its lock, updates them; fields left
 * undefined keep their stored value. A new person needs a name: whether the id
 * is new is decided by the claim, which then creates nothing without one.
 */
export async function upsertPerson(
  db: Database,
  changes: PersonChanges,
  createdBy: string | null,
  recheck: Recheck<ClientFacts>,
): Promise<Outcome<PersonRecord>> {
  const { id = randomUUID(), birthDate, lastContactAt, satisfaction, ...rest } = changes;
  const props = definedOnly({
    ...rest,
    birthDate: birthDate === undefined ? undefined : birthDate === null ? null : toNeo4jDate(birthDate),
    lastContactAt: lastContactAt === undefined ? undefined : lastContactAt === null ? null : toNeo4jDateTime(lastContactAt),
    satisfaction: satisfaction === undefined || satisfaction === null ? satisfaction : int(satisfaction),
  });
  return db.write(async (tx) => {
    const params = { id, createdBy, name: changes.name ?? null };
    const created = await claimForUpsert(tx, claimQuery, params, (scope) => clientFactsIn(scope, ClientKind.PERSON, id), recheck);
    if (created && changes.name === undefined) {
      return failure<PersonRecord>('name', UserErrorCode.REQUIRED, `No person with id "${id}" to update, and a new person needs a name.`);
    }
    const [person] = await tx.run(upsertQuery, { id, props }, (r) => toPerson(r.get('p')));
    return success(person);
  });
}

export async function findPersonsByIds(db: Database, ids: readonly string[]): Promise<PersonRecord[]> {
  return db.read(byIdsQuery, { ids }, (r) => toPerson(r.get('p')));
}

/** Relations a page can bring along in its own statement, each with the loader rows it primes. */
export interface PersonRelations {
  household?: PersonHouseholdRow[];
  employments?: EmploymentRow[];
  holdings?: HoldingRow[];
  manager?: ManagerRow[];
}
export type PersonRelation = keyof PersonRelations;

type RelationRow<K extends PersonRelation> = NonNullable<PersonRelations[K]>[number];
/** Each relation by its relationship type in persons-page-with-relations, with the mapper its loader's own query uses. */
const relationTypes: { [K in PersonRelation]: { type: string; toRow: (row: Fields) => RelationRow<K> } } = {
  household: { type: 'MEMBER_OF', toRow: toPersonHouseholdRow },
  employments: { type: 'WORKS_AT', toRow: toEmploymentRow },
  holdings: { type: 'HOLDS', toRow: (row) => toHoldingRow(ClientKind.PERSON, row) },
  manager: { type: 'MANAGED_BY', toRow: toManagerRow },
};
const withRelations = cypher('persons-page-with-relations');

/** Sorts the page's relation entries into rows per relation, in the order they came. */
function relationRows(include: readonly PersonRelation[], entries: { type: string }[]): PersonRelations {
  const relations: PersonRelations = {};
  const byType = new Map<string, { type: string }[]>(include.map((name) => [relationTypes[name].type, []]));
  for (const entry of entries) byType.get(entry.type)?.push(entry);
  for (const name of include) setRelationRows(relations, name, byType.get(relationTypes[name].type)!);
  return relations;
}

function setRelationRows<K extends PersonRelation>(relations: PersonRelations, name: K, maps: object[]): void {
  const toRow = relationTypes[name].toRow;
  relations[name] = maps.map((map) => toRow(fieldsOf(map as Record<string, unknown>))) as PersonRelations[K];
}

export interface PersonPage extends Page<PersonRecord> {
  /** For the relations asked for, every row of the page's persons (including the extra row's). */
  relations: PersonRelations;
}

/**
 * One page in id order, read either way from the window's cursor, fetching
 * one extra row to know whether more lie beyond; the relations asked for come in the same statement (COLLECT
 * subqueries), so a nested page is one round trip instead of one per level.
 * Persons carry only `fields` (all by default; see toPersonFrom), read as
 * those properties rather than whole nodes; relation rows are whole records.
 */
export async function findPersonsPage(
  db: Database,
  filter: PersonFilter,
  window: PageWindow<string>,
  include: readonly PersonRelation[] = [],
  fields: readonly PersonField[] = ALL_PERSON_FIELDS,
): Promise<PersonPage> {
  const anchor = anchorFor(filter);
  const forward = window.direction === 'forward';
  const statement = pageStatement(`${anchors[anchor]}${filterClause}\n${pageTails[window.direction]}`, pageReturn, include, fields, {
    ...filterParams(filter, anchor),
    after: forward ? window.cursor : null,
    before: forward ? null : window.cursor,
    limit: int(window.size + 1),
  });
  const page = await readPersonsPage(db, statement, include, fields);
  // The statement returns the page in id order either way; pageOf takes a backward read nearest first.
  return { ...pageOf(forward ? page.rows : page.rows.reverse(), window), relations: page.relations };
}

/** An ordered page (persons(orderBy:)) and each of its persons' order keys, for their cursors. */
export interface OrderedPersonPage extends PersonPage {
  orderKeys: Map<string, string | number>;
}

/**
 * The statement of one page sorted by `order`, ties by id, read either way
 * from the window's cursor: without a filter from the order key's index
 * (src/db/person-order.ts), with one from the filter's anchor, sorting only
 * the rows it matched.
 */
export function orderedPersonsStatement(
  filter: PersonFilter,
  order: PersonOrder,
  window: PageWindow<PersonOrderCursor>,
  include: readonly PersonRelation[] = [],
  fields: readonly PersonField[] = ALL_PERSON_FIELDS,
): PersonsStatement {
  const anchor = anchorFor(filter);
  const parts = orderedParts(order, window);
  const start = anchor === 'all' ? (parts.match ?? matchAll) : anchors[anchor];
  return pageStatement(`${start}${filterClause}\n${parts.tail}`, parts.pageReturn, include, fields, {
    ...filterParams(filter, anchor),
    limit: int(window.size + 1),
    ...parts.params,
  });
}

export async function findOrderedPersonsPage(
  db: Database,
  filter: PersonFilter,
  order: PersonOrder,
  window: PageWindow<PersonOrderCursor>,
  include: readonly PersonRelation[] = [],
  fields: readonly PersonField[] = ALL_PERSON_FIELDS,
): Promise<OrderedPersonPage> {
  const orderKeys = new Map<string, string | number>();
  const page = await readPersonsPage(db, orderedPersonsStatement(filter, order, window, include, fields), include, fields, (person, r) => {
    const key = r.get('orderKey');
    orderKeys.set(person.id, neo4j.isInt(key) ? toNumber(key) : (key as string));
  });
  return { ...pageOf(page.rows, window), relations: page.relations, orderKeys };
}

export interface PersonsStatement {
  query: string;
  params: Record<string, unknown>;
}

function pageStatement(
  start: string,
  returnClause: string,
  include: readonly PersonRelation[],
  fields: readonly PersonField[],
  params: Record<string, unknown>,
): PersonsStatement {
  return {
    query: `${start}${include.length > 0 ? withRelations : ''}\n${returnClause}`,
    params: { ...params, personProperties: storedPersonProperties(fields), relationTypes: include.map((name) => relationTypes[name].type) },
  };
}

/** Runs a page statement: the persons (with only `fields`) and the rows of the relations asked for. */
async function readPersonsPage(
  db: Database,
  { query, params }: PersonsStatement,
  include: readonly PersonRelation[],
  fields: readonly PersonField[],
  onRow: (person: PersonRecord, record: Neo4jRecord) => void = () => undefined,
): Promise<{ rows: PersonRecord[]; relations: PersonRelations }> {
  const entries: { type: string }[] = [];
  const rows = await db.read(query, params, (r) => {
    for (const entry of r.get('relations') as { type: string }[]) entries.push(entry);
    const person = toPersonFrom(fields, r.get('person') as unknown[]);
    onRow(person, r);
    return person;
  });
  return { rows, relations: relationRows(include, entries) };
}

/** Counts only what the filter matches, starting from the same anchor as the page; no filter reads the count store. */
export async function countPersons(db: Database, filter: PersonFilter): Promise<number> {
  const anchor = anchorFor(filter);
  const query = anchor === 'all' ? countAllQuery : `${anchors[anchor]}${filterClause}\n${countTail}`;
  const [total] = await db.read(query, filterParams(filter, anchor), (r) => toNumber(r.get('total')));
  return total;
}
