import { SignJWT } from 'jose';
import { STAFF_MISMATCH } from '../../src/auth/staff-check';
import { developmentTokenSettings, signToken } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
let rm: Viewer;
beforeAll(async () => {
  api = await startTestApi();
  rm = { staffId: api.id('rm'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b1') };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'}), (:Branch {id: $p + 'b2', name: '二支行'})
     CREATE (:Staff {id: $p + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'gone', name: '离职', role: 'ADMIN', active: false})`,
    { p: api.prefix },
  );
});
afterAll(() => api.close());

const branches = '{ branches { id } }';

/** A token signed with the development secret, with whatever `exp` and `iat` a test wants. */
function tokenWith(viewer: Viewer, times: { exp: number; iat?: number }): Promise<string> {
  const jwt = new SignJWT({ role: viewer.role, ...(viewer.branchId ? { branch: viewer.branchId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.staffId)
    .setIssuer(developmentTokenSettings.issuer)
    .setAudience(developmentTokenSettings.audience)
    .setExpirationTime(times.exp);
  return (times.iat === undefined ? jwt : jwt.setIssuedAt(times.iat)).sign(new TextEncoder().encode(developmentTokenSettings.secret));
}

function expectUnauthenticated(result: GraphQLResponse, message: string | RegExp): void {
  expect(result.status).toBe(401);
  expect(result.data).toBeUndefined();
  expect(result.errors).toEqual([{ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
}

const upsertStaff = `mutation ($input: UpsertStaffInput!) { upsertStaff(input: $input) { staff { id role active branch { id } } userErrors { code } } }`;

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

describe('a token names a real, active member of staff', () => {
  it('serves a token whose claims are those of the staff record', async () => {
    const result = await api.graphql(branches, {}, { token: await signToken(rm) });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a well-signed ADMIN token for a staff id nobody has, changing nothing', async () => {
    const nobody: Viewer = { staffId: api.id('nobody'), role: StaffRole.ADMIN, branchId: null };
    const write = `mutation { upsertBranch(input: { id: "${api.id('b9')}", name: "x" }) { branch { id } } }`;
    expectUnauthenticated(await api.graphql(write, {}, { token: await signToken(nobody) }), STAFF_MISMATCH);
    expect(await api.cypher('MATCH (b:Branch {id: $id}) RETURN b', { id: api.id('b9') })).toEqual([]);
  });

  it('refuses a token claiming another role or another branch than the record, or a deactivated member of staff', async () => {
    const claims: Viewer[] = [
      { ...rm, role: StaffRole.ADMIN },
      { ...rm, role: StaffRole.BRANCH_HEAD },
      { ...rm, branchId: api.id('b2') },
      { ...rm, branchId: null },
      { staffId: api.id('gone'), role: StaffRole.ADMIN, branchId: null },
    ];
    for (const viewer of claims) {
      const result = await api.graphql(branches, {}, { token: await signToken(viewer) });
      expectUnauthenticated(result, STAFF_MISMATCH);
      // The same words whatever was wrong: nothing about which ids, roles or branches exist.
      expect(JSON.stringify(result)).not.toContain(api.prefix);
    }
  });

  it('refuses a token meant to live longer than JWT_MAX_LIFETIME_MINUTES (12 h), with or without iat', async () => {
    const now = Math.floor(Date.now() / 1000);
    const tooLong = [
      { exp: Date.UTC(9999, 11, 31) / 1000, iat: now },
      { exp: Date.UTC(9999, 11, 31) / 1000 },
      { exp: now + 13 * 3600, iat: now },
      { exp: now + 13 * 3600 },
      // A future iat does not make a far exp acceptable.
      { exp: now + 48 * 3600, iat: now + 40 * 3600 },
    ];
    for (const times of tooLong) {
      expectUnauthenticated(await api.graphql(branches, {}, { token: await tokenWith(rm, times) }), /^The token is valid for longer than the 12 h this server accepts/);
    }
    const result = await api.graphql(branches, {}, { token: await tokenWith(rm, { exp: now + 12 * 3600, iat: now }) });
    expect(result.errors).toBeUndefined();
  });
});

describe('changes to a member of staff', () => {
  const CACHE_MS = 300;
  let quick: TestApi;
  beforeAll(async () => {
    quick = await startTestApi({ privacy: { staffCacheMs: CACHE_MS } });
  });
  afterAll(() => quick.close());

  const afterTheCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_MS + 200));

  it('refuse their tokens once STAFF_CACHE_MS has passed after deactivation, and take them again after reactivation', async () => {
    const teller: Viewer = { staffId: quick.id('teller'), role: StaffRole.TELLER, branchId: null };
    const token = await signToken(teller);
    const input = { id: teller.staffId, name: '柜员', role: StaffRole.TELLER };
    expect((await quick.graphql(upsertStaff, { input })).data!.upsertStaff.staff).toEqual({ id: teller.staffId, role: 'TELLER', active: true, branch: null });
    expect((await quick.graphql(branches, {}, { token })).status).toBe(200);

    const off = await quick.graphql(upsertStaff, { input: { ...input, active: false } });
    expect(off.data!.upsertStaff.staff.active).toBe(false);
    await afterTheCache();
    expectUnauthenticated(await quick.graphql(branches, {}, { token }), STAFF_MISMATCH);

    await quick.graphql(upsertStaff, { input: { ...input, active: true } });
    await afterTheCache();
    expect((await quick.graphql(branches, {}, { token })).status).toBe(200);
  });

  it('refuse tokens of their old role or branch once they are moved', async () => {
    await quick.cypher(`CREATE (:Branch {id: $p + 'b1', name: '一支行'}), (:Branch {id: $p + 'b2', name: '二支行'})`, { p: quick.prefix });
    const before: Viewer = { staffId: quick.id('mover'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: quick.id('b1') };
    await quick.graphql(upsertStaff, { input: { id: before.staffId, name: '调动', role: before.role, branchId: before.branchId } });
    const old = await signToken(before);
    expect((await quick.graphql(branches, {}, { token: old })).status).toBe(200);

    await quick.graphql(upsertStaff, { input: { id: before.staffId, name: '调动', role: StaffRole.BRANCH_HEAD, branchId: quick.id('b2') } });
    await afterTheCache();
    expectUnauthenticated(await quick.graphql(branches, {}, { token: old }), STAFF_MISMATCH);
    const renewed = await signToken({ ...before, role: StaffRole.BRANCH_HEAD, branchId: quick.id('b2') });
    expect((await quick.graphql(branches, {}, { token: renewed })).status).toBe(200);
  });

  it('are not seen while their record is remembered: a steady stream of requests does not look staff up again', async () => {
    // STAFF_CACHE_MS far longer than the test: the record read on the first request answers the others.
    const steady = await startTestApi({ privacy: { staffCacheMs: 600_000 } });
    try {
      const viewer: Viewer = { staffId: steady.id('steady'), role: StaffRole.ANALYST, branchId: null };
      const token = await signToken(viewer);
      await steady.cypher(`CREATE (:Staff {id: $id, name: '分析', role: 'ANALYST'})`, { id: viewer.staffId });
      expect((await steady.graphql(branches, {}, { token })).status).toBe(200);
      await steady.cypher('MATCH (s:Staff {id: $id}) SET s.active = false', { id: viewer.staffId });
      expect((await steady.graphql(branches, {}, { token })).status).toBe(200);
    } finally {
      await steady.close();
    }
  });
});
