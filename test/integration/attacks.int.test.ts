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
