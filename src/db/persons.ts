import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { ClientTier, Gender, PersonStatus, ProspectGrade, RiskLevel } from '../domain/model';
import type { Page, PersonRecord } from '../domain/records';
import { toCents } from '../domain/money';
import { cypher } from './cypher';
import type { Database } from './database';
import { toPerson } from './mappers';
import { definedOnly, int, toNeo4jDate, toNeo4jDateTime, toNumber } from './values';

export interface PersonChanges {
  id?: string;
  name: string;
  status?: PersonStatus;
  tier?: ClientTier | null;
  prospectGrade?: ProspectGrade | null;
  aum?: string;
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
}

const upsertQuery = cypher('person-upsert');
const byIdsQuery = cypher('persons-by-ids');
const filterClause = cypher('persons-filter');
const pageTail = cypher('persons-page-tail');
const countTail = cypher('persons-count-tail');
const anchors = {
  manager: cypher('persons-match-by-manager'),
  branch: cypher('persons-match-by-branch'),
  name: cypher('persons-match-by-name'),
  tier: cypher('persons-match-by-tier'),
  status: cypher('persons-match-by-status'),
  all: cypher('persons-match-all'),
};

/** Starts from the most selective lookup the filter offers, so the plan begins with an index seek. */
function anchorFor(filter: PersonFilter): string {
  if (filter.managerId) return anchors.manager;
  if (filter.branchId) return anchors.branch;
  if (filter.search) return anchors.name;
  if (filter.tier) return anchors.tier;
  if (filter.status) return anchors.status;
  return anchors.all;
}

function filterParams(filter: PersonFilter): Record<string, unknown> {
  return {
    status: filter.status ?? null,
    tier: filter.tier ?? null,
    managerId: filter.managerId ?? null,
    branchId: filter.branchId ?? null,
    search: filter.search ?? null,
  };
}

/** Creates or updates a person; fields left undefined keep their stored value. */
export async function upsertPerson(db: Database, changes: PersonChanges): Promise<PersonRecord> {
  const { id = randomUUID(), aum, birthDate, lastContactAt, satisfaction, ...rest } = changes;
  const props = definedOnly({
    ...rest,
    aumCents: aum === undefined ? undefined : neo4j.int(toCents(aum)),
    birthDate: birthDate === undefined ? undefined : birthDate === null ? null : toNeo4jDate(birthDate),
    lastContactAt: lastContactAt === undefined ? undefined : lastContactAt === null ? null : toNeo4jDateTime(lastContactAt),
    satisfaction: satisfaction === undefined || satisfaction === null ? satisfaction : int(satisfaction),
  });
  const [person] = await db.write((tx) => tx.run(upsertQuery, { id, props }, (r) => toPerson(r.get('p'))));
  return person;
}

export async function findPersonsByIds(db: Database, ids: readonly string[]): Promise<PersonRecord[]> {
  return db.read(byIdsQuery, { ids }, (r) => toPerson(r.get('p')));
}

/** One page in id order, fetching one extra row to know whether another page follows. */
export async function findPersonsPage(
  db: Database,
  filter: PersonFilter,
  first: number,
  afterId: string | null,
): Promise<Page<PersonRecord>> {
  const query = `${anchorFor(filter)}${filterClause}\n${pageTail}`;
  const rows = await db.read(query, { ...filterParams(filter), after: afterId, limit: int(first + 1) }, (r) =>
    toPerson(r.get('p')),
  );
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** Counts only what the filter matches, starting from the same anchor as the page. */
export async function countPersons(db: Database, filter: PersonFilter): Promise<number> {
  const query = `${anchorFor(filter)}${filterClause}\n${countTail}`;
  const [total] = await db.read(query, filterParams(filter), (r) => toNumber(r.get('total')));
  return total;
}
