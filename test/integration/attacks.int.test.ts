import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * An insider's attacks with a valid token, each once broken and now held,
 * on a small bank: rm1 manages clients at branch b1, rm2 at branch b2.
 */
let api: TestApi;
let rm1: Viewer;
let rm2: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  rm1 = { staffId: api.id('rm1'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b1') };
  rm2 = { staffId: api.id('rm2'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b2') };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'}), (b2:Branch {id: $p + 'b2', name: '二支行'})
     MERGE (rm1:Staff {id: $p + 'rm1'}) SET rm1.name = '陈经理', rm1.role = 'RELATIONSHIP_MANAGER', rm1.active = true MERGE (rm1)-[:BASED_AT]->(b1)
     MERGE (rm2:Staff {id: $p + 'rm2'}) SET rm2.name = '何经理', rm2.role = 'RELATIONSHIP_MANAGER', rm2.active = true MERGE (rm2)-[:BASED_AT]->(b2)`,
    { p: api.prefix },
  );
});

afterAll(() => api.close());

const ROUNDS = 20;

/** Sends every request before awaiting any, so they reach the server together. */
function allAtOnce<T>(sends: (() => Promise<T>)[]): Promise<T[]> {
  return Promise.all(sends.map((send) => send()));
}

describe('two managers creating a record under one free id at once', () => {
  const upserts = [
    { kind: 'person', field: 'upsertPerson', input: 'UpsertPersonInput', label: 'Person', object: 'person', names: ['甲', '乙'] },
    { kind: 'household', field: 'upsertHousehold', input: 'UpsertHouseholdInput', label: 'Household', object: 'household', names: ['甲家', '乙家'] },
    { kind: 'organization', field: 'upsertOrganization', input: 'UpsertOrganizationInput', label: 'Organization', object: 'organization', names: ['甲公司', '乙公司'] },
  ];

  it.each(upserts)('$field: one creates it, the other is refused and changes nothing of it', async ({ kind, field, input, label, object, names }) => {
    const mutation = `mutation ($input: ${input}!) { ${field}(input: $input) { ${object} { id } userErrors { code } } }`;
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const id = api.id(`${kind}-race${round}`);
      const answers = await allAtOnce(
        [rm1, rm2].map((viewer, i) => () => api.graphql(mutation, { input: { id, name: names[i] } }, { as: viewer })),
      );
      const [row] = await api.cypher(`MATCH (n:${label} {id: $id}) RETURN n.name AS name, n.createdBy AS createdBy`, { id });
      const creator = row.createdBy === rm1.staffId ? 0 : 1;
      // Before the lock and the check under it: both were answered as made, and the second one's name was on the first one's record, 20 of 20 rounds.
      outcomes.push(
        [
          row.name === names[creator] ? 'creator’s name' : 'overwritten',
          answers[creator].errors ? 'creator refused' : 'creator made it',
          answers[1 - creator].errors?.map((error) => `${error.extensions?.code} ${error.extensions?.field}`).join() ?? 'other made it',
        ].join(', '),
      );
    }
    expect(new Set(outcomes)).toEqual(new Set(['creator’s name, creator made it, FORBIDDEN input.id']));
  });
});

describe("an organization's employees", () => {
  beforeAll(async () => {
    await api.cypher(
      `MATCH (rm1:Staff {id: $p + 'rm1'}), (rm2:Staff {id: $p + 'rm2'})
       CREATE (o:Organization {id: $p + 'o', name: '华东制造'})
       CREATE (:Person {id: $p + 'mine', name: '王伟', status: 'ACTIVE'})-[:MANAGED_BY]->(rm1)
       CREATE (:Person {id: $p + 'theirs', name: '李娜', status: 'ACTIVE'})-[:MANAGED_BY]->(rm2)
       WITH o
       MATCH (p:Person) WHERE p.id IN [$p + 'mine', $p + 'theirs']
       CREATE (p)-[:WORKS_AT {title: CASE p.id WHEN $p + 'mine' THEN '工程师' ELSE '财务总监' END, keyPerson: p.id ENDS WITH 'theirs'}]->(o)`,
      { p: api.prefix },
    );
  });

  const employees = `query ($o: ID!, $first: Int, $after: String) { organization(id: $o) {
    employees(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title keyPerson person { id access } } } } } }`;

  it("do not tell another manager's client works there, nor their title, though their record hides their jobs", async () => {
    const theirs = await api.graphql(`query ($id: ID!) { person(id: $id) { access employments { title } } }`, { id: api.id('theirs') }, { as: rm1 });
    expect(theirs.data!.person).toEqual({ access: 'MASKED', employments: [] });
    const answer = await api.graphql(employees, { o: api.id('o') }, { as: rm1 });
    // Before: both edges, the masked 李* as "财务总监", a key person, and totalCount 2.
    expect(answer.data!.organization.employees).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: [{ node: { title: '工程师', keyPerson: false, person: { id: api.id('mine'), access: 'FULL' } } }],
    });
    const headOfB2: Viewer = { staffId: api.id('bh2'), role: StaffRole.BRANCH_HEAD, branchId: api.id('b2') };
    const asHead = await api.graphql(employees, { o: api.id('o') }, { as: headOfB2 });
    expect(asHead.data!.organization.employees.edges.map((edge: any) => edge.node.person.id)).toEqual([api.id('theirs')]);
  });

  it('are all listed, page after page, to whoever may see everyone', async () => {
    const first = await api.graphql(employees, { o: api.id('o'), first: 1 });
    const second = await api.graphql(employees, { o: api.id('o'), first: 1, after: first.data!.organization.employees.pageInfo.endCursor });
    const pages = [first, second].map((page) => page.data!.organization.employees);
    expect(pages.map((page) => [page.totalCount, page.pageInfo.hasNextPage, page.edges.map((edge: any) => edge.node.person.id)])).toEqual([
      [2, true, [api.id('mine')]],
      [2, false, [api.id('theirs')]],
    ]);
  });
});

describe("a prospect of one's own tied to five of another branch's clients, one strongly", () => {
  it('learns nothing of them: figures over ties never pool hidden clients, however many', async () => {
    await api.cypher(
      `MATCH (rm2:Staff {id: $p + 'rm2'})
       UNWIND [{id: 'w', cents: 8765432100, strength: 1.0}, {id: 'f1', cents: 1234500, strength: 0.000001},
               {id: 'f2', cents: 1234500, strength: 0.000001}, {id: 'f3', cents: 1234500, strength: 0.000001},
               {id: 'f4', cents: 1234500, strength: 0.000001}] AS row
       CREATE (:Person {id: $p + 'steer-' + row.id, name: '他行客户', status: 'ACTIVE', aumCents: row.cents, introductionsOptOut: false,
                        createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(rm2)`,
      { p: api.prefix },
    );
    const prospect = api.id('steer-q');
    await api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { userErrors { code } } }`, { input: { id: prospect, name: '钱多多' } }, { as: rm1 });
    for (const [other, strength] of [['w', 1], ['f1', 0.000001], ['f2', 0.000001], ['f3', 0.000001], ['f4', 0.000001]] as const) {
      const tied = await api.graphql(
        `mutation ($input: RelateAcquaintanceInput!) { relateAcquaintance(input: $input) { userErrors { code } } }`,
        { input: { personId: prospect, acquaintanceId: api.id(`steer-${other}`), kind: 'FRIEND', strength } },
        { as: rm1 },
      );
      expect(tied.errors).toBeUndefined();
    }
    const churn = await api.graphql(
      `query ($id: ID!) { churnImpact(personId: $id, maxHops: 1) { count aumAtRisk disclosure { withheld pooled } } }`,
      { id: prospect },
      { as: rm1 },
    );
    // When five hidden clients could be pooled: aumAtRisk "88000000.00", w's AUM to two significant figures.
    expect(churn.data!.churnImpact).toEqual({ count: 0, aumAtRisk: '0.00', disclosure: { withheld: 5, pooled: 0 } });
  });
});

