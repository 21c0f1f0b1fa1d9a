import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * CORS over HTTP: the pages of the allowed origins may call /graphql from a
 * browser, every other origin is given no Access-Control-Allow-* header,
 * and with no origins set nobody is.
 */
const APP = 'https://app.example.test';
const OTHER_APP = 'http://localhost:5173';
let api: TestApi;
let closed: TestApi;
beforeAll(async () => {
  [api, closed] = await Promise.all([startTestApi({ limits: { corsOrigins: [APP, OTHER_APP] } }), startTestApi()]);
});
afterAll(() => Promise.all([api.close(), closed.close()]));

function preflight(target: TestApi, origin: string): Promise<Response> {
  return fetch(`${target.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
}

async function query(target: TestApi, origin: string, authorization?: string): Promise<Response> {
  return fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

describe('cross-origin requests', () => {
  it.each([APP, OTHER_APP])('answers a preflight from %s with what a browser needs to send its query', async (origin) => {
    const response = await preflight(api, origin);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'Authorization, Content-Type',
      'access-control-max-age': '600',
    });
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(await response.text()).toBe('');
  });

  it('gives the allowed page its answer, and its refusals, with its origin', async () => {
    const answered = await query(api, APP, await api.authHeader());
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });
    expect(corsHeaders(answered)).toEqual({ 'access-control-allow-origin': APP, 'access-control-expose-headers': 'X-Request-Id, Retry-After' });
    const refused = await query(api, APP);
    expect(refused.status).toBe(401);
    expect(corsHeaders(refused)).toMatchObject({ 'access-control-allow-origin': APP });
  });

  it.each(['https://evil.example.test', `${APP}.evil.example.test`, 'http://app.example.test', `${APP}:8443`, 'null'])(
    'gives %s no CORS header, on a preflight or an answer',
    async (origin) => {
      const refusedPreflight = await preflight(api, origin);
      expect(refusedPreflight.status).toBe(204);
      expect(corsHeaders(refusedPreflight)).toEqual({});
      // The server still answers; it is the browser that keeps the answer from the page.
      const answered = await query(api, origin, await api.authHeader());
      expect(answered.status).toBe(200);
      expect(corsHeaders(answered)).toEqual({});
      expect(answered.headers.get('vary')).toMatch(/\bOrigin\b/);
    },
  );

  it('gives no origin a CORS header when none is set', async () => {
    const refusedPreflight = await preflight(closed, APP);
    expect(corsHeaders(refusedPreflight)).toEqual({});
    const answered = await query(closed, APP, await closed.authHeader());
    expect(answered.status).toBe(200);
    expect(corsHeaders(answered)).toEqual({});
  });

  it('adds no CORS header to a request without an Origin, as from a server or curl', async () => {
    const plain = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await api.authHeader() },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(plain.status).toBe(200);
    expect(corsHeaders(plain)).toEqual({});
  });
});
