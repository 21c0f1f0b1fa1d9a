import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { firstError, idCursor, rankCursor, RankedConnection, rankedSelection, walkRanked } from '../helpers/ranked-pages';
import { createReferralForest } from '../helpers/referral-forest';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Worked answers on the forest of test/helpers/referral-forest.ts (branch
 * `br`), and centralities of a path m1–m2–m3–m4 of our own (branch `br2`),
 * a component of its own in the whole database's people graph.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await createReferralForest(api);
  // m1–m2–m3–m4, one tie of a different kind each: FAMILY, household co-members, colleagues at a small firm.
  await api.cypher(
    `CREATE (br:Branch {id: $prefix + 'br2', name: '静安支行'})
     CREATE (rm:Staff {id: $prefix + 'rm2', name: '孙经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(br)
     CREATE (home:Household {id: $prefix + 'home', name: '孙家'})
     CREATE (firm:Organization {id: $prefix + 'firm', name: '小微科技', isClient: false, employeeCount: 2})
     WITH rm, home, firm
     UNWIND ['m1', 'm2', 'm3', 'm4'] AS local
     CREATE (p:Person {id: $prefix + local, name: '客户' + local, status: 'ACTIVE', aumCents: 0, introductionsOptOut: false,
                       createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(rm)
     FOREACH (_ IN CASE WHEN local IN ['m2', 'm3'] THEN [1] ELSE [] END | CREATE (p)-[:MEMBER_OF {role: 'OTHER'}]->(home))
     FOREACH (_ IN CASE WHEN local IN ['m3', 'm4'] THEN [1] ELSE [] END | CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: false}]->(firm))
     WITH count(*) AS created
     MATCH (m1:Person {id: $prefix + 'm1'}), (m2:Person {id: $prefix + 'm2'})
     CREATE (m1)-[:FAMILY {kind: 'SIBLING'}]->(m2)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

const centres = `query ($metric: InfluenceMetric!, $branch: ID, $first: Int) {
  influenceCentres(metric: $metric, branchId: $branch, first: $first) {
    metric computedAt betweennessExact betweennessSamples
    entries { edges { node {
      rank person { id } score referralReach referralValue pagerank betweenness directReferrals factors { name value explanation }
    } } }
  }
}`;

/** The ranking with its entries as a list. */
async function rankingOf(metric: string, branch: string | null, first?: number) {
  const result = await api.graphql(centres, { metric, branch: branch && api.id(branch), first });
  expect(result.errors).toBeUndefined();
  const ranking = result.data!.influenceCentres;
  return { ...ranking, entries: ranking.entries.edges.map((edge: any) => edge.node) };
}

const page = `query ($metric: InfluenceMetric!, $branch: ID, $first: Int, $after: String) {
  influenceCentres(metric: $metric, branchId: $branch, first: $first, after: $after) {
    entries { ${rankedSelection('rank person { id } score')} }
    disclosure { withheld }
  }
}`;

type Entry = { rank: number; person: { id: string }; score: number };

/** One page of a branch's ranking, as `viewer` (ADMIN when omitted); the withheld count beside it. */
async function pageOf(metric: string, branch: string, first: number, after: string | null, viewer?: Viewer) {
  const result = await api.graphql(page, { metric, branch: api.id(branch), first, after }, viewer && { as: viewer });
  expect(result.errors).toBeUndefined();
  return result.data!.influenceCentres as { entries: RankedConnection<Entry>; disclosure: { withheld: number } };
}

/** Walks a branch's ranking one entry a page, and checks it is the ranking read in one page. */
async function expectWalkIsWhole(metric: string, branch: string, viewer?: Viewer): Promise<Entry[]> {
  const whole = (await pageOf(metric, branch, 100, null, viewer)).entries;
  const walk = await walkRanked(async (after) => (await pageOf(metric, branch, 1, after, viewer)).entries);
  expect(walk.nodes).toEqual(whole.edges.map((edge) => edge.node));
  expect(walk.nodes.map((entry) => entry.rank)).toEqual(walk.nodes.map((_, index) => index + 1));
  expect(new Set(walk.nodes.map((entry) => entry.person.id)).size).toBe(walk.nodes.length);
  expect([walk.pages, ...new Set(walk.totalCounts), whole.totalCount]).toEqual([walk.nodes.length, walk.nodes.length, walk.nodes.length]);
  return walk.nodes;
}

describe('influenceCentres by the referral forest, live', () => {
  it('ranks a branch by REFERRAL_REACH = Σ 0.5^(depth−1) and explains the leader', async () => {
    // a: b, d directly and c below b → 1 + 1 + 0.5 = 2.5; f: g, h → 2; b: c → 1.
    // values: a = 100.00 + 200.50 + 50.25/2 = 325.625 → 325.63; f = 1,000 + 2,000; b = 50.25.
    const ranking = await rankingOf('REFERRAL_REACH', 'br');
    const entries = ranking.entries.map((e: any) => [e.rank, e.person.id, e.score, e.referralReach, e.referralValue, e.directReferrals]);
    expect(entries).toEqual([
      [1, api.id('a'), 2.5, 2.5, '325.63', 3],
      [2, api.id('f'), 2, 2, '3000.00', 2],
      [3, api.id('b'), 1, 1, '50.25', 1],
    ]);
    expect(ranking.entries[0].factors).toEqual([
      {
        name: 'referralReach',
        value: 2.5,
        explanation: 'reach 2.5: 1 per client brought directly, ½ per client they brought, ¼ the next generation, and so on',
      },
      { name: 'introduced:direct', value: 2, explanation: 'brought 2 clients directly' },
      { name: 'introduced:all', value: 3, explanation: '3 in all, down 2 generations' },
      { name: 'introduced:aum', value: 350.75, explanation: 'who hold 350.75' },
    ]);
  });

  it('ranks the same branch differently by REFERRAL_VALUE', async () => {
    const ranking = await rankingOf('REFERRAL_VALUE', 'br');
    expect(ranking.entries.map((e: any) => [e.person.id, e.score])).toEqual([
      [api.id('f'), 3000],
      [api.id('a'), 325.63],
      [api.id('b'), 50.25],
    ]);
  });

  it('ranks the whole bank best first and honours first', async () => {
    const ranking = await rankingOf('REFERRAL_REACH', null, 3);
    const scores = ranking.entries.map((e: any) => e.score);
    expect([ranking.entries.length, scores]).toEqual([3, [...scores].sort((p, q) => q - p)]);
  });

  it('refuses first out of range, naming the field', async () => {
    const result = await api.graphql(centres, { metric: 'REFERRAL_REACH', first: 0 });
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
  });
});

describe('influenceCentres pages', () => {
  it.each(['REFERRAL_REACH', 'REFERRAL_VALUE'])('walks a branch by %s with `after`, in order, each person once', async (metric) => {
    const walked = await expectWalkIsWhole(metric, 'br');
    expect(walked.map((entry) => entry.person.id)).toEqual(
      metric === 'REFERRAL_REACH' ? [api.id('a'), api.id('f'), api.id('b')] : [api.id('f'), api.id('a'), api.id('b')],
    );
  });

  it('counts the whole ranking past the page asked for', async () => {
    const first = await pageOf('REFERRAL_REACH', 'br', 1, null);
    expect([first.entries.edges.length, first.entries.pageInfo.hasNextPage, first.entries.totalCount]).toEqual([1, true, 3]);
  });

  it('refuses a cursor it did not give out, and one past rank 1000, naming `after`', async () => {
    const ask = (after: string) => api.graphql(page, { metric: 'REFERRAL_REACH', branch: api.id('br'), first: 2, after });
    expect(firstError(await ask(idCursor(api.id('a'))))).toEqual(['BAD_USER_INPUT', 'after', expect.stringMatching(/^after: is not a cursor/)]);
    expect(firstError(await ask('!'))).toEqual(['BAD_USER_INPUT', 'after', expect.stringMatching(/^after: is not a cursor/)]);
    expect(firstError(await ask(rankCursor(1001)))).toEqual(['BAD_USER_INPUT', 'after', 'after: is past rank 1000, the deepest this ranking lists.']);
  });

  describe('as a manager who sees only some of the persons and figures', () => {
    /**
     * Branch br3: rm3's introducers i1–i4 and the clients they brought; i1
     * also brought x, a client of rm4 (another branch) holding 1,000,000.00,
     * and j, rm5's client at br3, brought k. By the full figures i1 leads;
     * rm3 sees neither x's AUM (one hidden person is no pool) nor j: i2 500,
     * i3 300, i4 100, i1 10, and j withheld.
     */
    let rm3: Viewer;
    beforeAll(async () => {
      rm3 = { staffId: api.id('rm3'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('br3') };
      await api.cypher(
        `CREATE (br3:Branch {id: $prefix + 'br3', name: '长宁支行'}), (br4:Branch {id: $prefix + 'br4', name: '普陀支行'})
         CREATE (rm3:Staff {id: $prefix + 'rm3', name: '钱经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(br3)
         CREATE (rm4:Staff {id: $prefix + 'rm4', name: '冯经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(br4)
         CREATE (rm5:Staff {id: $prefix + 'rm5', name: '郑经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(br3)
         WITH count(*) AS created
         UNWIND [['i1', 'y', 1000, 'rm3', 'rm3'], ['i2', 'z', 50000, 'rm3', 'rm3'], ['i3', 'w', 30000, 'rm3', 'rm3'],
                 ['i4', 'v', 10000, 'rm3', 'rm3'], ['j', 'k', 40000, 'rm5', 'rm5'], ['i1', 'x', 100000000, 'rm3', 'rm4']] AS row
         MATCH (introducerManager:Staff {id: $prefix + row[3]}), (refereeManager:Staff {id: $prefix + row[4]})
         MERGE (introducer:Person {id: $prefix + row[0]})
           ON CREATE SET introducer.name = row[0], introducer.status = 'ACTIVE', introducer.aumCents = 0, introducer.introductionsOptOut = false,
                         introducer.createdAt = datetime(), introducer.updatedAt = datetime()
         MERGE (introducer)-[:MANAGED_BY]->(introducerManager)
         CREATE (referee:Person {id: $prefix + row[1], name: row[1], status: 'ACTIVE', aumCents: row[2], introductionsOptOut: false,
                                 createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(refereeManager)
         CREATE (introducer)-[:INTRODUCED {referralId: $prefix + 'r' + row[1], at: datetime()}]->(referee)`,
        { prefix: api.prefix },
      );
    });

    it('ranks on what the manager is shown, the same walked a page at a time', async () => {
      const ids = (entries: Entry[]) => entries.map((entry) => [entry.person.id.slice(api.prefix.length), entry.score]);
      expect(ids(await expectWalkIsWhole('REFERRAL_VALUE', 'br3', rm3))).toEqual([['i2', 500], ['i3', 300], ['i4', 100], ['i1', 10]]);
      expect(ids(await expectWalkIsWhole('REFERRAL_VALUE', 'br3')).slice(0, 2)).toEqual([['i1', 1000010], ['i2', 500]]);
      const pages = await Promise.all([null, rankCursor(2)].map((after) => pageOf('REFERRAL_VALUE', 'br3', 2, after, rm3)));
      // j on every page; x only beside i1, whose figures leave it out.
      expect(pages.map((one) => one.disclosure.withheld)).toEqual([1, 2]);
    });
  });
});

describe('refreshInsights and influenceCentres by stored centralities', () => {
  let run: Record<string, any>;

  beforeAll(async () => {
    const result = await api.graphql(`mutation {
      refreshInsights { userErrors { field } run { computedAt persons ties pagerankIterations betweennessExact betweennessSamples elapsedMs } }
    }`);
    expect(result.errors).toBeUndefined();
    run = result.data!.refreshInsights.run;
    console.log(`refreshInsights on the test database: ${JSON.stringify(run)}`);
  });

  it('stores centralities on our path m1–m2–m3–m4 that hold whatever else the database holds', async () => {
    const [row] = await api.cypher(
      `UNWIND ['m1', 'm2', 'm3', 'm4'] AS local
       MATCH (p:Person {id: $prefix + local})
       RETURN collect(p.pagerank) AS pagerank, collect(p.betweenness) AS betweenness`,
      { prefix: api.prefix },
    );
    const n = run.persons;
    const [m1, m2, m3, m4] = row.pagerank as number[];
    // m2 is on the shortest paths m1–m3 and m1–m4, m3 on m2–m4 and m1–m4: 4 ordered pairs each of
    // (n−1)(n−2); the ends broker nothing. The path is symmetric, so is PageRank.
    expect({
      run: { exact: run.betweennessExact, samples: run.betweennessSamples },
      betweenness: (row.betweenness as number[]).map((b) => b * (n - 1) * (n - 2)),
      symmetric: [m1 === m4, m2 === m3],
      middleHigher: m2 > m1,
    }).toEqual({
      run: { exact: true, samples: null },
      betweenness: [0, expect.closeTo(4, 6), expect.closeTo(4, 6), 0],
      symmetric: [true, true],
      middleHigher: true,
    });
  });

  it('ranks our branch by PAGERANK and BETWEENNESS, saying when they were computed', async () => {
    const byPagerank = await rankingOf('PAGERANK', 'br2');
    const byBetweenness = await rankingOf('BETWEENNESS', 'br2');
    const ids = (ranking: any) => ranking.entries.map((e: any) => e.person.id);
    // m2 and m3 tie first, m1 and m4 tie last; ties are ordered by id.
    expect([ids(byPagerank), ids(byBetweenness)]).toEqual([
      [api.id('m2'), api.id('m3'), api.id('m1'), api.id('m4')],
      [api.id('m2'), api.id('m3'), api.id('m1'), api.id('m4')],
    ]);
    expect(byPagerank).toMatchObject({ metric: 'PAGERANK', computedAt: run.computedAt, betweennessExact: true, betweennessSamples: null });
    expect(byBetweenness.entries[0].factors[0].name).toBe('betweenness');
  });

  it.each(['PAGERANK', 'BETWEENNESS'])('walks our branch by %s with `after`, ties in id order', async (metric) => {
    const walked = await expectWalkIsWhole(metric, 'br2');
    expect(walked.map((entry) => entry.person.id)).toEqual([api.id('m2'), api.id('m3'), api.id('m1'), api.id('m4')]);
  });
});
