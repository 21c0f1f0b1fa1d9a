import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { startTestApi, TestApi } from '../helpers/test-api';

/** Query.viewer: who the server takes the token's bearer to be, so a front end never decodes the token. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (b:Branch {id: $p + 'b', name: '一支行'})
     CREATE (:Staff {id: $p + 'head', name: '周行长', role: 'BRANCH_HEAD'})-[:BASED_AT]->(b)`,
    { p: api.id('') },
  );
});
afterAll(() => api.close());

const me = '{ viewer { staffId role staff { id name role } branch { id name } } }';

describe('viewer', () => {
  it("answers the token's staff id, role and branch, with the staff record and branch they name", async () => {
    const head: Viewer = { staffId: api.id('head'), role: StaffRole.BRANCH_HEAD, branchId: api.id('b') };
    const result = await api.graphql(me, {}, { as: head });
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer).toEqual({
      staffId: api.id('head'),
      role: 'BRANCH_HEAD',
      staff: { id: api.id('head'), name: '周行长', role: 'BRANCH_HEAD' },
      branch: { id: api.id('b'), name: '一支行' },
    });
  });

  it('answers a null branch for a token that names none', async () => {
    const teller: Viewer = { staffId: api.id('teller'), role: StaffRole.TELLER, branchId: null };
    const result = await api.graphql(me, {}, { as: teller });
    expect(result.data!.viewer).toMatchObject({ staffId: api.id('teller'), role: 'TELLER', staff: { id: api.id('teller') }, branch: null });
  });
});
