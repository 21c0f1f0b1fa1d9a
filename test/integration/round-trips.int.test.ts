import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Nested fields must be N+1-free: the number of statements sent to Neo4j
 * for a page must not grow with the page size.
 */
let api: TestApi;
const PEOPLE = 60;

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (b:Branch {id: $prefix + 'br', name: '静安支行'})
     CREATE (s:Staff {id: $prefix + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b)
     CREATE (o:Organization {id: $prefix + 'org', name: '申城科技', isClient: true})
     CREATE (f:Product {id: $prefix + 'fund', name: '平衡基金', category: 'FUND', riskLevel: 'R3'})
     CREATE (t:Product {id: $prefix + 'td', name: '一年定期', category: 'TERM_DEPOSIT', riskLevel: 'R1'})
     WITH b, s, o, f, t
     UNWIND range(0, $n - 1) AS i
     WITH b, s, o, f, t, i, $prefix + 'p' + right('000' + toString(i), 3) AS pid
     CREATE (p:Person {id: pid, name: '客户' + toString(i), status: 'ACTIVE', aumCents: 100000 * i,
                       introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (p)-[:MANAGED_BY]->(s)
     CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: i % 10 = 0}]->(o)
     CREATE (p)-[:HOLDS {balanceCents: 50000, status: 'ACTIVE', since: date('2024-01-01')}]->(f)
     CREATE (p)-[:HOLDS {balanceCents: 70000, status: 'ACTIVE', since: date('2023-06-01')}]->(t)
     CREATE (p)-[:MEMBER_OF {role: 'HEAD'}]->(:Household {id: pid + '-hh', name: '家' + toString(i)})`,
    { prefix: api.prefix, n: PEOPLE },
  );
  // Neighbours in id order are family, acquaintances, and referrer → referee.
  await api.cypher(
    `MATCH (p:Person) WHERE p.id STARTS WITH $prefix
     WITH p ORDER BY p.id
     WITH collect(p) AS people
     UNWIND range(0, size(people) - 2) AS i
     WITH people[i] AS a, people[i + 1] AS b, i
     CREATE (a)-[:FAMILY {kind: 'SIBLING'}]->(b)
     CREATE (a)-[:KNOWS {kind: 'FRIEND', strength: 0.5}]->(b)
     CREATE (a)-[:REFERRED]->(:Referral {id: $prefix + 'ref' + toString(i), status: 'NEW', channel: 'CLIENT_INTRODUCTION',
             attributed: false, rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(b)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

const nestedPage = `query ($branch: ID!, $first: Int!) {
  persons(filter: { branchId: $branch }, first: $first) {
    totalCount
    edges { node {
      id name aum
      household { role household { id name members { edges { node { role person { id } } } } } }
      employments { title keyPerson organization { id name } }
      family { edges { node { kind relative { id name } } } }
      acquaintances { edges { node { strength person { id } } } }
      holdings { edges { node { balance product { id name riskLevel } } } }
      manager { id name branch { id name } }
      referralsMade { edges { node { id status referee { id name } } } }
      referralsReceived { edges { node { id referrer { ... on Person { id name } } } } }
    } }
  }
}`;

async function roundTripsFor(first: number): Promise<{ roundTrips: number; rows: number }> {
  const before = api.db.roundTrips;
  const result = await api.graphql(nestedPage, { branch: api.id('br'), first });
  expect(result.errors).toBeUndefined();
  return { roundTrips: api.db.roundTrips - before, rows: result.data!.persons.edges.length };
}

describe('round trips for a page of persons with nested fields', () => {
  it('are the same for 10 and 50 persons, one per nested level', async () => {
    const small = await roundTripsFor(10);
    const large = await roundTripsFor(50);
    expect(small.rows).toBe(10);
    expect(large.rows).toBe(50);
    expect(large.roundTrips).toBe(small.roundTrips);
    // page (with household, employments, holdings, manager and its branch) + count + members
    // + family + acquaintances + referrals made + referrals received
    expect(large.roundTrips).toBeLessThanOrEqual(7);
    console.log(`round trips for a page of 10: ${small.roundTrips}; of 50: ${large.roundTrips}`);
  });

  it('returns the nested data a front end asks for', async () => {
    const result = await api.graphql(nestedPage, { branch: api.id('br'), first: 2 });
    const [first, second] = result.data!.persons.edges.map((e: { node: unknown }) => e.node);
    expect(result.data!.persons.totalCount).toBe(PEOPLE);
    expect(second).toMatchObject({
      id: api.id('p001'),
      aum: '1000.00',
      household: { role: 'HEAD', household: { id: api.id('p001-hh'), members: { edges: [{ node: { role: 'HEAD', person: { id: api.id('p001') } } }] } } },
      employments: [{ title: '职员', keyPerson: false, organization: { id: api.id('org'), name: '申城科技' } }],
      manager: { id: api.id('rm'), branch: { id: api.id('br'), name: '静安支行' } },
      referralsMade: { edges: [{ node: { status: 'NEW', referee: { id: api.id('p002') } } }] },
      referralsReceived: { edges: [{ node: { referrer: { id: api.id('p000'), name: '客户0' } } }] },
    });
    expect(second.family.edges.map(({ node: t }: { node: { kind: string; relative: { id: string } } }) => [t.kind, t.relative.id])).toEqual([
      ['SIBLING', api.id('p000')],
      ['SIBLING', api.id('p002')],
    ]);
    expect(second.holdings.edges).toHaveLength(2);
    expect(first.referralsReceived).toEqual({ edges: [] });
  });
});

describe('round trips for single reads', () => {
  const tripsFor = async (query: string, id: string) => {
    const before = api.db.roundTrips;
    const result = await api.graphql(query, { id });
    expect(result.errors).toBeUndefined();
    return { trips: api.db.roundTrips - before, data: result.data };
  };

  it('fold their follow-up lookups into the first statement', async () => {
    const household = await tripsFor('query ($id: ID!) { household(id: $id) { name members { edges { node { role person { id } } } } } }', api.id('p001-hh'));
    const staff = await tripsFor('query ($id: ID!) { staff(id: $id) { name clientCount branch { name } } }', api.id('rm'));
    const referral = await tripsFor(
      'query ($id: ID!) { referral(id: $id) { status referrer { ... on Person { id } } referee { id } } }',
      api.id('ref1'),
    );
    // The employee page also gives totalCount (it matched every employee); the organization is one statement before it.
    const organization = await tripsFor(
      'query ($id: ID!) { organization(id: $id) { name employees(first: 5) { totalCount edges { node { person { id } } } } } }',
      api.id('org'),
    );
    expect([household.trips, staff.trips, referral.trips, organization.trips]).toEqual([1, 1, 1, 2]);
    expect({
      members: household.data!.household.members,
      staff: staff.data!.staff,
      referral: referral.data!.referral,
      employees: organization.data!.organization.employees.totalCount,
    }).toEqual({
      members: { edges: [{ node: { role: 'HEAD', person: { id: api.id('p001') } } }] },
      staff: { name: '陈经理', clientCount: PEOPLE, branch: { name: '静安支行' } },
      referral: { status: 'NEW', referrer: { id: api.id('p001') }, referee: { id: api.id('p002') } },
      employees: PEOPLE,
    });
  });
});
