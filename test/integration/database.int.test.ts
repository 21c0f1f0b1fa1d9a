import { startTestApi, TestApi } from '../helpers/test-api';

/** Database's before-commit hook: every write of a mutation carries it, except bulk batches run without it. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the before-commit hook', () => {
  it('runs in each write transaction started within withBeforeCommit, and in none started within withoutBeforeCommit', async () => {
    const hooked: string[] = [];
    const create = (local: string) =>
      api.db.write((tx) => tx.run('CREATE (:Branch {id: $id, name: $id})', { id: api.id(local) }, () => null));
    await api.db.withBeforeCommit(
      async (_scope, result) => {
        hooked.push(String(result));
      },
      async () => {
        await api.db.withoutBeforeCommit(() => create('batch1'));
        await api.db.withoutBeforeCommit(() => create('batch2'));
        await create('last');
      },
    );
    const [row] = await api.cypher('MATCH (b:Branch) WHERE b.id STARTS WITH $prefix RETURN count(b) AS branches', { prefix: api.prefix });
    expect({ hooked: hooked.length, branches: Number(row.branches) }).toEqual({ hooked: 1, branches: 3 });
  });
});
