import { StaffRole } from '../../src/domain/model';
import { mulberry32 } from '../../src/domain/mulberry32';
import type { Viewer } from '../../src/domain/viewer';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * The disclosure rule (README, "Derived figures") on a small bank, with the
 * default pool size K = 5, so the three clients of the other branch are
 * never enough to pool:
 *   branch b1: rm1 manages c1 (王伟, 1,000,000.00, never contacted); bh1 heads b1
 *   branch b2: rm2 manages m1 (李娜, 500,000.00), m2 (赵敏, 300,000.00), m3 (孙丽, 200,000.00)
 *   ties: c1 knows m1 (0.9), c1 spouse of m2, m1 knows m3 (0.5); x (a prospect at 华东制造) knows m3
 *   referrals: c1 introduced m1, m1 introduced m3; m2 holds the fund, m1 the deposit
 *   m1 works at 华东制造 beside x.
 */
let api: TestApi;
let rm1: Viewer;
let bh1: Viewer;
let teller: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const id = api.id;
  rm1 = { staffId: id('rm1'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: id('b1') };
  bh1 = { staffId: id('bh1'), role: StaffRole.BRANCH_HEAD, branchId: id('b1') };
  teller = { staffId: id('teller'), role: StaffRole.TELLER, branchId: id('b1') };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'}), (b2:Branch {id: $p + 'b2', name: '二支行'})
     MERGE (rm1:Staff {id: $p + 'rm1'}) SET rm1.name = '陈经理', rm1.role = 'RELATIONSHIP_MANAGER' MERGE (rm1)-[:BASED_AT]->(b1)
     MERGE (rm2:Staff {id: $p + 'rm2'}) SET rm2.name = '何经理', rm2.role = 'RELATIONSHIP_MANAGER' MERGE (rm2)-[:BASED_AT]->(b2)
     MERGE (bh1:Staff {id: $p + 'bh1'}) SET bh1.name = '高行长', bh1.role = 'BRANCH_HEAD' MERGE (bh1)-[:BASED_AT]->(b1)
     MERGE (teller:Staff {id: $p + 'teller'}) SET teller.name = '柜员', teller.role = 'TELLER' MERGE (teller)-[:BASED_AT]->(b1)
     WITH rm1, rm2
     CREATE (c1:Person {id: $p + 'c1', name: '王伟', status: 'ACTIVE', tier: 'GOLD', aumCents: 100000000, satisfaction: 8})-[:MANAGED_BY]->(rm1)
     CREATE (m1:Person {id: $p + 'm1', name: '李娜', status: 'ACTIVE', tier: 'GOLD', aumCents: 50000000, satisfaction: 9})-[:MANAGED_BY]->(rm2)
     CREATE (m2:Person {id: $p + 'm2', name: '赵敏', status: 'ACTIVE', tier: 'GOLD', aumCents: 30000000, satisfaction: 9})-[:MANAGED_BY]->(rm2)
     CREATE (m3:Person {id: $p + 'm3', name: '孙丽', status: 'ACTIVE', tier: 'GOLD', aumCents: 20000000, satisfaction: 9})-[:MANAGED_BY]->(rm2)
     CREATE (x:Person {id: $p + 'x', name: '周强', status: 'PROSPECT'})
     CREATE (o:Organization {id: $p + 'o', name: '华东制造'})
     CREATE (x)-[:WORKS_AT {title: '工程师', keyPerson: false}]->(o), (m1)-[:WORKS_AT {title: '经理', keyPerson: true}]->(o)
     CREATE (c1)-[:KNOWS {kind: 'FRIEND', strength: 0.9}]->(m1), (c1)-[:FAMILY {kind: 'SPOUSE'}]->(m2), (m1)-[:KNOWS {kind: 'FRIEND', strength: 0.5}]->(m3)
     CREATE (m3)-[:KNOWS {kind: 'FRIEND', strength: 0.8}]->(x)
     CREATE (c1)-[:INTRODUCED {referralId: $p + 'r1'}]->(m1), (m1)-[:INTRODUCED {referralId: $p + 'r2'}]->(m3)
     CREATE (fund:Product {id: $p + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R2'})
     CREATE (deposit:Product {id: $p + 'deposit', name: '定期存款', category: 'DEPOSIT', riskLevel: 'R1'})
     CREATE (bond:Product {id: $p + 'bond', name: '国债', category: 'BOND', riskLevel: 'R1'})
     CREATE (m2)-[:HOLDS {balanceCents: 30000000, status: 'ACTIVE'}]->(fund), (m1)-[:HOLDS {balanceCents: 50000000, status: 'ACTIVE'}]->(deposit)`,
    { p: api.prefix },
  );
  await api.cypher(`MATCH (p:Person) WHERE p.id STARTS WITH $p SET p.riskProfile = 'R5'`, { p: api.prefix });
});

afterAll(() => api.close());

const hiddenAum = ['500000.00', '300000.00', '200000.00', '500000', '300000', '200000'];

describe('an insider who adds a prospect and a tie of their own', () => {
  it('learns nothing of the other branch client they tied it to: no AUM at risk, no holdings, one withheld', async () => {
    const created = await api.graphql(
      `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id access } userErrors { code } } }`,
      { input: { id: api.id('q'), name: '钱多多' } },
      { as: rm1 },
    );
    expect(created.data!.upsertPerson).toEqual({ person: { id: api.id('q'), access: 'FULL' }, userErrors: [] });
    const tied = await api.graphql(
      `mutation ($input: RelateAcquaintanceInput!) { relateAcquaintance(input: $input) { userErrors { code } } }`,
      { input: { personId: api.id('q'), acquaintanceId: api.id('m1'), kind: 'FRIEND', strength: 1 } },
      { as: rm1 },
    );
    expect(tied.errors).toBeUndefined();

    const churn = await api.graphql(
      `query ($id: ID!) { churnImpact(personId: $id, maxHops: 1) { count aumAtRisk clients { totalCount edges { node { client { id } } } } disclosure { withheld pooled } } }`,
      { id: api.id('q') },
      { as: rm1 },
    );
    // Before the rule: aumAtRisk "500000.00", m1's AUM to the fen, with m1 listed (masked).
    expect(churn.data!.churnImpact).toEqual({ count: 0, aumAtRisk: '0.00', clients: { totalCount: 0, edges: [] }, disclosure: { withheld: 1, pooled: 0 } });

    const crossSell = await api.graphql(
      `query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { product { id } } } totalCount } excluded { product { id } } disclosure { withheld pooled } } }`,
      { id: api.id('q') },
      { as: rm1 },
    );
    // Before the rule: the deposit m1 holds, offered "because friend 李* holds it".
    expect(crossSell.data!.crossSellOpportunities).toEqual({ opportunities: { edges: [], totalCount: 0 }, excluded: [], disclosure: { withheld: 1, pooled: 0 } });
  });
});

describe('aggregates that one hidden person stands behind', () => {
  it("referralTree shows neither the hidden descendants nor their AUM by depth", async () => {
    const tree = await api.graphql(
      `query ($id: ID!) { referralTree(rootId: $id) { size totalAum byDepth { depth count aum } descendants { totalCount edges { node { person { id } } } } disclosure { withheld pooled } } }`,
      { id: api.id('c1') },
      { as: rm1 },
    );
    // Before the rule: byDepth [{1, 1, 500000.00}, {2, 1, 200000.00}]: m1's and m3's AUM exactly.
    expect(tree.data!.referralTree).toEqual({ size: 0, totalAum: '0.00', byDepth: [], descendants: { totalCount: 0, edges: [] }, disclosure: { withheld: 2, pooled: 0 } });
  });

  it('influenceCentres lists only whom the viewer sees, and their referral value leaves hidden descendants out', async () => {
    const centres = await api.graphql(
      `{ influenceCentres(metric: REFERRAL_VALUE, first: 100) { entries { edges { node { person { id } score referralValue factors { explanation } } } } disclosure { withheld } } }`,
      {},
      { as: rm1 },
    );
    const ours = centres.data!.influenceCentres.entries.edges.map((edge: any) => edge.node).filter((entry: any) => entry.person.id.startsWith(api.prefix));
    expect(ours.map((entry: any) => [entry.person.id, entry.referralValue])).toEqual([[api.id('c1'), '0.00']]);
    expect(JSON.stringify(centres.data)).not.toMatch(/500000|600000|200000/);
  });

  it('the attention list counts neither hidden connected clients nor hidden referrals in the amounts or the words', async () => {
    const list = await api.graphql(
      `query ($s: ID!) { attentionList(staffId: $s) { edges { node { person { id } aumAtRisk reasons { kind message amount } factors { name value explanation } } } } }`,
      { s: rm1.staffId },
      { as: rm1 },
    );
    expect(list.errors).toBeUndefined();
    const [{ node: entry }] = list.data!.attentionList.edges;
    // Before the rule: 1,000,000 + 0.9 × 500,000 + 1.0 × 300,000 (the spouse) = 1,750,000 at risk.
    expect([entry.person.id, entry.aumAtRisk]).toEqual([api.id('c1'), '1000000.00']);
    expect(entry.reasons.map((reason: any) => reason.kind)).not.toContain('KNOCK_ON_RISK');
    const text = JSON.stringify(entry);
    for (const amount of ['450000', '750000', '1750000', '1.8M', '750K', '500K', '600K']) expect(text).not.toContain(amount);
  });

  it('employee prospects do not tell a prospect is tied to a client the viewer may not see', async () => {
    const prospects = await api.graphql(
      `query ($o: ID!) { organization(id: $o) { employeeProspects { person { id } activeClientTies explanation { explanation } } } }`,
      { o: api.id('o') },
      { as: rm1 },
    );
    expect(prospects.data!.organization.employeeProspects).toEqual([{ person: { id: api.id('x') }, activeClientTies: 0, explanation: [] }]);
  });

  it("writes a DERIVED audit line naming whose figures went into what was shown", async () => {
    await api.graphql(`query Tree($id: ID!) { referralTree(rootId: $id) { totalAum } }`, { id: api.id('c1') });
    const events = await waitForAudit('Tree');
    expect(events).toEqual([{ action: 'DERIVED', targetIds: [api.id('m1'), api.id('m3')].sort() }]);
  });
});

async function waitForAudit(operation: string): Promise<{ action: string; targetIds: string[] }[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await api.cypher(
      `MATCH (e:AuditEvent {operation: $operation}) WHERE e.staffId = 'test-admin' AND e.action = 'DERIVED'
       AND any(id IN e.targetIds WHERE id STARTS WITH $p)
       RETURN e.action AS action, [id IN e.targetIds WHERE id STARTS WITH $p] AS targetIds`,
      { operation, p: api.prefix },
    );
    if (rows.length > 0) return rows.map((row) => ({ action: row.action, targetIds: [...row.targetIds].sort() }));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

/**
 * Non-interference: whatever a viewer may not see of a person, changing it
 * changes none of their answers. Every query a viewer can send about this
 * bank is asked before and after a change to a hidden person's AUM, holdings
 * or ties; the answers must be identical, except, for a tie, how many persons
 * an answer says it withheld (a count, never a figure). Warm introductions
 * show the ties they pass through by design (README), so the tie changes
 * leave them out.
 */
describe('non-interference', () => {
  const battery = (p: string, staffId: string): { query: string; showsTies: boolean }[] => [
    { query: `{ person(id: "${p}m1") { id name aum holdings { totalCount edges { node { balance product { id } } } } family { totalCount edges { node { kind } } } acquaintances { totalCount edges { node { kind } } } } }`, showsTies: false },
    { query: `{ churnImpact(personId: "${p}c1", maxHops: 3) { count aumAtRisk clients(first: 100) { totalCount edges { node { client { id } aum aumAtRisk exposure hops steps { explanation } } } } disclosure { withheld pooled } } }`, showsTies: false },
    { query: `{ crossSellOpportunities(personId: "${p}c1") { opportunities { edges { node { product { id } score holdersNearby evidence { explanation } } } totalCount } excluded { product { id } reason } disclosure { withheld pooled } } }`, showsTies: false },
    { query: `{ referralTree(rootId: "${p}c1") { size totalAum byDepth { depth count aum } descendants(first: 100) { totalCount edges { node { person { id } } } } disclosure { withheld pooled } } }`, showsTies: false },
    { query: `{ influenceCentres(metric: REFERRAL_VALUE, first: 100) { entries { edges { node { rank person { id } score referralReach referralValue factors { explanation } } } totalCount } } }`, showsTies: false },
    { query: `{ influenceCentres(metric: REFERRAL_REACH, first: 2) { entries { edges { cursor node { rank person { id } score referralValue } } pageInfo { hasNextPage } totalCount } } }`, showsTies: false },
    { query: `{ attentionList(staffId: "${staffId}") { edges { node { rank score aumAtRisk person { id } reasons { kind message amount } factors { name value explanation } } } totalCount } }`, showsTies: false },
    { query: `{ organization(id: "${p}o") { employeeProspects { person { id } score activeClientTies explanation { explanation } } } }`, showsTies: false },
    { query: `{ warmIntroductions(prospectId: "${p}x", maxHops: 4) { edges { node { score hops steps { explanation } } } totalCount } }`, showsTies: true },
    { query: `{ household(id: "${p}none") { id } }`, showsTies: false },
  ];

  type Change = { kind: 'aum' | 'holding' | 'tie'; apply: () => Promise<unknown> };
  const changes = (random: () => number): Change[] => {
    const hidden = ['m1', 'm2', 'm3'];
    const pick = () => api.id(hidden[Math.floor(random() * hidden.length)]);
    return [
      { kind: 'aum', apply: () => api.cypher('MATCH (m:Person {id: $id}) SET m.aumCents = $cents', { id: pick(), cents: Math.floor(random() * 1e10) }) },
      {
        kind: 'holding',
        apply: () =>
          api.cypher('MATCH (m:Person {id: $id}), (b:Product {id: $bond}) MERGE (m)-[h:HOLDS]->(b) SET h.balanceCents = $cents, h.status = "ACTIVE"', {
            id: pick(),
            bond: api.id('bond'),
            cents: Math.floor(random() * 1e9),
          }),
      },
      {
        kind: 'tie',
        apply: () => api.cypher('MATCH (a:Person {id: $a}), (b:Person {id: $b}) MERGE (a)-[k:KNOWS]->(b) SET k.kind = "FRIEND", k.strength = $s', { a: api.id('m2'), b: api.id('m3'), s: 0.1 + random() * 0.9 }),
      },
    ];
  };

  const withoutWithheldCounts = (answer: unknown): unknown =>
    JSON.parse(JSON.stringify(answer), (key, value) => (key === 'withheld' ? 0 : value));

  it('gives seeded random viewers the same answers before and after a change to someone they may not see', async () => {
    const next = mulberry32(20261202);
    const random = () => next() / 2 ** 32;
    const viewers = [rm1, bh1, teller];
    for (let round = 0; round < 6; round++) {
      const viewer = viewers[Math.floor(random() * viewers.length)];
      const change = changes(random)[Math.floor(random() * 3)];
      const queries = battery(api.prefix, viewer.staffId).filter((entry) => !(change.kind === 'tie' && entry.showsTies));
      const ask = () => Promise.all(queries.map(({ query }) => api.graphql(query, {}, { as: viewer })));
      const before = await ask();
      await change.apply();
      const after = await ask();
      const compare = change.kind === 'tie' ? withoutWithheldCounts : (answer: unknown) => answer;
      queries.forEach(({ query }, i) => {
        expect({ round, viewer: viewer.role, change: change.kind, query, answer: compare(after[i]) }).toEqual({
          round,
          viewer: viewer.role,
          change: change.kind,
          query,
          answer: compare(before[i]),
        });
      });
      for (const answer of after) expect(hiddenAum.some((amount) => JSON.stringify(answer).includes(amount))).toBe(false);
    }
  });
});
