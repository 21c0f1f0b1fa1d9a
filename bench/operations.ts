import type { Driver } from 'neo4j-driver';

/**
 * What the benchmark measures: each contract read and insight query, as a
 * GraphQL operation plus the pool of ids its inputs are drawn from. Pools
 * are read from the generated graph, so the same seed gives the same inputs.
 */
export interface Operation {
  name: string;
  query: string;
  pool: keyof InputPools;
  variables: (id: string) => Record<string, unknown>;
}

export interface InputPools {
  persons: string[];
  prospects: string[];
  activeClients: string[];
  topReferrers: string[];
  managers: string[];
  branches: string[];
  households: string[];
  organizations: string[];
  products: string[];
  referrals: string[];
  /** "prospectId|staffId" pairs: a prospect and a manager with clients nearby. */
  introductionTargets: string[];
}

const nestedPersonFields = `id name aum household { role household { name } } employments { title organization { name } }
  holdings { balance product { name } } manager { name branch { name } }`;

export const operations: Operation[] = [
  { name: 'person', pool: 'persons', query: 'query ($id: ID!) { person(id: $id) { id name status tier aum } }', variables: (id) => ({ id }) },
  {
    name: 'person (nested)',
    pool: 'persons',
    query: `query ($id: ID!) { person(id: $id) { ${nestedPersonFields} family { kind relative { name } } acquaintances { strength person { name } } } }`,
    variables: (id) => ({ id }),
  },
  {
    name: 'persons page of 100 (nested)',
    pool: 'branches',
    query: `query ($id: ID!) { persons(filter: { branchId: $id }, first: 100) { edges { node { ${nestedPersonFields} } } } }`,
    variables: (id) => ({ id }),
  },
  {
    name: 'persons by manager + totalCount',
    pool: 'managers',
    query: 'query ($id: ID!) { persons(filter: { managerId: $id }, first: 20) { totalCount edges { node { id name } } } }',
    variables: (id) => ({ id }),
  },
  { name: 'household', pool: 'households', query: 'query ($id: ID!) { household(id: $id) { name members { role person { name } } } }', variables: (id) => ({ id }) },
  {
    name: 'organization',
    pool: 'organizations',
    query: 'query ($id: ID!) { organization(id: $id) { name employees(first: 20) { totalCount edges { node { title person { name } } } } } }',
    variables: (id) => ({ id }),
  },
  { name: 'staff', pool: 'managers', query: 'query ($id: ID!) { staff(id: $id) { name role clientCount branch { name } } }', variables: (id) => ({ id }) },
  { name: 'product', pool: 'products', query: 'query ($id: ID!) { product(id: $id) { name category riskLevel } }', variables: (id) => ({ id }) },
  {
    name: 'referral',
    pool: 'referrals',
    query: 'query ($id: ID!) { referral(id: $id) { status channel referrer { ... on Person { name } } referee { name } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'referrals by referrer',
    pool: 'topReferrers',
    query: 'query ($id: ID!) { referrals(filter: { referrerId: $id }, first: 20) { totalCount edges { node { id status } } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'referralChain',
    pool: 'activeClients',
    query: 'query ($id: ID!) { referralChain(personId: $id) { length hops { referral { id } } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'referralTree (top referrer)',
    pool: 'topReferrers',
    query: 'query ($id: ID!) { referralTree(rootId: $id) { size totalAum byDepth { depth count aum } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'warmIntroductions (maxHops 4)',
    pool: 'introductionTargets',
    query: `query ($prospect: ID!, $staff: ID) { warmIntroductions(prospectId: $prospect, fromStaffId: $staff, maxHops: 4) {
      score hops introducer { name } steps { tie strength } } }`,
    variables: (pair) => {
      const [prospect, staff] = pair.split('|');
      return { prospect, staff };
    },
  },
  {
    name: 'crossSellOpportunities',
    pool: 'activeClients',
    query: 'query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { score holdersNearby product { name } } excluded { reason } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'churnImpact (maxHops 2)',
    pool: 'activeClients',
    query: 'query ($id: ID!) { churnImpact(personId: $id, maxHops: 2) { aumAtRisk count } }',
    variables: (id) => ({ id }),
  },
  ...(['REFERRAL_REACH', 'REFERRAL_VALUE', 'PAGERANK', 'BETWEENNESS'] as const).map((metric) => ({
    name: `influenceCentres ${metric}`,
    pool: 'branches' as const,
    query: `query ($id: ID) { influenceCentres(metric: ${metric}, first: 10, branchId: $id) { computedAt entries { rank score person { name } } } }`,
    variables: (id: string) => ({ id }),
  })),
];

async function column(driver: Driver, query: string): Promise<string[]> {
  const { records } = await driver.executeQuery(query, {}, { database: 'neo4j' });
  return records.map((record) => String(record.get(0)));
}

/** Reads the id pools from the graph (deterministic order, so the seeded sample is stable). */
export async function readInputPools(driver: Driver): Promise<InputPools> {
  const [persons, prospects, activeClients, topReferrers, managers, branches, households, organizations, products, referrals] =
    await Promise.all([
      column(driver, 'MATCH (p:Person) RETURN p.id ORDER BY p.id'),
      column(driver, "MATCH (p:Person {status: 'PROSPECT'}) RETURN p.id ORDER BY p.id"),
      column(driver, "MATCH (p:Person {status: 'ACTIVE'}) RETURN p.id ORDER BY p.id"),
      column(driver, 'MATCH (p:Person)-[i:INTRODUCED]->() WITH p, count(i) AS n ORDER BY n DESC, p.id LIMIT 200 RETURN p.id'),
      column(driver, "MATCH (s:Staff) WHERE s.role IN ['RELATIONSHIP_MANAGER', 'WEALTH_MANAGER'] RETURN s.id ORDER BY s.id"),
      column(driver, 'MATCH (b:Branch) RETURN b.id ORDER BY b.id'),
      column(driver, 'MATCH (h:Household) RETURN h.id ORDER BY h.id'),
      column(driver, 'MATCH (o:Organization) RETURN o.id ORDER BY o.id'),
      column(driver, 'MATCH (p:Product) RETURN p.id ORDER BY p.id'),
      column(driver, 'MATCH (r:Referral) RETURN r.id ORDER BY r.id'),
    ]);
  // A prospect's manager is the natural "from" staff member for an introduction.
  const introductionTargets = await column(
    driver,
    "MATCH (p:Person {status: 'PROSPECT'})-[:MANAGED_BY]->(s:Staff) RETURN p.id + '|' + s.id ORDER BY p.id LIMIT 5000",
  );
  return { persons, prospects, activeClients, topReferrers, managers, branches, households, organizations, products, referrals, introductionTargets };
}
