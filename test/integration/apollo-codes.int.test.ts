import { createHash } from 'node:crypto';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Apollo's standard codes reach the client as Apollo emits them, so a
 * standard client (an APQ link retrying with the query text) recognises
 * them; no stack trace or internal detail comes with them.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function post(body: Record<string, unknown>): Promise<{ status: number; errors: { message: string; extensions: Record<string, unknown> }[] }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await api.authHeader() },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  expect(text).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+|at [\w.<>]+ \(/);
  return { status: response.status, ...JSON.parse(text) };
}

describe("Apollo's standard codes", () => {
  it('GRAPHQL_PARSE_FAILED for a document that is not GraphQL', async () => {
    const { status, errors } = await post({ query: '{ persons( ' });
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining('Syntax Error'), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it('GRAPHQL_VALIDATION_FAILED for a field the schema lacks', async () => {
    const { status, errors } = await post({ query: '{ person(id: "x") { salary } }' });
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining('salary'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it('PERSISTED_QUERY_NOT_FOUND for a hash the server has never been sent', async () => {
    const sha256Hash = createHash('sha256').update(`{ __typename } # ${api.prefix}`).digest('hex');
    const { status, errors } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(status).toBe(200);
    expect(errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
  });
});
