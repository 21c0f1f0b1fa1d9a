import { firstError, idCursor, rankCursor, RankedConnection, rankedSelection, walkRanked } from '../helpers/ranked-pages';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * crossSellOpportunities on a hand-built graph (answers worked out below).
 * Client 王伟 (R2) works at 华东制造 (4 employees: a small firm, so every
 * employee is a colleague at 0.35) and holds 活期 (ACTIVE) and had 金条 (CLOSED).
 *   李娜   spouse and household member (FAMILY SPOUSE 0.95 beats HOUSEHOLD 0.85): 债基, 金条, 保险, 活期
 *   张三   colleague 0.35: 债基, 工资卡, 保险;  李四 colleague 0.35: 债基;  钱七 colleague 0.35: 科创基金 (R4)
 *   赵六   friend, KNOWS 0.5: 理财, 保险;  周杰 introduced by 王伟 (REFERRAL 0.7): 保险
 *   华东制造 holds 代发工资服务 (→ 工资卡, weight 1) and 现金管理 (→ digital banking, weight 0.5);
 *   of the digital-banking products only 手机银行 is held by a person (an unrelated one); 企业网银 by organizations only.
 * Scores: 保险 0.95 + 0.7 + 0.5 + 0.35 = 2.5 (4 holders); 债基 0.95 + 2 × 0.35 = 1.65 (3);
 * 工资卡 1 + 0.35 = 1.35 (1); 金条 0.95 (1); 手机银行 0.5 (0) and 理财 0.5 (1), equal, in id order;
 * 科创基金 0.35 is R4 > R2: excluded; 活期 is held: absent.
 */
let api: TestApi;
let id: (local: string) => string;

const query = `query ($id: ID!, $first: Int) {
  crossSellOpportunities(personId: $id, first: $first) {
    person { id name }
    opportunities { edges { node {
      product { id name } score holdersNearby
      evidence { kind via { id name } organization { name } strength explanation }
      explanation { name value explanation }
    } } }
    excluded { product { id } code reason }
  }
}`;

