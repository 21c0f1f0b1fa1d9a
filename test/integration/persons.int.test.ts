import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const upsert = `mutation ($input: UpsertPersonInput!) {
  upsertPerson(input: $input) { person { id name status tier aum riskProfile birthDate } userErrors { field code message } }
}`;

describe('persons', () => {
  it('creates a person with a caller-supplied id and reads it back', async () => {
    const id = api.id('p1');
    const created = await api.graphql(upsert, {
      input: { id, name: '王伟', tier: 'GOLD', riskProfile: 'R3', birthDate: '1980-05-17' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertPerson).toEqual({
      person: { id, name: '王伟', status: 'PROSPECT', tier: 'GOLD', aum: '0.00', riskProfile: 'R3', birthDate: '1980-05-17' },
      userErrors: [],
    });
    const read = await api.graphql(`query ($id: ID!) { person(id: $id) { id name tier } }`, { id });
    expect(read.data!.person).toEqual({ id, name: '王伟', tier: 'GOLD' });
  });

  it('updates only the fields given and keeps the rest', async () => {
    const id = api.id('p2');
    await api.graphql(upsert, { input: { id, name: '李娜', tier: 'PLATINUM', riskProfile: 'R4' } });
    const updated = await api.graphql(upsert, { input: { id, name: '李娜', status: 'ACTIVE' } });
    expect(updated.data!.upsertPerson.person).toMatchObject({ status: 'ACTIVE', tier: 'PLATINUM', riskProfile: 'R4' });
    const [row] = await api.cypher('MATCH (p:Person {id: $id}) RETURN count(*) AS n', { id });
    expect(row.n.toNumber()).toBe(1);
  });

  it('derives AUM from holdings only: upsertPerson takes no aum, and a later holding leaves no figure of its own behind', async () => {
    const id = api.id('p6');
    const refused = await api.graphql(upsert, { input: { id, name: '周全', aum: '999.00' } });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toContain('aum');
    await api.graphql(upsert, { input: { id, name: '周全' } });
    await api.cypher(
      `CREATE (:Product {id: $fund, name: '基金', category: 'FUND', riskLevel: 'R3', createdAt: datetime(), updatedAt: datetime()})
       CREATE (:Product {id: $loan, name: '贷款', category: 'LOAN', riskLevel: 'R1', createdAt: datetime(), updatedAt: datetime()})`,
      { fund: api.id('p6-fund'), loan: api.id('p6-loan') },
    );
    const hold = `mutation ($input: RecordHoldingInput!) { recordHolding(input: $input) { userErrors { field } } }`;
    await api.graphql(hold, { input: { holderId: id, productId: api.id('p6-fund'), balance: '1200.50' } });
    await api.graphql(hold, { input: { holderId: id, productId: api.id('p6-loan'), balance: '50000.00' } });
    await api.graphql(upsert, { input: { id, tier: 'GOLD' } });
    const read = await api.graphql(`query ($id: ID!) { person(id: $id) { aum tier } }`, { id });
    expect(read.data!.person).toEqual({ aum: '1200.50', tier: 'GOLD' });
  });

  it('changes one field without the name, and keeps the name', async () => {
    const id = api.id('p3');
    await api.graphql(upsert, { input: { id, name: '赵敏', tier: 'GOLD' } });
    const updated = await api.graphql(upsert, { input: { id, tier: 'PLATINUM' } });
    expect(updated.data!.upsertPerson).toEqual({
      person: expect.objectContaining({ id, name: '赵敏', tier: 'PLATINUM' }),
      userErrors: [],
    });
  });

  it('refuses to create a person without a name, naming input.name, and creates nothing', async () => {
    const id = api.id('p4');
    const refused = await api.graphql(upsert, { input: { id, tier: 'GOLD' } });
    expect(refused.data!.upsertPerson).toEqual({
      person: null,
      userErrors: [{ field: 'name', code: 'REQUIRED', message: `No person with id "${id}" to update, and a new person needs a name.` }],
    });
    const [row] = await api.cypher('MATCH (n {id: $id}) RETURN count(n) AS n', { id });
    expect(row.n.toNumber()).toBe(0);
  });

  it('refuses a null name as bad input: a person keeps a name', async () => {
    const id = api.id('p5');
    await api.graphql(upsert, { input: { id, name: '钱进' } });
    const refused = await api.graphql(upsert, { input: { id, name: null } });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', expect.stringContaining('name')]]);
    const [row] = await api.cypher('MATCH (p:Person {id: $id}) RETURN p.name AS name', { id });
    expect(row.name).toBe('钱进');
  });

  it('decides create or change once per id when a nameless change races the creation, for 20 ids at once', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => api.id(`race-name-${i}`));
    const answers = await Promise.all(
      ids.flatMap((id) => [
        api.graphql(upsert, { input: { id, tier: 'GOLD' } }),
        api.graphql(upsert, { input: { id, name: '孙同' } }),
      ]),
    );
    for (const [i, id] of ids.entries()) {
      const [nameless, named] = [answers[2 * i].data!.upsertPerson, answers[2 * i + 1].data!.upsertPerson];
      expect(named).toEqual({ person: expect.objectContaining({ id, name: '孙同' }), userErrors: [] });
      // Either the change came first and found nobody, or it came second and changed the person just made.
      expect([
        { person: null, userErrors: [expect.objectContaining({ field: 'name', code: 'REQUIRED' })] },
        { person: expect.objectContaining({ id, name: '孙同', tier: 'GOLD' }), userErrors: [] },
      ]).toContainEqual(nameless);
    }
    const rows = await api.cypher('UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.name AS name', { ids });
    expect(rows.map((row) => row.name)).toEqual(ids.map(() => '孙同'));
  });
});
