import { createHash } from 'node:crypto';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Automatic persisted queries over HTTP: a document registered by one
 * member of staff is found by its hash for them alone, so a hash sent by
 * someone else tells them nothing about what others have sent.
 */
let api: TestApi;
let alice: Viewer;
let bob: Viewer;
beforeAll(async () => {
  api = await startTestApi();
  alice = { staffId: api.id('alice'), role: StaffRole.ADMIN, branchId: null };
  bob = { staffId: api.id('bob'), role: StaffRole.ADMIN, branchId: null };
});
afterAll(() => api.close());

interface Answer {
  status: number;
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(viewer: Viewer, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await api.authHeader(viewer) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** A document no other suite sends, with the extension an APQ client adds. */
function persisted(label: string): { query: string; extensions: { persistedQuery: { version: 1; sha256Hash: string } } } {
  const query = `query ${label} { viewer: __typename } # ${api.prefix}`;
  return { query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } };
}

const notFound = { status: 200, errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
const answered = { status: 200, data: { viewer: 'Query' } };

describe('automatic persisted queries', () => {
  it('finds a document by its hash for the viewer who sent it, not for another', async () => {
    const { query, extensions } = persisted('Registered');
    expect(await post(alice, { extensions })).toEqual(notFound);
    expect(await post(alice, { query, extensions })).toEqual(answered);
    expect(await post(bob, { extensions })).toEqual(notFound);
    expect(await post(alice, { extensions })).toEqual(answered);
  });

  it('lets a second viewer register the same document for themselves', async () => {
    const { query, extensions } = persisted('RegisteredTwice');
    expect(await post(alice, { query, extensions })).toEqual(answered);
    expect(await post(bob, { query, extensions })).toEqual(answered);
    expect(await post(bob, { extensions })).toEqual(answered);
  });

  it('answers a hash sent by GET, the way APQ clients send them, for its viewer alone', async () => {
    const { query, extensions } = persisted('ByGet');
    expect(await post(alice, { query, extensions })).toEqual(answered);
    const get = async (viewer: Viewer): Promise<Answer> => {
      const url = `${api.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
      // A content type other than a form's passes Apollo's CSRF check, as a browser client's preflighted GET does.
      const response = await fetch(url, { headers: { 'content-type': 'application/json', authorization: await api.authHeader(viewer) } });
      return { status: response.status, ...((await response.json()) as object) };
    };
    expect(await get(alice)).toEqual(answered);
    expect(await get(bob)).toEqual(notFound);
  });

  it('refuses a hash without a token before looking it up', async () => {
    const { query, extensions } = persisted('Anonymous');
    expect(await post(alice, { query, extensions })).toEqual(answered);
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
  });
});
