import { firstError, idCursor, rankCursor, RankedConnection, rankedSelection, walkRanked } from '../helpers/ranked-pages';
import { startTestApi, TestApi } from '../helpers/test-api';

/*
 * A hand-made people graph (ids carry the suite's prefix). Staff 陈经理 (rm)
 * manages A, B, C, D, E; 李经理 (other) manages N and the referees.
 *
 *   A 王军   sat 10, contacted 5 days ago, brought 1 client (RA)  → warmth 1 × 1 × 1 × 0.9 = 0.9
 *   B 李强   sat 10, contacted 12 days ago, brought 2 (RB1, RB2)   → warmth 1 × 1 × 1 × 1 = 1
 *   C 周杰   sat 8, contacted 100 days ago, brought none          → warmth 0.86 × 0.8 × 0.8 = 0.5504
 *   E 冯刚   never assessed nor contacted, brought none           → warmth 0.6 × 0.5 × 0.8 = 0.24
 *   N 吴敏   (李经理's) never assessed nor contacted              → warmth 0.24
 *   D 郑华, RA/RB1/RB2 and 刘芳 (M) opted out of introductions.
 *
 * Ties to the prospect P 赵敏:
 *   A —spouse 0.95— P                                    0.9 × 0.95        = 0.855
 *   B —friend 0.6— X 孙丽 —business 0.5— P                1 × 0.6 × 0.5     = 0.3
 *   B —alumni 0.45— X2 孙伟 —neighbour 0.5— P             1 × 0.45 × 0.5    = 0.225
 *   C —spouse 0.95— M 刘芳 (opted out) —sibling 0.8— P    never used
 *   C —friend 0.6— N 吴敏 —friend 0.6— P                  0.5504 × 0.36     = 0.198144
 *   N —friend 0.6— P (N is an introducer only without a staff member)  0.24 × 0.6 = 0.144
 *   E —0.5— Y1 —0.5— Y2 —0.5— P                          0.24 × 0.125      = 0.03
 *   D (opted out) —friend 0.9— P; A —friend 0.3— D
 */
let api: TestApi;

