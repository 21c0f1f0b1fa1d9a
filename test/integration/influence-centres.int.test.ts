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
    entries { rank person { id } score referralReach referralValue pagerank betweenness directReferrals factors { name value explanation } }
  }
}`;

async function rankingOf(metric: string, branch: string | null, first?: number) {
  const result = await api.graphql(centres, { metric, branch: branch && api.id(branch), first });
  expect(result.errors).toBeUndefined();
  return result.data!.influenceCentres;
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
});
