import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Answers are compressed for clients that accept it: a page of 100
 * persons comes back gzip-encoded and decodes to the very answer an
 * uncompressed request gets.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (s:Staff:Entity {id: $prefix + 'manager', name: '经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})
     WITH s
     UNWIND range(0, 119) AS i
     CREATE (p:Person:Entity {id: $prefix + 'p' + right('000' + toString(i), 3), name: '客户' + toString(i), status: 'ACTIVE', tier: 'GOLD',
                              riskProfile: 'R3', aumCents: 1000000 * (i + 1), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (p)-[:MANAGED_BY]->(s)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

const PAGE = `query ($managerId: ID!) {
  persons(first: 100, filter: { managerId: $managerId }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name status tier aum riskProfile manager { id name } } }
  }
}`;

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** By hand rather than fetch, which would decode the body and hide what came over the wire. */
async function post(acceptEncoding: string, query: string, variables: Record<string, unknown> = {}): Promise<RawAnswer> {
  const authorization = await api.authHeader();
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${api.url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, authorization } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

describe('response compression', () => {
  it('gzips a page of 100 persons for a client that accepts gzip, and it decodes to the plain answer', async () => {
    const variables = { managerId: api.id('manager') };
    const plain = await post('identity', PAGE, variables);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.persons.totalCount).toBe(120);
    expect(answer.data.persons.edges).toHaveLength(100);

    const zipped = await post('gzip', PAGE, variables);
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/\bAccept-Encoding\b/i);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(answer);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
  });

  it('takes the best encoding a client offers', async () => {
    const variables = { managerId: api.id('manager') };
    const answer = JSON.parse((await post('identity', PAGE, variables)).body.toString('utf8'));
    const brotli = await post('gzip, deflate, br', PAGE, variables);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString('utf8'))).toEqual(answer);
  });

  it('sends a small answer as it is, where compressing would gain nothing', async () => {
    const small = await post('gzip', '{ __typename }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
