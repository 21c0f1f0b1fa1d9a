import { StaffRole } from '../../src/domain/model';
import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

/**
 * The request limits over HTTP: query depth, cost and aliases, `first`
 * and `maxHops`, the body size, the per-viewer rate limit, and
 * introspection and the landing page switched off for production.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

function expectRefused(result: GraphQLResponse, status: number, code: string, mentions: string | RegExp): void {
  expect(result.status).toBe(status);
  // Refused before running, or a nullable field answered null beside its error: either way nothing is answered.
  expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
  expect(result.errors).toHaveLength(1);
  // Our limit errors carry their code and nothing else (Apollo's http status hint is not passed on); Apollo's may add its detail code.
  expect(result.errors![0].extensions).toEqual(code === 'BAD_USER_INPUT' || code.startsWith('GRAPHQL_') ? expect.objectContaining({ code }) : { code });
  expect(result.errors![0].message).toMatch(mentions);
}

describe('query limits', () => {
  it('refuse a query nested deeper than QUERY_MAX_DEPTH before running it', async () => {
    const chains = `{ person(id: "${api.id('p')}") { ${'referralChain { root { ... on Person { '.repeat(8)}id${' } } }'.repeat(8)} } }`;
    const before = api.db.roundTrips;
    expectRefused(await api.graphql(chains), 400, 'QUERY_TOO_DEEP', 'Query depth 18 exceeds the limit of 16.');
    expect(api.db.roundTrips).toBe(before);
  });

  it('refuse pages of 100 nested in pages of 100 by cost, and a flood of insight queries', async () => {
    expectRefused(
      await api.graphql('{ persons(first: 100) { edges { node { employments { organization { employees(first: 100) { edges { node { title } } } } } } } } }'),
      400,
      'QUERY_TOO_COMPLEX',
      /^Query cost \d+ exceeds the limit of 100000/,
    );
    const insights = Array.from({ length: 21 }, (_, i) => `c${i}: churnImpact(personId: "${api.id(String(i))}") { count }`).join(' ');
    expectRefused(await api.graphql(`{ ${insights} }`), 400, 'QUERY_TOO_COMPLEX', /^Query cost 105\d\d\d exceeds/);
  });

  it('judge the same operation text again when its Int variables change', async () => {
    const pages = 'query ($outer: Int, $inner: Int) { persons(first: $outer) { edges { node { employments { organization { employees(first: $inner) { totalCount } } } } } } }';
    expect((await api.graphql(pages, { outer: 5, inner: 5 })).errors).toBeUndefined();
    expectRefused(await api.graphql(pages, { outer: 100, inner: 100 }), 400, 'QUERY_TOO_COMPLEX', /^Query cost \d+ exceeds/);
    expect((await api.graphql(pages, { outer: 5, inner: 5 })).errors).toBeUndefined();
  });

  it('refuse a query by its cost when a variable is sent as null, though its text passed with the variable left out', async () => {
    // $n left out is its default, 1; sent as null, each page is the default 20.
    const pages = `query ($n: Int = 1) { persons(first: $n) { edges { node { employments { organization { employees(first: $n) { edges { node { person {
      family { edges { node { relative { name } } } } holdings { edges { node { product { name } } } } acquaintances { edges { node { person { name } } } } } } } } } } } } } }`;
    expect((await api.graphql(pages)).errors).toBeUndefined();
    const before = api.db.roundTrips;
    expectRefused(await api.graphql(pages, { n: null }), 400, 'QUERY_TOO_COMPLEX', /^Query cost 984461 exceeds the limit of 100000/);
    expectRefused(await api.graphql(pages, { n: 100 }), 400, 'QUERY_TOO_COMPLEX', /^Query cost \d+ exceeds/);
    expect(api.db.roundTrips).toBe(before);
    expect((await api.graphql(pages)).errors).toBeUndefined();
  });

  it('refuse more than 30 aliased fields in one selection: 31 of one field, or 30 of each of six', async () => {
    const aliases = (field: string, n: number) => Array.from({ length: n }, (_, i) => `${field}${i}: ${field}(id: "${i}") { id }`).join(' ');
    expectRefused(await api.graphql(`{ ${aliases('person', 31)} }`), 400, 'TOO_MANY_ALIASES', 'One selection asks for 31 fields under aliases; the limit is 30.');
    const six = ['person', 'staff', 'household', 'organization', 'product', 'referral'].map((field) => aliases(field, 30)).join(' ');
    expectRefused(await api.graphql(`{ ${six} }`), 400, 'TOO_MANY_ALIASES', 'One selection asks for 180 fields under aliases; the limit is 30.');
  });

  it('refuse a document of more than 10,000 tokens as a parse failure', async () => {
    const result = await api.graphql(`{ ${'__typename '.repeat(10_001)} }`);
    expectRefused(result, 400, 'GRAPHQL_PARSE_FAILED', 'Document contains more that 10000 tokens');
  });

  it('refuse `first` above 100 and `maxHops` above 6 as bad input naming the argument', async () => {
    const person = api.id('nobody');
    expectRefused(
      await api.graphql('query ($n: Int) { persons(first: $n) { totalCount } }', { n: 101 }),
      200,
      'BAD_USER_INPUT',
      'first: must be an integer from 1 to 100',
    );
    expectRefused(await api.graphql(`{ churnImpact(personId: "${person}", maxHops: 7) { count } }`), 200, 'BAD_USER_INPUT', /^maxHops: /);
    expectRefused(await api.graphql(`{ warmIntroductions(prospectId: "${person}", maxHops: 7) { edges { node { score } } } }`), 200, 'BAD_USER_INPUT', /^maxHops: /);
  });

  it('answer an oversized body with 413', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await api.authHeader() },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body too large (limit 1 MB).', extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});

describe('the rate limit', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ limits: { rateLimitPerMinute: 3 } });
  });
  afterAll(() => limited.close());

  it('answers 429 RATE_LIMITED with Retry-After past RATE_LIMIT_PER_MINUTE, counting each viewer apart', async () => {
    const send = async (staffId: string) =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: await limited.authHeader({ staffId, role: StaffRole.ADMIN, branchId: null }) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (let i = 0; i < 3; i += 1) expect((await send('busy')).status).toBe(200);
    const refused = await send('busy');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/^Too many requests: at most 3 a minute; retry in \d+ s\.$/), extensions: { code: 'RATE_LIMITED' } }],
    });
    expect((await send('quiet')).status).toBe(200);
  });
});

describe('production settings', () => {
  let locked: TestApi;
  beforeAll(async () => {
    locked = await startTestApi({ limits: { introspection: false, landingPage: false } });
  });
  afterAll(() => locked.close());

  const landingPage = async (target: TestApi) =>
    fetch(`${target.url}/graphql`, { headers: { accept: 'text/html', authorization: await target.authHeader() } });

  it('refuse introspection when GRAPHQL_INTROSPECTION is off, and still answer queries', async () => {
    expect((await api.graphql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expectRefused(await locked.graphql('{ __schema { queryType { name } } }'), 400, 'GRAPHQL_VALIDATION_FAILED', /introspection is not allowed/);
    expectRefused(await locked.graphql('{ __type(name: "Person") { name } }'), 400, 'GRAPHQL_VALIDATION_FAILED', /introspection is not allowed/);
    expect((await locked.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('serve no landing page when GRAPHQL_LANDING_PAGE is off', async () => {
    const on = await landingPage(api);
    expect(on.status).toBe(200);
    expect(on.headers.get('content-type')).toMatch(/text\/html/);
    const off = await landingPage(locked);
    expect(off.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(off.status).toBeGreaterThanOrEqual(400);
  });
});