beforeAll(async () => {
  api = await startTestApi();
  id = api.id;
  await api.cypher(
    `UNWIND $people AS row
     CREATE (:Person {id: $prefix + row[0], name: row[1], status: 'ACTIVE', riskProfile: row[2], aumCents: 0,
                      introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})`,
    {
      prefix: api.prefix,
      people: [
        ['c', '王伟', 'R2'], ['n1', '李娜', 'R3'], ['n2', '张三', 'R3'], ['n3', '李四', 'R3'], ['n4', '赵六', 'R3'],
        ['n5', '钱七', 'R4'], ['n6', '周杰', 'R3'], ['x', '路人', 'R3'],
      ],
    },
  );
  await api.cypher(
    `UNWIND $products AS row
     CREATE (:Product {id: $prefix + row[0], name: row[1], category: row[2], riskLevel: row[3]})`,
    {
      prefix: api.prefix,
      products: [
        ['bond', '债基', 'FUND', 'R2'], ['tech', '科创基金', 'FUND', 'R4'], ['gold', '金条', 'PRECIOUS_METALS', 'R2'],
        ['wealth', '理财', 'WEALTH_MANAGEMENT', 'R2'], ['ins', '保险', 'INSURANCE', 'R1'], ['current', '活期', 'CURRENT_ACCOUNT', 'R1'],
        ['card', '工资卡', 'PAYROLL_CARD', 'R1'], ['payroll', '代发工资服务', 'PAYROLL_SERVICE', 'R1'],
        ['cash', '现金管理', 'CASH_MANAGEMENT', 'R1'], ['mobile', '手机银行', 'DIGITAL_BANKING', 'R1'],
        ['corp', '企业网银', 'DIGITAL_BANKING', 'R1'],
      ],
    },
  );
  await api.cypher(
    `CREATE (o:Organization {id: $prefix + 'org', name: '华东制造', isClient: true})
     CREATE (h:Household {id: $prefix + 'hh', name: '王家'})
     WITH o, h
     MATCH (c:Person {id: $prefix + 'c'}), (n1:Person {id: $prefix + 'n1'}), (n4:Person {id: $prefix + 'n4'}),
           (n6:Person {id: $prefix + 'n6'})
     CREATE (c)-[:FAMILY {kind: 'SPOUSE'}]->(n1), (c)-[:MEMBER_OF {role: 'HEAD'}]->(h), (n1)-[:MEMBER_OF {role: 'SPOUSE'}]->(h),
            (c)-[:KNOWS {kind: 'FRIEND', strength: 0.5}]->(n4), (c)-[:INTRODUCED {referralId: $prefix + 'r1', at: datetime()}]->(n6)
     WITH o
     UNWIND ['c', 'n2', 'n3', 'n5'] AS staff
     MATCH (p:Person {id: $prefix + staff})
     CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: false}]->(o)`,
    { prefix: api.prefix },
  );
  await api.cypher(
    `UNWIND $holdings AS row
     MATCH (holder {id: $prefix + row[0]}), (pr:Product {id: $prefix + row[1]})
     CREATE (holder)-[:HOLDS {balanceCents: 100000, since: date('2024-01-01'), status: row[2]}]->(pr)`,
    {
      prefix: api.prefix,
      holdings: [
        ['c', 'current', 'ACTIVE'], ['c', 'gold', 'CLOSED'],
        ['n1', 'bond', 'ACTIVE'], ['n1', 'gold', 'ACTIVE'], ['n1', 'ins', 'ACTIVE'], ['n1', 'current', 'ACTIVE'],
        ['n2', 'bond', 'ACTIVE'], ['n2', 'card', 'ACTIVE'], ['n2', 'ins', 'ACTIVE'], ['n3', 'bond', 'ACTIVE'],
        ['n4', 'wealth', 'ACTIVE'], ['n4', 'ins', 'ACTIVE'], ['n5', 'tech', 'ACTIVE'], ['n6', 'ins', 'ACTIVE'],
        ['n6', 'current', 'CLOSED'], ['x', 'mobile', 'ACTIVE'], ['x', 'wealth', 'ACTIVE'],
        ['org', 'payroll', 'ACTIVE'], ['org', 'cash', 'ACTIVE'], ['org', 'corp', 'ACTIVE'],
      ],
    },
  );
});
afterAll(() => api.close());

/** Keeps what this suite built: suites running beside it may add products of the same categories. */
const ours = <T extends { product: { id: string } }>(rows: T[]): T[] => rows.filter((row) => row.product.id.startsWith(api.prefix));

/** The answer with its page of opportunities as a list. */
const offer = (answer: any) => ({ ...answer, opportunities: answer.opportunities.edges.map((edge: any) => edge.node) });

