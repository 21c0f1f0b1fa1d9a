import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('authentication over HTTP', () => {
  it('answers a request without a token, or with a bad one, 401 UNAUTHENTICATED before running it', async () => {
    const query = `mutation { upsertPerson(input: { id: "${api.id('ghost')}", name: "ghost" }) { person { id } } }`;
    for (const token of [null, 'not-a-jwt']) {
      const result = await api.graphql(query, {}, { token });
      expect(result.status).toBe(401);
      expect(result.errors).toEqual([{ message: expect.stringMatching(token ? /malformed/ : /Authentication required/), extensions: { code: 'UNAUTHENTICATED' } }]);
    }
    expect(await api.cypher('MATCH (p:Person {id: $id}) RETURN p', { id: api.id('ghost') })).toEqual([]);
  });

  it('keeps /health and /ready open, and says so in the WWW-Authenticate header otherwise', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    const refused = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ branches { id } }"}' });
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
  });
});
