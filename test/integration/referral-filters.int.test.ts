import { cypher } from '../../src/db/cypher';
import { profileOf } from '../helpers/profile';
import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (x:Person {id: $p + 'x', name: '推荐人', status: 'ACTIVE', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     WITH x
     UNWIND $rows AS row
     CREATE (c:Person {id: $p + 'c' + row.id, name: '客户' + row.id, status: 'PROSPECT', aumCents: 0, introductionsOptOut: false,
                       createdAt: datetime(), updatedAt: datetime()})
     CREATE (x)-[:REFERRED]->(:Referral {id: $p + row.id, status: 'NEW', channel: row.channel, referrerKind: 'PERSON', attributed: false,
                                         rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(row.at), updatedAt: datetime(row.at)})-[:REFERS]->(c)`,
    {
      p: api.id(''),
      rows: [
        { id: 'r1', channel: 'CLIENT_INTRODUCTION', at: '2026-02-01T00:00:00Z' },
        { id: 'r2', channel: 'EVENT', at: '2026-05-01T00:00:00Z' },
        { id: 'r3', channel: 'CLIENT_INTRODUCTION', at: '2026-09-01T00:00:00Z' },
      ],
    },
  );
});
afterAll(() => api.close());

async function matching(filter: Record<string, unknown>): Promise<string[]> {
  const result = await api.graphql(`query ($filter: ReferralFilter) { referrals(filter: $filter, first: 50) { totalCount edges { node { id } } } }`, {
    filter: { referrerId: api.id('x'), ...filter },
  });
  expect(result.errors).toBeUndefined();
  const { totalCount, edges } = result.data!.referrals;
  expect(totalCount).toBe(edges.length);
  return edges.map((edge: { node: { id: string } }) => edge.node.id.slice(api.id('').length));
}

describe('referrals filters', () => {
  it('narrow by channel and creation window, newest first', async () => {
    expect(await matching({ channel: 'CLIENT_INTRODUCTION' })).toEqual(['r3', 'r1']);
    expect(await matching({ createdFrom: '2026-03-01T00:00:00Z' })).toEqual(['r3', 'r2']);
    expect(await matching({ createdFrom: '2026-03-01T00:00:00Z', createdBefore: '2026-06-01T00:00:00Z' })).toEqual(['r2']);
    expect(await matching({ channel: 'EVENT', createdBefore: '2026-03-01T00:00:00Z' })).toEqual([]);
  });

  it('start from an index when used alone (PROFILE)', async () => {
    const params = { status: null, assignedStaffId: null, referrerId: null, refereeId: null, createdBy: null, channel: null, createdFrom: null, createdBefore: null };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['referrals-match-by-channel', { channel: 'EVENT' }, /NodeIndexSeek/],
      ['referrals-match-by-created', { createdFrom: '2026-03-01T00:00:00Z' }, /NodeIndexSeekByRange/],
    ];
    for (const [anchor, given, leaf] of cases) {
      const { leaves } = await profileOf(api.driver, `${cypher(anchor)}${cypher('referrals-filter')}\n${cypher('referrals-count-tail')}`, { ...params, ...given });
      expect([anchor, leaves.join(',')]).toEqual([anchor, expect.stringMatching(leaf)]);
    }
  });
});