describe('crossSellOpportunities', () => {
  it('ranks products by the ties of their holders to the client and the employer, in one round trip', async () => {
    const before = api.db.roundTrips;
    const result = await api.graphql(query, { id: id('c'), first: 20 });
    expect(result.errors).toBeUndefined();
    expect(api.db.roundTrips - before).toBe(1);
    const { person, opportunities, excluded } = offer(result.data!.crossSellOpportunities);
    expect(person).toEqual({ id: id('c'), name: '王伟' });
    const summary = ours(opportunities).map((o: any) => [o.product.name, o.score, o.holdersNearby, o.evidence.map((e: any) => e.explanation)]);
    expect(summary).toEqual([
      ['保险', 2.5, 4, ['spouse 李娜 holds it', 'referee 周杰 holds it', 'friend 赵六 holds it']],
      ['债基', 1.65, 3, ['spouse 李娜 holds it', '2 colleagues at 华东制造 hold it']],
      ['工资卡', 1.35, 1, ['华东制造 uses payroll with us', 'colleague 张三 at 华东制造 holds it']],
      ['金条', 0.95, 1, ['spouse 李娜 holds it']],
      ['手机银行', 0.5, 0, ['华东制造 uses cash management with us']],
      ['理财', 0.5, 1, ['friend 赵六 holds it']],
    ]);
    expect(ours(excluded)).toEqual([
      { product: { id: id('tech') }, code: 'ABOVE_RISK_PROFILE', reason: "R4 product above the client's R2 risk profile" },
    ]);
  });

  it('shows who and which organization each evidence path rests on, and explains every part of the score', async () => {
    const result = await api.graphql(query, { id: id('c'), first: 20 });
    const [insurance, bond] = ours(offer(result.data!.crossSellOpportunities).opportunities) as any[];
    expect(bond.evidence).toEqual([
      { kind: 'FAMILY', via: [{ id: id('n1'), name: '李娜' }], organization: null, strength: 0.95, explanation: 'spouse 李娜 holds it' },
      {
        kind: 'COLLEAGUE',
        via: [{ id: id('n2'), name: '张三' }, { id: id('n3'), name: '李四' }],
        organization: { name: '华东制造' },
        strength: 0.7,
        explanation: '2 colleagues at 华东制造 hold it',
      },
    ]);
    expect(insurance.explanation).toEqual([
      { name: 'tie:SPOUSE', value: 0.95, explanation: 'spouse 李娜 holds it' },
      { name: 'tie:REFERRAL', value: 0.7, explanation: 'referee 周杰 holds it' },
      { name: 'tie:FRIEND', value: 0.5, explanation: 'friend 赵六 holds it' },
      { name: 'tie:COLLEAGUE', value: 0.35, explanation: 'colleague 张三 at 华东制造 holds it' },
    ]);
  });

  it('respects first, and defaults to five', async () => {
    const two = await api.graphql(query, { id: id('c'), first: 2 });
    expect(offer(two.data!.crossSellOpportunities).opportunities.map((o: any) => o.product.name)).toEqual(['保险', '债基']);
    const byDefault = await api.graphql(query, { id: id('c') });
    expect(offer(byDefault.data!.crossSellOpportunities).opportunities).toHaveLength(5);
  });

  it('refuses first outside 1–20 naming the field, and answers null for an unknown person', async () => {
    for (const first of [0, 21]) {
      const result = await api.graphql(query, { id: id('c'), first });
      expect(result.errors?.[0]).toMatchObject({
        message: `first: must be an integer from 1 to 20; got ${first}.`,
        extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      });
    }
    const missing = await api.graphql(query, { id: id('nobody') });
    expect([missing.data, missing.errors]).toEqual([{ crossSellOpportunities: null }, undefined]);
  });
});

describe('crossSellOpportunities pages', () => {
  const page = `query ($id: ID!, $first: Int, $after: String) {
    crossSellOpportunities(personId: $id, first: $first, after: $after) {
      opportunities { ${rankedSelection('product { id name } score')} }
      excluded { product { id } }
    }
  }`;
  const read = async (first: number, after: string | null) => {
    const result = await api.graphql(page, { id: id('c'), first, after });
    expect(result.errors).toBeUndefined();
    return result.data!.crossSellOpportunities as { opportunities: RankedConnection<{ product: { id: string }; score: number }>; excluded: unknown[] };
  };

  it.each([1, 2, 4])('walks the opportunities %i at a time with `after`, in order, each product once, excluded on every page', async (size) => {
    const whole = await read(20, null);
    const pages: { excluded: unknown[] }[] = [];
    const walk = await walkRanked(async (after) => {
      const answer = await read(size, after);
      pages.push(answer);
      return answer.opportunities;
    });
    expect(walk.nodes).toEqual(whole.opportunities.edges.map((edge) => edge.node));
    expect(new Set(walk.nodes.map((o) => o.product.id)).size).toBe(walk.nodes.length);
    // Our six (保险 … 理财), and any product of the same categories other suites add.
    expect(ours(walk.nodes).map((o) => o.product.id)).toEqual(['ins', 'bond', 'card', 'gold', 'mobile', 'wealth'].map(id));
    expect([walk.pages, ...new Set(walk.totalCounts)]).toEqual([Math.ceil(walk.nodes.length / size), walk.nodes.length]);
    expect(pages.map((answer) => answer.excluded)).toEqual(pages.map(() => whole.excluded));
  });

  it('refuses a cursor it did not give out, and one past rank 100, naming `after`', async () => {
    const ask = (after: string) => api.graphql(page, { id: id('c'), first: 2, after });
    expect(firstError(await ask(idCursor(id('c'))))).toEqual(['BAD_USER_INPUT', 'after', expect.stringMatching(/^after: is not a cursor/)]);
    expect(firstError(await ask(rankCursor(101)))).toEqual(['BAD_USER_INPUT', 'after', 'after: is past rank 100, the deepest this ranking lists.']);
  });
});

