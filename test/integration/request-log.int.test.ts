import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { createLogger } from '../../src/logger';
import { startTestApi, TestApi } from '../helpers/test-api';

/** What the server logs, as production writes it (JSON lines), from debug up. */
const lines: Record<string, any>[] = [];
const capture = { write: (line: string) => void lines.push(JSON.parse(line)) };

let api: TestApi;
let rm: Viewer;
beforeAll(async () => {
  api = await startTestApi({ logger: createLogger('debug', 'json', capture) });
  rm = { staffId: api.id('rm'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: null };
});
afterAll(() => api.close());

/** The line is written when the response finishes, which may be just after the client has it. */
async function lineOf(requestId: string): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const line = lines.find((candidate) => candidate.req?.id === requestId && candidate.res);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no request line for ${requestId}`);
}

async function post(body: object, authorization: string | null, requestId: string): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
}

describe('request log', () => {
  it('names the operation and the staff member on the request line, and keeps the token and the variables out', async () => {
    const authorization = await api.authHeader(rm);
    const requestId = api.id('named');
    // No operationName in the body: the name comes from the document, as Apollo resolves it.
    const response = await post({ query: 'query LoggedSearch($name: String) { persons(first: 1, filter: { search: $name }) { totalCount } }', variables: { name: '欧阳日志' } }, authorization, requestId);
    expect(response.status).toBe(200);

    const line = await lineOf(requestId);
    expect(line).toMatchObject({
      level: 30,
      msg: 'POST /graphql 200',
      operationName: 'LoggedSearch',
      staffId: rm.staffId,
      req: { id: requestId, method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    const everything = lines.map((logged) => JSON.stringify(logged)).join('\n');
    expect(everything).not.toContain(authorization.slice('Bearer '.length));
    expect(everything).not.toContain('欧阳日志');
    expect(everything).not.toMatch(/authorization/i);
  });

  it('logs a refused request as a warning without a staff id', async () => {
    const requestId = api.id('refused');
    expect((await post({ query: '{ branches { id } }' }, null, requestId)).status).toBe(401);
    const line = await lineOf(requestId);
    expect(line).toMatchObject({ level: 40, msg: 'POST /graphql 401' });
    expect(line).not.toHaveProperty('staffId');
    expect(line).not.toHaveProperty('operationName');
  });

  it('logs answered probes at debug, never at info', async () => {
    for (const probe of ['/health', '/ready']) {
      const requestId = api.id(`probe${probe}`);
      const response = await fetch(`${api.url}${probe}?check=1`, { headers: { 'x-request-id': requestId } });
      expect(response.status).toBe(200);
      expect(await lineOf(requestId)).toMatchObject({ level: 20, msg: `GET ${probe} 200`, req: { path: probe } });
    }
  });
});