describe("a referral of another branch's client, assigned to oneself", () => {
  it('may be taken forward but not converted: converting makes the referee a client, which is theirs to change', async () => {
    const teller: Viewer = { staffId: api.id('teller1'), role: StaffRole.TELLER, branchId: api.id('b1') };
    await api.cypher(
      `MATCH (b1:Branch {id: $p + 'b1'}), (rm2:Staff {id: $p + 'rm2'})
       MERGE (t:Staff {id: $p + 'teller1'}) SET t.name = '柜员', t.role = 'TELLER', t.active = true MERGE (t)-[:BASED_AT]->(b1)
       CREATE (:Person {id: $p + 'conv-d', name: '他行客户', status: 'DORMANT', aumCents: 0, introductionsOptOut: false,
                        createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(rm2)`,
      { p: api.prefix },
    );
    const created = await api.graphql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code } } }`,
      { input: { id: api.id('conv-r'), referrerKind: 'STAFF', referrerId: teller.staffId, refereeId: api.id('conv-d'), channel: 'STAFF_RECOMMENDATION', assignedStaffId: teller.staffId } },
      { as: teller },
    );
    expect(created.data!.createReferral.userErrors).toEqual([]);
    const step = (to: string) =>
      api.graphql(`mutation ($id: ID!, $to: ReferralStatus!) { advanceReferral(input: { id: $id, to: $to }) { referral { status } userErrors { code } } }`, { id: api.id('conv-r'), to }, { as: teller });
    expect((await step('CONTACTED')).data!.advanceReferral.referral.status).toBe('CONTACTED');
    expect((await step('QUALIFIED')).data!.advanceReferral.referral.status).toBe('QUALIFIED');
    // Before: CONVERTED, the DORMANT client of another branch made ACTIVE and credited to the teller.
    const converted = await step('CONVERTED');
    expect(converted.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['FORBIDDEN', 'input.to']]);
    const [row] = await api.cypher(
      `MATCH (d:Person {id: $d}) OPTIONAL MATCH (r:Referral {id: $r}) RETURN d.status AS status, r.status AS referral, COUNT { ()-[:INTRODUCED]->(d) } AS introduced`,
      { d: api.id('conv-d'), r: api.id('conv-r') },
    );
    expect([row.status, row.referral, Number(row.introduced)]).toEqual(['DORMANT', 'QUALIFIED', 0]);
  });
});