describe('crossSellOpportunities in a large organization', () => {
  // 大华集团: the client clerk 员工0, key persons 员工1 and 员工2 holding 核心基金, and 50 clerks holding 普通基金:
  // 53 employees > SMALL_ORGANIZATION_EMPLOYEES, so a clerk's colleagues are the key persons only (0.5 each),
  // while a key person's colleagues are everyone.
  beforeAll(async () => {
    await api.cypher(
      `CREATE (o:Organization {id: $prefix + 'big', name: '大华集团', isClient: false})
       CREATE (kf:Product {id: $prefix + 'kfund', name: '核心基金', category: 'FUND', riskLevel: 'R1'})
       CREATE (cf:Product {id: $prefix + 'cfund', name: '普通基金', category: 'FUND', riskLevel: 'R1'})
       WITH o, kf, cf
       UNWIND range(0, 52) AS i
       WITH o, kf, cf, i, $prefix + 'big' + right('0' + toString(i), 2) AS pid
       CREATE (p:Person {id: pid, name: '员工' + toString(i), status: 'ACTIVE', riskProfile: 'R3', aumCents: 0,
                         introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
       CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: i IN [1, 2]}]->(o)
       FOREACH (_ IN CASE WHEN i IN [1, 2] THEN [1] ELSE [] END |
         CREATE (p)-[:HOLDS {balanceCents: 1, since: date('2024-01-01'), status: 'ACTIVE'}]->(kf))
       FOREACH (_ IN CASE WHEN i > 2 THEN [1] ELSE [] END |
         CREATE (p)-[:HOLDS {balanceCents: 1, since: date('2024-01-01'), status: 'ACTIVE'}]->(cf))`,
      { prefix: api.prefix },
    );
  });

  it('lets a clerk see evidence from key persons but not from other clerks', async () => {
    // 员工0 is a clerk who holds nothing: 核心基金 = 2 key persons × 0.5 = 1; 普通基金 has no evidence.
    const result = await api.graphql(query, { id: id('big00'), first: 20 });
    expect(ours(offer(result.data!.crossSellOpportunities).opportunities).map((o: any) => [o.product.name, o.score, o.holdersNearby, o.evidence])).toEqual([
      [
        '核心基金',
        1,
        2,
        [{
          kind: 'COLLEAGUE',
          via: [{ id: id('big01'), name: '员工1' }, { id: id('big02'), name: '员工2' }],
          organization: { name: '大华集团' },
          strength: 1,
          explanation: '2 colleagues at 大华集团 hold it',
        }],
      ],
    ]);
  });

  it('lets a key person see every colleague, naming the first five', async () => {
    // 员工1 (key) holds 核心基金; the 50 clerks 员工3..52 hold 普通基金: 50 × 0.5 = 25.
    const result = await api.graphql(query, { id: id('big01'), first: 20 });
    const [fund] = ours(offer(result.data!.crossSellOpportunities).opportunities) as any[];
    expect([fund.product.name, fund.score, fund.holdersNearby, fund.evidence[0].explanation]).toEqual(['普通基金', 25, 50, '50 colleagues at 大华集团 hold it']);
    expect(fund.evidence[0].via.map((p: { id: string }) => p.id)).toEqual(['big03', 'big04', 'big05', 'big06', 'big07'].map(id));
  });
});
