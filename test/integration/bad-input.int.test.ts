import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const upsert = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id } userErrors { field } } }`;

async function personCount(): Promise<number> {
  const [row] = await api.cypher('MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n', { prefix: api.prefix });
  return row.n.toNumber();
}

function expectCleanError(result: { errors?: { message: string; extensions?: Record<string, any> }[] }, code: string, mentions: string) {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions?.code).toBe(code);
  expect(error.message).toContain(mentions);
  expect(JSON.stringify(error)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);
}

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['malformed date', { name: '甲', birthDate: '1980-13-45' }, 'birthDate'],
    ['an unknown enum value', { name: '甲', tier: 'BRONZE' }, 'tier'],
    ['an oversized name', { name: 'x'.repeat(101) }, 'name: name must be shorter than or equal to 100 characters'],
    ['an empty name', { name: '' }, 'name'],
    ['satisfaction out of range', { name: '甲', satisfaction: 11 }, 'satisfaction: satisfaction must not be greater than 10'],
    ['a bad e-mail', { name: '甲', email: 'not-an-email' }, 'email'],
    ['an id with spaces', { id: 'a b', name: '甲' }, 'id must be 1–100 letters'],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, input, mentions) => {
    const before = await personCount();
    const result = await api.graphql(upsert, { input: { id: api.id('bad'), ...input } });
    expectCleanError(result, 'BAD_USER_INPUT', mentions);
    expect(await personCount()).toBe(before);
  });

  const hold = `mutation ($input: RecordHoldingInput!) { recordHolding(input: $input) { holding { balance } userErrors { field } } }`;
  const money: [string, unknown, string][] = [
    ['negative money', '-5.00', 'balance must not be negative'],
    ['money with more than two decimals', '10.001', 'balance'],
    ['money as a number', 12.5, 'Decimal must be a string'],
    ['malformed decimal', '12,50', 'Decimal must be a string'],
  ];

  it.each(money)('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, balance, mentions) => {
    const holder = api.id('bad-holder');
    const product = api.id('bad-product');
    await api.cypher(
      `MERGE (p:Person {id: $holder}) ON CREATE SET p.name = '甲', p.status = 'ACTIVE', p.aumCents = 0
       MERGE (pr:Product {id: $product}) ON CREATE SET pr.name = '基金', pr.category = 'FUND', pr.riskLevel = 'R3'`,
      { holder, product },
    );
    const result = await api.graphql(hold, { input: { holderId: holder, productId: product, balance } });
    expectCleanError(result, 'BAD_USER_INPUT', mentions);
    const [row] = await api.cypher('MATCH (:Person {id: $holder})-[x:HOLDS]->() RETURN count(x) AS n', { holder });
    expect(row.n.toNumber()).toBe(0);
  });

  it('refuses `first` out of range and a forged cursor', async () => {
    expectCleanError(await api.graphql('{ persons(first: 0) { totalCount } }'), 'BAD_USER_INPUT', 'first: must be an integer from 1 to 100');
    expectCleanError(await api.graphql('{ persons(first: 101) { totalCount } }'), 'BAD_USER_INPUT', 'first');
    expectCleanError(await api.graphql('{ persons(after: "bm90LWEtY3Vyc29y") { totalCount } }'), 'BAD_USER_INPUT', 'after: is not a cursor');
  });

  it("answers a syntax error, an unknown field and a missing variable as client errors, under Apollo's codes", async () => {
    expectCleanError(await api.graphql('{ persons( '), 'GRAPHQL_PARSE_FAILED', 'Syntax Error');
    expectCleanError(await api.graphql('{ person(id: "x") { salary } }'), 'GRAPHQL_VALIDATION_FAILED', 'salary');
    expectCleanError(await api.graphql('query ($id: ID!) { person(id: $id) { id } }', {}), 'BAD_USER_INPUT', '$id');
  });

  it('answers malformed JSON and oversized bodies without a stack trace', async () => {
    const headers = { 'content-type': 'application/json', authorization: await api.authHeader() };
    const malformed = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at [A-Za-z.]+ \(/);
    const huge = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: `{ person(id: "${'x'.repeat(2_000_000)}") { id } }` }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('treats Cypher in string inputs as plain data', async () => {
    const hostile = `x' }) MATCH (n) DETACH DELETE n //`;
    const result = await api.graphql(upsert, { input: { id: api.id('inj'), name: hostile } });
    expect(result.data!.upsertPerson.person.id).toBe(api.id('inj'));
    const [row] = await api.cypher('MATCH (p:Person {id: $id}) RETURN p.name AS name', { id: api.id('inj') });
    expect(row.name).toBe(hostile);
    const search = await api.graphql('query ($s: String) { persons(filter: { search: $s }) { totalCount } }', { s: hostile });
    expect(search.data!.persons.totalCount).toBe(1);
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