const persons = [
  { id: 'P', name: '赵敏', status: 'PROSPECT' },
  { id: 'A', name: '王军', status: 'ACTIVE', staff: 'rm', satisfaction: 10, contactedDaysAgo: 5, aumCents: 30000000 },
  { id: 'B', name: '李强', status: 'ACTIVE', staff: 'rm', satisfaction: 10, contactedDaysAgo: 12 },
  { id: 'C', name: '周杰', status: 'ACTIVE', staff: 'rm', satisfaction: 8, contactedDaysAgo: 100 },
  { id: 'D', name: '郑华', status: 'ACTIVE', staff: 'rm', optOut: true, aumCents: 5000000 },
  { id: 'E', name: '冯刚', status: 'ACTIVE', staff: 'rm' },
  { id: 'N', name: '吴敏', status: 'ACTIVE', staff: 'other', aumCents: 20000000 },
  { id: 'RA', name: '钱一', status: 'ACTIVE', staff: 'other', optOut: true, aumCents: 10000000 },
  { id: 'RB1', name: '钱二', status: 'ACTIVE', staff: 'other', optOut: true },
  { id: 'RB2', name: '钱三', status: 'ACTIVE', staff: 'other', optOut: true },
  { id: 'M', name: '刘芳', status: 'PROSPECT', optOut: true },
  ...[['X', '孙丽'], ['X2', '孙伟'], ['Y1', '甲'], ['Y2', '乙'], ['Z', '孤独']].map(([id, name]) => ({ id, name, status: 'PROSPECT' })),
];
const family = [
  ['A', 'P', 'SPOUSE'],
  ['C', 'M', 'SPOUSE'],
  ['M', 'P', 'SIBLING'],
];
const knows = [
  ['B', 'X', 'FRIEND', 0.6],
  ['P', 'X', 'BUSINESS', 0.5],
  ['B', 'X2', 'ALUMNI', 0.45],
  ['P', 'X2', 'NEIGHBOUR', 0.5],
  ['C', 'N', 'FRIEND', 0.6],
  ['N', 'P', 'FRIEND', 0.6],
  ['E', 'Y1', 'FRIEND', 0.5],
  ['Y1', 'Y2', 'FRIEND', 0.5],
  ['P', 'Y2', 'FRIEND', 0.5],
  ['D', 'P', 'FRIEND', 0.9],
  ['A', 'D', 'FRIEND', 0.3],
];
const introduced = [
  ['A', 'RA'],
  ['B', 'RB1'],
  ['B', 'RB2'],
];

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (:Staff {id: $prefix + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})
     CREATE (:Staff {id: $prefix + 'other', name: '李经理', role: 'RELATIONSHIP_MANAGER'})
     WITH 1 AS one
     UNWIND $persons AS p
     CREATE (n:Person {id: $prefix + p.id, name: p.name, status: p.status, aumCents: coalesce(p.aumCents, 0),
                       satisfaction: p.satisfaction, introductionsOptOut: coalesce(p.optOut, false),
                       lastContactAt: CASE WHEN p.contactedDaysAgo IS NULL THEN null
                                      ELSE datetime() - duration({days: p.contactedDaysAgo, hours: 1}) END,
                       createdAt: datetime(), updatedAt: datetime()})
     WITH n, p
     OPTIONAL MATCH (s:Staff {id: $prefix + p.staff})
     FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (n)-[:MANAGED_BY {since: datetime()}]->(s))`,
    { prefix: api.prefix, persons },
  );
  await api.cypher(
    `UNWIND $family AS f
     MATCH (a:Person {id: $prefix + f[0]}), (b:Person {id: $prefix + f[1]})
     CREATE (a)-[:FAMILY {kind: f[2]}]->(b)`,
    { prefix: api.prefix, family },
  );
  await api.cypher(
    `UNWIND $knows AS k
     MATCH (a:Person {id: $prefix + k[0]}), (b:Person {id: $prefix + k[1]})
     CREATE (a)-[:KNOWS {kind: k[2], strength: k[3]}]->(b)`,
    { prefix: api.prefix, knows },
  );
  await api.cypher(
    `UNWIND $introduced AS i
     MATCH (a:Person {id: $prefix + i[0]}), (b:Person {id: $prefix + i[1]})
     CREATE (a)-[:INTRODUCED {referralId: $prefix + 'ref-' + i[1], at: datetime()}]->(b)`,
    { prefix: api.prefix, introduced },
  );
});
afterAll(() => api.close());

const warmQuery = `query ($prospect: ID!, $staff: ID, $maxHops: Int, $first: Int) {
  warmIntroductions(prospectId: $prospect, fromStaffId: $staff, maxHops: $maxHops, first: $first) {
    edges { node {
      score hops warmth searchTruncated
      introducer { id name }
      steps { from { id } to { id } tie kind strength explanation }
      weakestLink { from { id } to { id } strength }
      explanation { name value explanation }
    } }
  }
}`;

interface Path {
  score: number;
  hops: number;
  introducer: { id: string };
  steps: { from: { id: string }; to: { id: string }; explanation: string }[];
}

async function warm(variables: Record<string, unknown>) {
  const result = await api.graphql<{ warmIntroductions: RankedConnection<Path> }>(warmQuery, { prospect: api.id('P'), ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.warmIntroductions.edges.map((edge) => edge.node);
}

/** Each path as "A→X→P score": local ids, from the introducer to the prospect. */
const routes = (paths: Path[]) =>
  paths.map((path) => `${[path.introducer.id, ...path.steps.map((s) => s.to.id)].map((id) => id.slice(api.prefix.length)).join('→')} ${path.score}`);

describe('warmIntroductions', () => {
  it("ranks paths from the staff member's clients by warmth × tie strengths, one per introducer first", async () => {
    // Round 1: each introducer's best (A, B, C, E); round 2 adds B's second route; listed in the order chosen.
    expect(routes(await warm({ staff: api.id('rm') }))).toEqual([
      'A→P 0.855',
      'B→X→P 0.3',
      'C→N→P 0.198144',
      'E→Y1→Y2→P 0.03',
      'B→X2→P 0.225',
    ]);
    // With four slots, B's second route (0.225) gives way to the other introducers' best.
    expect(routes(await warm({ staff: api.id('rm'), first: 4 }))).toEqual([
      'A→P 0.855',
      'B→X→P 0.3',
      'C→N→P 0.198144',
      'E→Y1→Y2→P 0.03',
    ]);
  });

  it('explains the best path: warmth parts, then each step, and its weakest link', async () => {
    const [best, second] = await warm({ staff: api.id('rm') });
    expect(best).toEqual({
      score: 0.855,
      hops: 1,
      warmth: 0.9,
      searchTruncated: false,
      introducer: { id: api.id('A'), name: '王军' },
      steps: [{ from: { id: api.id('A') }, to: { id: api.id('P') }, tie: 'FAMILY', kind: 'SPOUSE', strength: 0.95, explanation: 'spouse of your client 王军' }],
      weakestLink: { from: { id: api.id('A') }, to: { id: api.id('P') }, strength: 0.95 },
      explanation: [
        { name: 'status', value: 1, explanation: 'existing client' },
        { name: 'satisfaction', value: 1, explanation: 'satisfied 10/10' },
        { name: 'recency', value: 1, explanation: 'contacted 5 days ago' },
        { name: 'referrals', value: 0.9, explanation: 'brought 1 client before' },
        { name: 'tie:SPOUSE', value: 0.95, explanation: 'spouse of your client 王军' },
      ],
    });
    expect(second).toMatchObject({
      warmth: 1,
      weakestLink: { from: { id: api.id('X') }, to: { id: api.id('P') }, strength: 0.5 },
      steps: [{ explanation: 'friend of your client 李强' }, { explanation: 'business partner of 孙丽' }],
    });
  });

  it('keeps to maxHops', async () => {
    expect(routes(await warm({ staff: api.id('rm'), maxHops: 2 }))).toEqual([
      'A→P 0.855',
      'B→X→P 0.3',
      'C→N→P 0.198144',
      'B→X2→P 0.225',
    ]);
  });

  it("lets any ACTIVE client introduce when no staff member is given, never one who opted out", async () => {
    // N (李经理's client) joins; D, RA, RB1, RB2 and 刘芳 opted out and appear nowhere. N reaches P
    // through N, whom C's path already uses: E's path, through Y2, is chosen first.
    const paths = await warm({});
    expect(routes(paths)).toEqual(['A→P 0.855', 'B→X→P 0.3', 'C→N→P 0.198144', 'E→Y1→Y2→P 0.03', 'N→P 0.144']);
    expect(paths[0].steps[0].explanation).toBe('spouse of client 王军');
  });

  it('follows setIntroductionsOptOut at once, and refuses an unknown person', async () => {
    const optOut = `mutation ($id: ID!, $optOut: Boolean!) {
      setIntroductionsOptOut(input: { personId: $id, introductionsOptOut: $optOut }) { person { id introductionsOptOut } userErrors { field code message } }
    }`;
    const set = await api.graphql(optOut, { id: api.id('A'), optOut: true });
    expect(set.data!.setIntroductionsOptOut).toEqual({ person: { id: api.id('A'), introductionsOptOut: true }, userErrors: [] });
    expect(routes(await warm({ staff: api.id('rm') }))).toEqual(['B→X→P 0.3', 'C→N→P 0.198144', 'E→Y1→Y2→P 0.03', 'B→X2→P 0.225']);
    await api.graphql(optOut, { id: api.id('A'), optOut: false });
    expect(routes(await warm({ staff: api.id('rm') }))[0]).toBe('A→P 0.855');

    const unknown = await api.graphql(optOut, { id: api.id('nobody'), optOut: true });
    expect(unknown.data!.setIntroductionsOptOut).toEqual({
      person: null,
      userErrors: [{ field: 'personId', code: 'NOT_FOUND', message: `No person with id "${api.id('nobody')}".` }],
    });
  });

  it('answers an empty list when nobody can reach the prospect, and null for unknown ids', async () => {
    expect(await warm({ prospect: api.id('Z'), staff: api.id('rm') })).toEqual([]);
    const noProspect = await api.graphql(warmQuery, { prospect: api.id('nobody') });
    const noStaff = await api.graphql(warmQuery, { prospect: api.id('P'), staff: api.id('nobody') });
    expect([noProspect, noStaff].map((r) => [r.data, r.errors])).toEqual([
      [{ warmIntroductions: null }, undefined],
      [{ warmIntroductions: null }, undefined],
    ]);
  });

  it('refuses maxHops outside 1–6 and first outside 1–20, naming the argument', async () => {
    const refusals = await Promise.all(
      [{ maxHops: 0 }, { maxHops: 7 }, { first: 0 }, { first: 21 }].map(async (variables) => {
        const result = await api.graphql(warmQuery, { prospect: api.id('P'), ...variables });
        return [result.errors?.[0].extensions?.code, result.errors?.[0].extensions?.field];
      }),
    );
    expect(refusals).toEqual([
      ['BAD_USER_INPUT', 'maxHops'],
      ['BAD_USER_INPUT', 'maxHops'],
      ['BAD_USER_INPUT', 'first'],
      ['BAD_USER_INPUT', 'first'],
    ]);
  });

  it('costs at most maxHops + 4 round trips: prospect, introducers, expansions (maxHops + 1), the persons shown', async () => {
    for (const maxHops of [2, 4, 6]) {
      const before = api.db.roundTrips;
      await warm({ staff: api.id('rm'), maxHops });
      const used = api.db.roundTrips - before;
      console.log(`warmIntroductions maxHops ${maxHops}: ${used} round trips`);
      expect(used).toBeLessThanOrEqual(maxHops + 4);
    }
  });
});

describe('warmIntroductions pages', () => {
  const page = `query ($prospect: ID!, $staff: ID, $first: Int, $after: String) {
    warmIntroductions(prospectId: $prospect, fromStaffId: $staff, first: $first, after: $after) {
      ${rankedSelection('score introducer { id } steps { to { id } }')}
    }
  }`;
  const read = async (staff: string | null, first: number, after: string | null): Promise<RankedConnection<Path>> => {
    const result = await api.graphql(page, { prospect: api.id('P'), staff, first, after });
    expect(result.errors).toBeUndefined();
    return result.data!.warmIntroductions;
  };

  it.each([
    ["the staff member's", 1, 'rm', 5],
    ["the staff member's", 2, 'rm', 5],
    // N's own path joins them.
    ["the bank's", 2, null, 6],
  ])('walks the paths from %s clients %i at a time with `after`, in order, each once', async (_, size, staff, count) => {
    const staffId = staff === null ? null : api.id(staff);
    const whole = await read(staffId, 20, null);
    const walk = await walkRanked((after) => read(staffId, size, after));
    expect(routes(walk.nodes)).toEqual(routes(whole.edges.map((edge) => edge.node)));
    expect(new Set(routes(walk.nodes)).size).toBe(count);
    expect([walk.pages, ...new Set(walk.totalCounts), whole.totalCount]).toEqual([Math.ceil(count / size), count, count]);
  });

  it('refuses a cursor it did not give out, and one past rank 100, naming `after`', async () => {
    const ask = (after: string) => api.graphql(page, { prospect: api.id('P'), first: 2, after });
    expect(firstError(await ask(idCursor(api.id('A'))))).toEqual(['BAD_USER_INPUT', 'after', expect.stringMatching(/^after: is not a cursor/)]);
    expect(firstError(await ask(rankCursor(101)))).toEqual(['BAD_USER_INPUT', 'after', 'after: is past rank 100, the deepest this ranking lists.']);
  });
});

const churnQuery = `query ($person: ID!, $maxHops: Int) {
  churnImpact(personId: $person, maxHops: $maxHops) {
    person { id } maxHops count aumAtRisk truncated
    clients { edges { node { client { id name } exposure aum aumAtRisk hops steps { explanation } } } }
  }
}`;

describe('churnImpact', () => {
  it('exposes ACTIVE clients by the strongest path and sums AUM × exposure', async () => {
    const result = await api.graphql(churnQuery, { person: api.id('A') });
    expect(result.errors).toBeUndefined();
    // 吴敏: 0.95 × 0.6 = 0.57 × 200,000 = 114,000.00; 钱一 (referee): 0.7 × 100,000 = 70,000.00;
    // 郑华: direct 0.3 loses to 0.95 × 0.9 = 0.855 through 赵敏: × 50,000 = 42,750.00.
    // Not listed: 王军 himself; 赵敏, 孙丽, 孙伟, 刘芳, 乙 (prospects). Σ = 226,750.00.
    expect(result.data!.churnImpact).toEqual({
      person: { id: api.id('A') },
      maxHops: 2,
      count: 3,
      aumAtRisk: '226750.00',
      truncated: false,
      clients: {
        edges: [
          {
            client: { id: api.id('N'), name: '吴敏' },
            exposure: 0.57,
            aum: '200000.00',
            aumAtRisk: '114000.00',
            hops: 2,
            steps: [{ explanation: 'spouse of 王军' }, { explanation: 'friend of 赵敏' }],
          },
          {
            client: { id: api.id('RA'), name: '钱一' },
            exposure: 0.7,
            aum: '100000.00',
            aumAtRisk: '70000.00',
            hops: 1,
            steps: [{ explanation: 'brought to the bank by 王军' }],
          },
          {
            client: { id: api.id('D'), name: '郑华' },
            exposure: 0.855,
            aum: '50000.00',
            aumAtRisk: '42750.00',
            hops: 2,
            steps: [{ explanation: 'spouse of 王军' }, { explanation: 'friend of 赵敏' }],
          },
        ].map((node) => ({ node })),
      },
    });
  });

  it('keeps to maxHops, reading client records only when clients are asked for', async () => {
    const tripsFor = async (query: string) => {
      const before = api.db.roundTrips;
      const result = await api.graphql(query, { person: api.id('A'), maxHops: 1 });
      return { impact: result.data!.churnImpact, trips: api.db.roundTrips - before };
    };
    const totalsOnly = await tripsFor('query ($person: ID!, $maxHops: Int) { churnImpact(personId: $person, maxHops: $maxHops) { aumAtRisk count } }');
    const withClients = await tripsFor(churnQuery);
    // Direct ties only: 钱一 70,000.00 and 郑华 0.3 × 50,000 = 15,000.00.
    // Round trips: the person and one expansion; the clients' records when asked for.
    expect([totalsOnly, withClients.impact.clients.edges.map((e: { node: { aumAtRisk: string } }) => e.node.aumAtRisk), withClients.trips]).toEqual([
      { impact: { aumAtRisk: '85000.00', count: 2 }, trips: 2 },
      ['70000.00', '15000.00'],
      3,
    ]);
  });

  it('answers null for an unknown person and refuses maxHops outside 1–6', async () => {
    const unknown = await api.graphql(churnQuery, { person: api.id('nobody') });
    const tooFar = await api.graphql(churnQuery, { person: api.id('A'), maxHops: 7 });
    expect([unknown.data, unknown.errors, tooFar.errors?.[0].extensions?.field, tooFar.data]).toEqual([{ churnImpact: null }, undefined, 'maxHops', { churnImpact: null }]);
  });
});
