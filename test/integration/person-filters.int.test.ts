import { cypher } from '../../src/db/cypher';
import { profileOf } from '../helpers/profile';
import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
let tag = '';
beforeAll(async () => {
  api = await startTestApi();
  tag = `筛选${api.id('')}`;
  await api.cypher(
    `CREATE (fund:Product {id: $p + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R3'})
     WITH fund
     UNWIND $rows AS row
     CREATE (c:Person {id: $p + row.id, name: $tag + row.id, status: 'ACTIVE', aumCents: row.cents, riskProfile: row.risk,
                       lastContactAt: datetime(row.contact), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     FOREACH (_ IN CASE WHEN row.holds THEN [1] ELSE [] END | CREATE (c)-[:HOLDS {status: 'ACTIVE', balanceCents: 100}]->(fund))`,
    {
      p: api.id(''),
      tag,
      rows: [
        { id: 'a', cents: 100_000_00, risk: 'R2', contact: '2026-01-10T00:00:00Z', holds: true },
        { id: 'b', cents: 5_000_000_00, risk: 'R4', contact: '2026-06-01T00:00:00Z', holds: false },
        { id: 'c', cents: 20_000_000_00, risk: 'R5', contact: '2026-11-20T00:00:00Z', holds: true },
      ],
    },
  );
});
afterAll(() => api.close());

async function matching(filter: Record<string, unknown>): Promise<string[]> {
  const result = await api.graphql(`query ($filter: PersonFilter) { persons(filter: $filter, first: 50) { totalCount edges { node { id } } } }`, {
    filter: { search: tag, ...filter },
  });
  expect(result.errors).toBeUndefined();
  const { totalCount, edges } = result.data!.persons;
  expect(totalCount).toBe(edges.length);
  return edges.map((edge: { node: { id: string } }) => edge.node.id.slice(api.id('').length));
}

describe('persons filters', () => {
  it('narrow by AUM range, risk profiles, last-contact window and product held, alone and together', async () => {
    expect(await matching({ aumMin: '1000000' })).toEqual(['b', 'c']);
    expect(await matching({ aumMin: '1000000', aumMax: '5000000.00' })).toEqual(['b']);
    expect(await matching({ riskProfiles: ['R2', 'R5'] })).toEqual(['a', 'c']);
    expect(await matching({ lastContactFrom: '2026-05-01T00:00:00Z', lastContactBefore: '2026-11-01T00:00:00Z' })).toEqual(['b']);
    expect(await matching({ holdsProductId: api.id('fund') })).toEqual(['a', 'c']);
    expect(await matching({ holdsProductId: api.id('fund'), aumMin: '1000000', riskProfiles: ['R5'] })).toEqual(['c']);
  });

  it('refuses a malformed amount naming the field', async () => {
    const result = await api.graphql(`query { persons(filter: { aumMin: "-5" }) { totalCount } }`);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('aumMin');
  });

  it('start from an index when used alone (PROFILE)', async () => {
    const params = {
      status: null, tier: null, managerId: null, branchId: null, search: null, checkManagerId: null, checkBranchId: null, createdBy: null,
      riskProfiles: null, aumMinCents: null, aumMaxCents: null, lastContactFrom: null, lastContactBefore: null, holdsProductId: null,
    };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['persons-match-by-aum', { aumMinCents: 100_000_000 }, /NodeIndexSeekByRange/],
      ['persons-match-by-risk', { riskProfiles: ['R2', 'R5'] }, /NodeIndexSeek/],
      ['persons-match-by-last-contact', { lastContactFrom: '2026-05-01T00:00:00Z' }, /NodeIndexSeekByRange/],
      ['persons-match-by-product', { holdsProductId: api.id('fund') }, /NodeUniqueIndexSeek/],
    ];
    for (const [anchor, given, leaf] of cases) {
      const { leaves } = await profileOf(api.driver, `${cypher(anchor)}${cypher('persons-filter')}\n${cypher('persons-count-tail')}`, { ...params, ...given });
      expect([anchor, leaves.join(',')]).toEqual([anchor, expect.stringMatching(leaf)]);
    }
  });
});
