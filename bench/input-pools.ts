import type { Driver } from 'neo4j-driver';

/**
 * The ids (and filter values) the measured requests take, read from the
 * generated graph in a fixed order, so the same seed draws the same inputs.
 */
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
  /** "prospectId|staffId" pairs: a prospect and the manager it is assigned to. */
  introductionTargets: string[];
  /** "staffId|role|branchId|clientId": an ACTIVE client with the manager who sees them, to read as that manager. */
  managedClients: string[];
  /** Full names of persons: `search` filters matching a handful of rows. */
  personNames: string[];
  /** Filter values that match a small share of the graph. */
  rareTiers: string[];
  rareStatuses: string[];
  referralStatuses: string[];
  /** One empty input, for operations that take none (the whole bank). */
  wholeBank: string[];
}

async function column(driver: Driver, query: string): Promise<string[]> {
  const { records } = await driver.executeQuery(query, {}, { database: 'neo4j' });
  return records.map((record) => String(record.get(0)));
}

export async function readInputPools(driver: Driver): Promise<InputPools> {
  const [persons, prospects, activeClients, topReferrers, managers, branches, households, organizations, products, referrals, introductionTargets, managedClients, personNames] =
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
      // A prospect's manager is the natural "from" staff member for an introduction.
      column(driver, "MATCH (p:Person {status: 'PROSPECT'})-[:MANAGED_BY]->(s:Staff) RETURN p.id + '|' + s.id ORDER BY p.id LIMIT 5000"),
      column(
        driver,
        `MATCH (p:Person {status: 'ACTIVE'})-[:MANAGED_BY]->(s:Staff)-[:BASED_AT]->(b:Branch)
         WHERE s.role IN ['RELATIONSHIP_MANAGER', 'WEALTH_MANAGER'] AND coalesce(s.active, true)
         RETURN s.id + '|' + s.role + '|' + b.id + '|' + p.id ORDER BY p.id LIMIT 5000`,
      ),
      column(driver, 'MATCH (p:Person) RETURN p.name ORDER BY p.id LIMIT 5000'),
    ]);
  return {
    persons,
    prospects,
    activeClients,
    topReferrers,
    managers,
    branches,
    households,
    organizations,
    products,
    referrals,
    introductionTargets,
    managedClients,
    personNames,
    rareTiers: ['DIAMOND', 'PLATINUM'],
    rareStatuses: ['DORMANT', 'CHURNED'],
    referralStatuses: ['QUALIFIED', 'CONTACTED'],
    wholeBank: [''],
  };
}
