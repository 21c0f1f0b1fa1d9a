import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * The persons page reads only the person properties its selection needs and
 * primes the relation loaders with the rows it fetched (bench/FIXES.md §2).
 * Whatever a later resolver of the same request asks of those rows, or of
 * the page's persons, must be whole: a household's members are on the page,
 * so their nested fields are answered from the page's own rows.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (b:Branch {id: $prefix + 'br', name: '徐汇支行', city: '上海', createdAt: datetime(), updatedAt: datetime()})
     CREATE (s:Staff {id: $prefix + 'rm', name: '周经理', role: 'WEALTH_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b)
     CREATE (o:Organization {id: $prefix + 'org', name: '浦江物流', industry: 'LOGISTICS', employeeCount: 120,
                             registeredCapitalCents: 500000000, isClient: true, createdAt: datetime(), updatedAt: datetime()})
     CREATE (f:Product {id: $prefix + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R2', createdAt: datetime(), updatedAt: datetime()})
     CREATE (h:Household {id: $prefix + 'hh', name: '林家', address: '衡山路 8 号', createdAt: datetime(), updatedAt: datetime()})
     WITH b, s, o, f, h
     UNWIND range(1, 2) AS i
     CREATE (p:Person {id: $prefix + 'p' + toString(i), name: '林' + toString(i), status: 'ACTIVE', tier: 'GOLD',
                       aumCents: 123456 * i, occupation: '会计', introductionsOptOut: false, pagerank: 0.5,
                       createdAt: datetime('2024-03-0' + toString(i) + 'T08:00:00Z'), updatedAt: datetime('2024-03-0' + toString(i) + 'T08:00:00Z')})
     CREATE (p)-[:MANAGED_BY {since: datetime()}]->(s)
     CREATE (p)-[:MEMBER_OF {role: CASE i WHEN 1 THEN 'HEAD' ELSE 'SPOUSE' END}]->(h)
     CREATE (p)-[:WORKS_AT {title: '会计', keyPerson: i = 1}]->(o)
     CREATE (p)-[:HOLDS {balanceCents: 10050 * i, status: 'ACTIVE', since: date('2024-01-0' + toString(i))}]->(f)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

const whole = (i: number) => ({
  id: api.id(`p${i}`),
  status: 'ACTIVE',
  tier: 'GOLD',
  aum: i === 1 ? '1234.56' : '2469.12',
  occupation: '会计',
  createdAt: `2024-03-0${i}T08:00:00.000Z`,
  household: { role: i === 1 ? 'HEAD' : 'SPOUSE', household: { id: api.id('hh'), name: '林家', address: '衡山路 8 号' } },
  employments: [{
    title: '会计',
    keyPerson: i === 1,
    organization: { id: api.id('org'), name: '浦江物流', industry: 'LOGISTICS', employeeCount: 120, registeredCapital: '5000000.00', isClient: true },
  }],
  holdings: {
    edges: [{ node: { balance: i === 1 ? '100.50' : '201.00', since: `2024-01-0${i}`, status: 'ACTIVE', product: { id: api.id('fund'), name: '稳健基金', category: 'FUND', riskLevel: 'R2' } } }],
  },
  manager: { id: api.id('rm'), name: '周经理', role: 'WEALTH_MANAGER', branch: { id: api.id('br'), name: '徐汇支行', city: '上海' } },
});
const wholeFields = `id status tier aum occupation createdAt
  household { role household { id name address } }
  employments { title keyPerson organization { id name industry employeeCount registeredCapital isClient } }
  holdings { edges { node { balance since status product { id name category riskLevel } } } }
  manager { id name role branch { id name city } }`;

describe('a persons page that selects few fields', () => {
  it('serves whole relation rows to deeper fields from its own statement', async () => {
    const before = api.db.roundTrips;
    const result = await api.graphql(
      `query ($branch: ID!) {
        persons(filter: { branchId: $branch }, first: 10) { edges { node {
          name
          household { role household { members { edges { node { person { ${wholeFields} } } } } } }
          employments { title } holdings { edges { node { balance } } } manager { name }
        } } }
      }`,
      { branch: api.id('br') },
    );
    expect(result.errors).toBeUndefined();
    const members = result.data!.persons.edges[0].node.household.household.members.edges.map((e: { node: { person: unknown } }) => e.node.person);
    expect(members).toEqual([whole(1), whole(2)]);
    // The page, then the household's members; their relations were primed by the page.
    expect(api.db.roundTrips - before).toBe(2);
  });

  it('never serves its partial persons to another field of the request', async () => {
    const result = await api.graphql(
      `query ($branch: ID!, $id: ID!) {
        persons(filter: { branchId: $branch }, first: 10) { edges { node { id name } } }
        person(id: $id) { ${wholeFields} }
      }`,
      { branch: api.id('br'), id: api.id('p2') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      persons: { edges: [{ node: { id: api.id('p1'), name: '林1' } }, { node: { id: api.id('p2'), name: '林2' } }] },
      person: whole(2),
    });
  });
});
