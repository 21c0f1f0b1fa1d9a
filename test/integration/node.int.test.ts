import { DEVELOPMENT_PSEUDONYM_KEY } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import { PseudonymousIds } from '../../src/domain/pseudonymous-ids';
import type { Viewer } from '../../src/domain/viewer';
import { startTestApi, TestApi } from '../helpers/test-api';

/** Relay refetching: node(id:) and nodes(ids:) answer the same records, guarded the same way, as each type's own root field. */
let api: TestApi;
let teller: Viewer;
let analyst: Viewer;
const tokens = new PseudonymousIds(DEVELOPMENT_PSEUDONYM_KEY);

beforeAll(async () => {
  api = await startTestApi();
  teller = { staffId: api.id('teller'), role: StaffRole.TELLER, branchId: api.id('b1') };
  analyst = { staffId: api.id('an'), role: StaffRole.ANALYST, branchId: null };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'})
     CREATE (rm:Staff {id: $p + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'teller', name: '柳柜员', role: 'TELLER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'an', name: '分析师', role: 'ANALYST'})
     CREATE (:Organization {id: $p + 'o', name: '远航物流', isClient: false})
     CREATE (:Product {id: $p + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R3'})
     CREATE (h:Household {id: $p + 'h', name: '王伟家庭', address: '北京市'})
     CREATE (a:Person {id: $p + 'a', name: '王伟', status: 'ACTIVE', aumCents: 100, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (b:Person {id: $p + 'b', name: '李娜', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (a)-[:MANAGED_BY]->(rm), (a)-[:MEMBER_OF {role: 'HEAD'}]->(h)
     CREATE (:Referral {id: $p + 'r', status: 'NEW', channel: 'CLIENT_INTRODUCTION', referrerKind: 'PERSON', attributed: false,
                        rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(b)`,
    { p: api.id('') },
  );
});
afterAll(() => api.close());

const nodeQuery = `query ($id: ID!) { node(id: $id) { __typename id } }`;

describe('node and nodes', () => {
  it('finds every kind of object by its id, and null for an unknown one', async () => {
    const kinds = { a: 'Person', o: 'Organization', h: 'Household', rm: 'Staff', b1: 'Branch', fund: 'Product' };
    for (const [local, typename] of Object.entries(kinds)) {
      const answer = await api.graphql(nodeQuery, { id: api.id(local) });
      expect([answer.errors, answer.data!.node]).toEqual([undefined, { __typename: typename, id: api.id(local) }]);
    }
    const missing = await api.graphql(nodeQuery, { id: api.id('nobody') });
    expect([missing.errors, missing.data]).toEqual([undefined, { node: null }]);
  });

  it('answers many ids in the order asked, in a bounded number of round trips', async () => {
    const ids = ['b1', 'nobody', 'a', 'fund', 'b'].map((local) => api.id(local));
    await api.graphql(nodeQuery, { id: ids[0] }); // the viewer's staff record is cached from here on
    const before = api.db.roundTrips;
    const answer = await api.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    const roundTrips = api.db.roundTrips - before;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.nodes).toEqual([
      { __typename: 'Branch', id: ids[0] },
      null,
      { __typename: 'Person', id: ids[2] },
      { __typename: 'Product', id: ids[3] },
      { __typename: 'Person', id: ids[4] },
    ]);
    // The types of all ids in one statement, then one batched read per type asked for.
    expect(roundTrips).toBe(4);
  });

  it("answers an interaction to whoever may see its person's contact history, and null to others", async () => {
    const rm: Viewer = { staffId: api.id('rm'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b1') };
    const recorded = await api.graphql(
      `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { userErrors { field } } }`,
      { input: { id: api.id('call'), personId: api.id('a'), kind: 'CALL', note: '谈理财' } },
      { as: rm },
    );
    expect(recorded.data!.recordInteraction.userErrors).toEqual([]);
    const query = `query ($id: ID!) { node(id: $id) { __typename id ... on Interaction { kind note } } }`;
    const [own, admin, masked, pseudonymised] = await Promise.all(
      [rm, undefined, teller, analyst].map((as) => api.graphql(query, { id: api.id('call') }, as ? { as } : {})),
    );
    expect(own.data!.node).toEqual({ __typename: 'Interaction', id: api.id('call'), kind: 'CALL', note: '谈理财' });
    expect(admin.data!.node).toEqual(own.data!.node);
    expect(masked.data!.node).toBeNull();
    expect(pseudonymised.data!.node).toEqual({ __typename: 'Interaction', id: api.id('call'), kind: 'CALL', note: null });
    const person = await api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { userErrors { field } } }`, {
      input: { id: api.id('made'), name: '赵敏' },
    });
    expect(person.data!.upsertPerson.userErrors).toEqual([]);
    const taken = await api.graphql(
      `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`,
      { input: { id: api.id('made'), personId: api.id('a'), kind: 'CALL' } },
    );
    expect(taken.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.id' })]);
  });

  it('refuses more than 100 ids naming the argument', async () => {
    const answer = await api.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, n) => `x${n}`) });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('shows a person as person(id:) does: masked for a viewer who may not see them in full', async () => {
    const fields = '... on Person { id name phone access household { role } }';
    const [byNode, byPerson] = await Promise.all([
      api.graphql(`query ($id: ID!) { node(id: $id) { ${fields} } }`, { id: api.id('a') }, { as: teller }),
      api.graphql(`query ($id: ID!) { person(id: $id) { ${fields} } }`, { id: api.id('a') }, { as: teller }),
    ]);
    expect(byNode.data!.node).toEqual(byPerson.data!.person);
    expect(byNode.data!.node.access).toBe('MASKED');
  });

  it("takes an analyst's pseudonymous id back, and answers a real person id as an id of nothing", async () => {
    const token = tokens.of(api.id('a'));
    const byToken = await api.graphql(nodeQuery, { id: token }, { as: analyst });
    expect(byToken.data!.node).toEqual({ __typename: 'Person', id: token });
    const byRealId = await api.graphql(nodeQuery, { id: api.id('a') }, { as: analyst });
    expect([byRealId.errors, byRealId.data]).toEqual([undefined, { node: null }]);
    const staff = await api.graphql(nodeQuery, { id: api.id('rm') }, { as: analyst });
    expect(staff.data!.node).toEqual({ __typename: 'Staff', id: api.id('rm') });
  });

  it('keeps ids unique across types: a record of another kind cannot take a used id, and nothing is written', async () => {
    const person = api.id('taken');
    const made = await api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id } } }`, { input: { id: person, name: '占用' } });
    expect(made.errors).toBeUndefined();
    const attempts = [
      ['upsertHousehold', 'UpsertHouseholdInput', 'household { id }', { id: person, name: '家庭' }],
      ['upsertOrganization', 'UpsertOrganizationInput', 'organization { id }', { id: person, name: '公司' }],
      ['upsertProduct', 'UpsertProductInput', 'product { id }', { id: person, name: '产品', category: 'FUND', riskLevel: 'R2' }],
      ['upsertBranch', 'UpsertBranchInput', 'branch { id }', { id: person, name: '支行', city: '北京' }],
    ] as const;
    for (const [mutation, input, selection, values] of attempts) {
      const answer = await api.graphql(`mutation ($input: ${input}!) { ${mutation}(input: $input) { ${selection} } }`, { input: values });
      expect([mutation, answer.errors?.[0]?.extensions]).toEqual([mutation, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.id' })]);
    }
    const [row] = await api.cypher('MATCH (n {id: $id}) RETURN collect(labels(n)) AS labels', { id: person });
    expect(row.labels).toEqual([['Person', 'Entity']]);
  });

  it('keeps one kind per id when two kinds are created with it at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = api.id(`race${round}`);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          n % 2 === 0
            ? api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id } } }`, { input: { id, name: '同时' } })
            : api.graphql(`mutation ($input: UpsertHouseholdInput!) { upsertHousehold(input: $input) { household { id } } }`, { input: { id, name: '同时家庭' } }),
        ),
      );
      const codes = new Set(answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK'));
      expect([...codes].every((code) => code === 'OK' || code === 'BAD_USER_INPUT')).toBe(true);
      const [row] = await api.cypher('MATCH (n {id: $id}) RETURN count(n) AS nodes', { id });
      expect(row.nodes.toNumber()).toBe(1);
    }
  });
});
