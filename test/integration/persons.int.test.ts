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
      input: { id, name: '王伟', tier: 'GOLD', aum: '1250000.50', riskProfile: 'R3', birthDate: '1980-05-17' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertPerson).toEqual({
      person: { id, name: '王伟', status: 'PROSPECT', tier: 'GOLD', aum: '1250000.50', riskProfile: 'R3', birthDate: '1980-05-17' },
      userErrors: [],
    });
    const read = await api.graphql(`query ($id: ID!) { person(id: $id) { id name aum } }`, { id });
    expect(read.data!.person).toEqual({ id, name: '王伟', aum: '1250000.50' });
  });

  it('updates only the fields given and keeps the rest', async () => {
    const id = api.id('p2');
    await api.graphql(upsert, { input: { id, name: '李娜', tier: 'PLATINUM', aum: '3000000' } });
    const updated = await api.graphql(upsert, { input: { id, name: '李娜', status: 'ACTIVE' } });
    expect(updated.data!.upsertPerson.person).toMatchObject({ status: 'ACTIVE', tier: 'PLATINUM', aum: '3000000.00' });
    const [row] = await api.cypher('MATCH (p:Person {id: $id}) RETURN count(*) AS n, p.aumCents AS cents', { id });
    expect(row.n.toNumber()).toBe(1);
    expect(row.cents.toString()).toBe('300000000');
  });
});
