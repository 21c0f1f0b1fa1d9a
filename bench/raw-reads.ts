import neo4j, { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { fromCents } from '../src/domain/money';

/**
 * The floor: each read as one hand-written Cypher statement through
 * neo4j-driver, returning the same data the GraphQL operation of the same
 * name returns (checked by `sameData` in raw-comparison.ts), written as a
 * competent developer would: one round trip, an index seek on the id, the
 * neighbourhood gathered with COLLECT/COUNT subqueries, projections of only
 * the fields asked for.
 */
export interface RawRead {
  query: string;
  params: (input: string) => Record<string, unknown>;
  /** The GraphQL `data` the operation would return, from the records. */
  toData: (records: Neo4jRecord[]) => unknown;
}

const one = (records: Neo4jRecord[], key: string): unknown => (records.length === 0 ? null : records[0].get(key));
const cents = (value: unknown): string => fromCents(value as number);
const num = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

type Row = Record<string, unknown>;
/** A list as the API pages it (a connection's edges). */
const page = (rows: unknown): { edges: { node: unknown }[] } => ({ edges: (rows as unknown[]).map((node) => ({ node })) });
const nested = (person: Row): Row => ({
  id: person.id,
  name: person.name,
  aum: cents(person.aumCents),
  household: person.household,
  employments: person.employments,
  holdings: page((person.holdings as Row[]).map((h) => ({ balance: cents(h.balanceCents), product: h.product }))),
  manager: person.manager,
});

/** A person with household, employments, holdings and manager, as map projections of `p`. */
const nestedProjection = `p {
  .id, .name, .aumCents,
  household: COLLECT { MATCH (p)-[m:MEMBER_OF]->(h:Household) RETURN {role: m.role, household: {name: h.name}} }[0],
  employments: COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organization) RETURN {title: w.title, organization: {name: o.name}} ORDER BY o.id },
  holdings: COLLECT { MATCH (p)-[x:HOLDS]->(pr:Product) RETURN {balanceCents: x.balanceCents, product: {name: pr.name}} ORDER BY pr.id },
  manager: COLLECT { MATCH (p)-[:MANAGED_BY]->(s:Staff) OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
                     RETURN {name: s.name, branch: CASE WHEN b IS NULL THEN null ELSE {name: b.name} END} }[0]
}`;

export const rawReads: Record<string, RawRead> = {
  person: {
    query: 'MATCH (p:Person {id: $id}) RETURN p {.id, .name, .status, .tier, .aumCents} AS p',
    params: (id) => ({ id }),
    toData: (records) => {
      const p = one(records, 'p') as Row | null;
      return { person: p && { id: p.id, name: p.name, status: p.status, tier: p.tier, aum: cents(p.aumCents) } };
    },
  },
  'person (nested)': {
    query: `MATCH (p:Person {id: $id})
RETURN ${nestedProjection} AS p,
  COLLECT { MATCH (p)-[f:FAMILY]-(r:Person)
            RETURN {kind: CASE WHEN startNode(f) = p THEN f.kind WHEN f.kind = 'PARENT' THEN 'CHILD' WHEN f.kind = 'CHILD' THEN 'PARENT' ELSE f.kind END,
                    relative: {name: r.name}} ORDER BY r.id } AS family,
  COLLECT { MATCH (p)-[k:KNOWS]-(o:Person) RETURN {strength: k.strength, person: {name: o.name}} ORDER BY k.strength DESC, o.id } AS acquaintances`,
    params: (id) => ({ id }),
    toData: (records) => {
      if (records.length === 0) return { person: null };
      const [record] = records;
      return { person: { ...nested(record.get('p') as Row), family: page(record.get('family')), acquaintances: page(record.get('acquaintances')) } };
    },
  },
  'persons of a branch, page of 100 (nested)': {
    query: `MATCH (:Branch {id: $id})<-[:BASED_AT]-(:Staff)<-[:MANAGED_BY]-(p:Person)
WITH p ORDER BY p.id LIMIT 100
RETURN ${nestedProjection} AS p`,
    params: (id) => ({ id }),
    toData: (records) => ({ persons: { edges: records.map((r) => ({ node: nested(r.get('p') as Row) })) } }),
  },
  'persons by manager + totalCount': {
    query: `MATCH (s:Staff {id: $id})
RETURN COUNT { (s)<-[:MANAGED_BY]-(:Person) } AS total,
       COLLECT { MATCH (s)<-[:MANAGED_BY]-(p:Person) RETURN {id: p.id, name: p.name} ORDER BY p.id LIMIT 20 } AS page`,
    params: (id) => ({ id }),
    toData: (records) => ({
      persons: {
        totalCount: num(one(records, 'total') ?? 0),
        edges: ((one(records, 'page') as Row[] | null) ?? []).map((node) => ({ node })),
      },
    }),
  },
  household: {
    query: `MATCH (h:Household {id: $id})
RETURN h.name AS name, COLLECT { MATCH (h)<-[m:MEMBER_OF]-(p:Person) RETURN {role: m.role, person: {name: p.name}} ORDER BY p.id } AS members`,
    params: (id) => ({ id }),
    toData: (records) => ({ household: records.length === 0 ? null : { name: records[0].get('name'), members: page(records[0].get('members')) } }),
  },
  organization: {
    query: `MATCH (o:Organization {id: $id})
RETURN o.name AS name, COUNT { (o)<-[:WORKS_AT]-(:Person) } AS total,
       COLLECT { MATCH (o)<-[w:WORKS_AT]-(p:Person) RETURN {title: w.title, person: {name: p.name}} ORDER BY p.id LIMIT 20 } AS page`,
    params: (id) => ({ id }),
    toData: (records) => {
      if (records.length === 0) return { organization: null };
      const [r] = records;
      return { organization: { name: r.get('name'), employees: { totalCount: num(r.get('total')), edges: (r.get('page') as Row[]).map((node) => ({ node })) } } };
    },
  },
  staff: {
    query: `MATCH (s:Staff {id: $id})
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN s.name AS name, s.role AS role, COUNT { (s)<-[:MANAGED_BY]-(:Person) } AS clientCount, b.name AS branch`,
    params: (id) => ({ id }),
    toData: (records) => {
      if (records.length === 0) return { staff: null };
      const [r] = records;
      const branch = r.get('branch') as string | null;
      return { staff: { name: r.get('name'), role: r.get('role'), clientCount: num(r.get('clientCount')), branch: branch === null ? null : { name: branch } } };
    },
  },
  product: {
    query: 'MATCH (pr:Product {id: $id}) RETURN pr {.name, .category, .riskLevel} AS product',
    params: (id) => ({ id }),
    toData: (records) => ({ product: one(records, 'product') }),
  },
  referral: {
    query: `MATCH (referrer)-[:REFERRED]->(r:Referral {id: $id})-[:REFERS]->(referee:Person)
RETURN r.status AS status, r.channel AS channel, CASE WHEN referrer:Person THEN referrer.name END AS referrerName, referee.name AS refereeName`,
    params: (id) => ({ id }),
    toData: (records) => {
      if (records.length === 0) return { referral: null };
      const [r] = records;
      const referrerName = r.get('referrerName') as string | null;
      return {
        referral: { status: r.get('status'), channel: r.get('channel'), referrer: referrerName === null ? {} : { name: referrerName }, referee: { name: r.get('refereeName') } },
      };
    },
  },
};

/** The same statement as one auto-commit read: RUN and PULL only, no BEGIN and COMMIT. */
export async function runRawAutoCommit(driver: Driver, read: RawRead, input: string): Promise<unknown> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    return read.toData((await session.run(read.query, read.params(input))).records);
  } finally {
    await session.close();
  }
}

/** Runs a raw read the way a developer would with driver 5: executeQuery, routed as a read. */
export async function runRawRead(driver: Driver, read: RawRead, input: string): Promise<unknown> {
  const { records } = await driver.executeQuery(read.query, read.params(input), { database: 'neo4j', routing: neo4j.routing.READ });
  return read.toData(records);
}
