import { DEVELOPMENT_PSEUDONYM_KEY } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import { PseudonymousIds } from '../../src/domain/pseudonymous-ids';
import type { Viewer } from '../../src/domain/viewer';
import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

/**
 * What an analyst sees of persons, on a small bank of one branch (every
 * client managed by rm1):
 *   a 王伟 ──spouse── b 李娜 (holds the fund); household 王伟家庭: a head, b spouse
 *   a ──friend── c 赵敏; a introduced c, c introduced d 周杰
 *   x 孙丽 (prospect) ──friend── b; x and c work at 远航物流
 */
let api: TestApi;
let analyst: Viewer;
let teller: Viewer;
let rm1: Viewer;
const tokens = new PseudonymousIds(DEVELOPMENT_PSEUDONYM_KEY);
const persons: [string, string][] = [['a', '王伟'], ['b', '李娜'], ['c', '赵敏'], ['d', '周杰'], ['x', '孙丽']];
const householdName = '王伟家庭';

const token = (local: string) => tokens.of(api.id(local));

beforeAll(async () => {
  api = await startTestApi();
  analyst = { staffId: api.id('an'), role: StaffRole.ANALYST, branchId: null };
  teller = { staffId: api.id('teller'), role: StaffRole.TELLER, branchId: api.id('b1') };
  rm1 = { staffId: api.id('rm1'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b1') };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'})
     CREATE (rm1:Staff {id: $p + 'rm1', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'teller', name: '柳柜员', role: 'TELLER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'an', name: '分析师', role: 'ANALYST'})
     CREATE (o:Organization {id: $p + 'o', name: '远航物流', isClient: true})
     CREATE (fund:Product {id: $p + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R3'})
     WITH rm1, o
     UNWIND $people AS row
     CREATE (c:Person {id: $p + row.id, name: row.name, status: row.status, aumCents: row.cents, phone: '1380000000' + row.n,
                       address: '北京市朝阳区建国路 ' + row.n + ' 号', riskProfile: 'R4', satisfaction: 9, tier: 'GOLD',
                       lastContactAt: datetime() - duration('P5D'), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     FOREACH (_ IN CASE WHEN row.status = 'ACTIVE' THEN [1] ELSE [] END | CREATE (c)-[:MANAGED_BY {since: datetime()}]->(rm1))
     FOREACH (_ IN CASE WHEN row.id IN ['c', 'x'] THEN [1] ELSE [] END | CREATE (c)-[:WORKS_AT {title: '职员', keyPerson: false}]->(o))`,
    {
      p: api.prefix,
      people: [
        { id: 'a', name: '王伟', status: 'ACTIVE', cents: 100000000, n: 1 },
        { id: 'b', name: '李娜', status: 'ACTIVE', cents: 50000000, n: 2 },
        { id: 'c', name: '赵敏', status: 'ACTIVE', cents: 20000000, n: 3 },
        { id: 'd', name: '周杰', status: 'ACTIVE', cents: 10000000, n: 4 },
        { id: 'x', name: '孙丽', status: 'PROSPECT', cents: 0, n: 5 },
      ],
    },
  );
  await api.cypher(
    `MATCH (a:Person {id: $p + 'a'}), (b:Person {id: $p + 'b'}), (c:Person {id: $p + 'c'}), (d:Person {id: $p + 'd'}),
           (x:Person {id: $p + 'x'}), (fund:Product {id: $p + 'fund'})
     CREATE (a)-[:FAMILY {kind: 'SPOUSE'}]->(b)
     CREATE (a)-[:KNOWS {kind: 'FRIEND', strength: 0.8}]->(c)
     CREATE (b)-[:KNOWS {kind: 'FRIEND', strength: 0.9}]->(x)
     CREATE (b)-[:HOLDS {balanceCents: 20000000, since: date('2025-01-01'), status: 'ACTIVE'}]->(fund)
     CREATE (h:Household {id: $p + 'h1', name: $household, address: '上海市浦东新区世纪大道 8 号'})
     CREATE (a)-[:MEMBER_OF {role: 'HEAD'}]->(h), (b)-[:MEMBER_OF {role: 'SPOUSE'}]->(h)
     WITH a, c, d
     UNWIND [[a, c, 'rAC', '王伟介绍的朋友赵敏'], [c, d, 'rCD', '赵敏的同事']] AS row
     WITH row[0] AS referrer, row[1] AS referee, row[2] AS id, row[3] AS note
     CREATE (referrer)-[:REFERRED]->(:Referral {id: $p + id, status: 'CONVERTED', channel: 'CLIENT_INTRODUCTION', note: note, attributed: true,
             rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(referee)
     CREATE (referrer)-[:INTRODUCED {referralId: $p + id, at: datetime()}]->(referee)`,
    { p: api.prefix, household: householdName },
  );
});
afterAll(() => api.close());

/** Every real id and name of the test graph, and the masked forms that would give a name away ("王*"). */
function realWords(): string[] {
  return [
    ...persons.flatMap(([local, name]) => [api.id(local), name, `${Array.from(name)[0]}*`]),
    householdName,
    '建国路',
    '世纪大道',
    '介绍',
  ];
}

/** Cursors are opaque only to the eye (base64url of JSON): what they hold is searched too. */
function leaksIn(response: GraphQLResponse): string[] {
  const held: string[] = [];
  const text = JSON.stringify(response, (key, value) => {
    if (['cursor', 'startCursor', 'endCursor'].includes(key) && typeof value === 'string') held.push(Buffer.from(value, 'base64url').toString('utf8'));
    return value;
  });
  return realWords().filter((word) => [text, ...held].some((part) => part.includes(word)));
}

const personFields = `id name access aum phone address
  household { role household { id name address members { edges { cursor node { role person { id name } } } } } }
  family { edges { cursor node { kind relative { id name } } } }
  acquaintances { edges { cursor node { strength person { id name } } } }
  referralsMade { edges { cursor node { id note referee { id name } } } }
  referralsReceived { edges { cursor node { id note referrer { ... on Person { id name } } } } }`;

describe('an analyst', () => {
  it('sees no real id, name, household name, address or note of anyone, in any answer', async () => {
    const answers = await Promise.all([
      api.graphql(`query ($id: ID!) { person(id: $id) { ${personFields} } }`, { id: token('a') }, { as: analyst }),
      api.graphql(`query ($b: ID!) { persons(filter: { branchId: $b }, first: 10) { totalCount pageInfo { endCursor } edges { cursor node { ${personFields} } } } }`, { b: api.id('b1') }, { as: analyst }),
      api.graphql(`query ($id: ID!) { household(id: $id) { id name address members { edges { cursor node { role person { id name } } } } } }`, { id: api.id('h1') }, { as: analyst }),
      api.graphql(
        `query ($id: ID!) { referralChain(personId: $id) { length root { ... on Person { id name } } hops { referral { note } referrer { ... on Person { id name } } referee { id name } } } }`,
        { id: token('d') },
        { as: analyst },
      ),
      api.graphql(`query ($id: ID!) { referralTree(rootId: $id) { size descendants { edges { cursor node { depth person { id name } referral { note } } } } } }`, { id: token('a') }, { as: analyst }),
      api.graphql(
        `query ($id: ID!) { warmIntroductions(prospectId: $id, maxHops: 3) { edges { cursor node { introducer { id name } steps { explanation from { id name } to { id name } } weakestLink { explanation } explanation { explanation } } } } }`,
        { id: token('x') },
        { as: analyst },
      ),
      api.graphql(
        `query ($id: ID!) { crossSellOpportunities(personId: $id) { person { id name } opportunities { edges { cursor node { product { id } evidence { explanation via { id name } } explanation { explanation } } } } } }`,
        { id: token('a') },
        { as: analyst },
      ),
      api.graphql(
        `query ($id: ID!) { churnImpact(personId: $id) { count clients { edges { cursor node { client { id name } steps { explanation from { id name } to { id name } } explanation { explanation } } } } } }`,
        { id: token('a') },
        { as: analyst },
      ),
      api.graphql(`query ($b: ID!) { influenceCentres(metric: REFERRAL_REACH, branchId: $b) { entries { edges { cursor node { person { id name } factors { explanation } } } } } }`, { b: api.id('b1') }, { as: analyst }),
      api.graphql(
        `query ($id: ID!) { organization(id: $id) { employees { edges { cursor node { person { id name } } } } employeeProspects { person { id name } explanation { explanation } } } }`,
        { id: api.id('o') },
        { as: analyst },
      ),
      api.graphql(`query ($id: ID!) { referrals(filter: { referrerId: $id }) { edges { node { note referrer { ... on Person { id name } } referee { id name } } } } }`, { id: token('a') }, { as: analyst }),
    ]);
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(answers.map(leaksIn)).toEqual(answers.map(() => []));
    const [person, list, household, chain, tree, introductions, crossSell, churn, influence, organization, referrals] = answers.map((answer) => answer.data!);
    // The answers are not empty: each shows the persons it is about, by token and pseudonym.
    expect(person.person).toMatchObject({ id: token('a'), access: 'PSEUDONYMISED', aum: '1000000.00', phone: null, address: null });
    // Nested lists are ordered by the ids the viewer is shown: for an analyst, the tokens.
    expect(person.person.household.household).toMatchObject({ id: api.id('h1'), address: null });
    expect(person.person.household.household.members.edges.map((edge: any) => edge.node.person.id)).toEqual([token('a'), token('b')].sort());
    expect(person.person.household.household.name).toMatch(/^Household [0-9A-F]{8}$/);
    expect(person.person.family.edges.map((edge: any) => edge.node)).toEqual([{ kind: 'SPOUSE', relative: { id: token('b'), name: expect.stringMatching(/^Client [0-9A-F]{8}$/) } }]);
    expect(list.persons.edges.map((edge: any) => edge.node.id)).toEqual(['a', 'b', 'c', 'd'].map(token));
    expect(household.household.name).toBe(person.person.household.household.name);
    expect(chain.referralChain).toMatchObject({ length: 2, root: { id: token('a') }, hops: [{ referral: { note: null } }, { referee: { id: token('d') } }] });
    expect(tree.referralTree.descendants.edges.map((edge: any) => edge.node.person.id)).toEqual([token('c'), token('d')]);
    const [{ node: path }] = introductions.warmIntroductions.edges;
    expect(path.steps.map((step: any) => step.to.id)).toEqual([token('b'), token('x')]);
    expect(path.steps[0].explanation).toMatch(/Client [0-9A-F]{8}/);
    const fund = crossSell.crossSellOpportunities.opportunities.edges.map((edge: any) => edge.node).find((o: any) => o.product.id === api.id('fund'));
    expect(fund.evidence[0]).toMatchObject({ explanation: expect.stringMatching(/Client [0-9A-F]{8} holds it/), via: [{ id: token('b') }] });
    expect(churn.churnImpact.clients.edges.map((edge: any) => edge.node.client.id)).toEqual(expect.arrayContaining([token('b'), token('c')]));
    expect(influence.influenceCentres.entries.edges.map((e: any) => e.node.person.id)).toEqual([token('a'), token('c')]);
    const [prospect] = organization.organization.employeeProspects;
    expect(prospect.person.id).toBe(token('x'));
    expect(prospect.explanation.map((factor: any) => factor.explanation)).toEqual([
      expect.stringMatching(/^friend Client [0-9A-F]{8} is a client$/),
      expect.stringMatching(/^colleague Client [0-9A-F]{8} at 远航物流 is a client$/),
    ]);
    expect(referrals.referrals.edges).toMatchObject([{ node: { note: null, referrer: { id: token('a') }, referee: { id: token('c') } } }]);
  });

  it('passes a token back as an id and gets the same person; cursors hold tokens, not ids', async () => {
    const page = `query ($b: ID!, $after: String) { persons(filter: { branchId: $b }, first: 2, after: $after) { pageInfo { endCursor } edges { node { id name } } } }`;
    const first = await api.graphql(page, { b: api.id('b1') }, { as: analyst });
    const [one] = first.data!.persons.edges.map((edge: any) => edge.node);
    const again = await api.graphql(`query ($id: ID!) { person(id: $id) { id name } }`, { id: one.id }, { as: analyst });
    expect(again.data!.person).toEqual(one);
    const cursor: string = first.data!.persons.pageInfo.endCursor;
    expect(realWords().filter((word) => Buffer.from(cursor, 'base64url').toString('utf8').includes(word))).toEqual([]);
    const next = await api.graphql(page, { b: api.id('b1'), after: cursor }, { as: analyst });
    const ids = [...first.data!.persons.edges, ...next.data!.persons.edges].map((edge: any) => edge.node.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd'].map(token));
    // A staff member's id is no person's: it is taken as it is.
    const staffTree = await api.graphql(`query ($id: ID!) { referralTree(rootId: $id) { root { ... on Staff { id } } } }`, { id: api.id('rm1') }, { as: analyst });
    expect(staffTree.data!.referralTree).toEqual({ root: { id: api.id('rm1') } });
  });

  it('may not name a person by their real id: refused as any unknown id is, so it tells nothing', async () => {
    const forged = `${token('a').slice(0, -2)}${token('a').endsWith('AA') ? 'BB' : 'AA'}`;
    const asked = await Promise.all(
      [api.id('a'), 'nobody', forged].map((id) => api.graphql(`query ($id: ID!) { person(id: $id) { id } }`, { id }, { as: analyst })),
    );
    expect(asked.map((answer) => [answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.extensions?.field])).toEqual(asked.map(() => ['BAD_USER_INPUT', 'id']));
    expect(new Set(asked.map((answer) => answer.errors![0].message)).size).toBe(1);
    const churn = await api.graphql(`query ($id: ID!) { churnImpact(personId: $id) { count } }`, { id: api.id('a') }, { as: analyst });
    expect(churn.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const filtered = await api.graphql(`query ($id: ID!) { referrals(filter: { refereeId: $id }) { totalCount } }`, { id: api.id('c') }, { as: analyst });
    expect(filtered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.refereeId' });
    // Where staff or an organization could be meant, a real person id is answered as an id of nothing.
    const trees = await Promise.all(
      [api.id('a'), api.id('nobody')].map((id) => api.graphql(`query ($id: ID!) { referralTree(rootId: $id) { size } }`, { id }, { as: analyst })),
    );
    expect(trees.map((answer) => answer.data)).toEqual([{ referralTree: null }, { referralTree: null }]);
    const byReferrer = await api.graphql(`query ($id: ID!) { referrals(filter: { referrerId: $id }) { totalCount } }`, { id: api.id('a') }, { as: analyst });
    expect(byReferrer.data!.referrals.totalCount).toBe(0);
    // A client id is a person's only when clientKind says PERSON, as a holder id by holderKind.
    const assign = `mutation ($kind: ClientKind!, $id: ID!) { assignManager(input: { clientKind: $kind, clientId: $id, staffId: "s" }) { userErrors { code } } }`;
    const clients = await Promise.all(
      (['PERSON', 'ORGANIZATION'] as const).map((kind) => api.graphql(assign, { kind, id: api.id('a') }, { as: analyst })),
    );
    expect(clients.map((answer) => [answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.clientId'],
      ['FORBIDDEN', undefined],
    ]);
    const forgedCursor = Buffer.from(JSON.stringify(api.id('a'))).toString('base64url');
    const paged = await api.graphql(`query ($after: String) { persons(first: 1, after: $after) { totalCount } }`, { after: forgedCursor }, { as: analyst });
    expect(paged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("may not read a manager's attention list at all", async () => {
    const result = await api.graphql(`query ($s: ID!) { attentionList(staffId: $s) { edges { node { person { id } } } } }`, { s: rm1.staffId }, { as: analyst });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('is answered null, without an error, for the token of a person who is not there', async () => {
    const gone = tokens.of(api.id('gone'));
    const result = await api.graphql(`query ($id: ID!) { churnImpact(personId: $id) { count } }`, { id: gone }, { as: analyst });
    expect([result.data, result.errors]).toEqual([{ churnImpact: null }, undefined]);
  });
});

describe('household names', () => {
  const query = `query ($id: ID!) { household(id: $id) { name members { edges { node { person { name access } } } } } }`;

  it("are masked to a teller, who may not see the head, and shown to the head's manager", async () => {
    const asTeller = await api.graphql(query, { id: api.id('h1') }, { as: teller });
    expect(asTeller.data!.household.name).toBe('王*家庭');
    expect(JSON.stringify(asTeller)).not.toMatch(/王伟|李娜|世纪大道/);
    const asManager = await api.graphql(query, { id: api.id('h1') }, { as: rm1 });
    expect(asManager.data!.household.name).toBe(householdName);
  });

  it('follow the head: a teller who created the head sees the name whole, though not the other member; her manager the reverse', async () => {
    await api.cypher(
      `MATCH (b:Person {id: $p + 'b'})
       CREATE (head:Person {id: $p + 'walkin', name: '钱多', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdBy: $teller,
                            createdAt: datetime(), updatedAt: datetime()})
       CREATE (h:Household {id: $p + 'h2', name: '钱多家庭'})
       CREATE (head)-[:MEMBER_OF {role: 'HEAD'}]->(h), (b)-[:MEMBER_OF {role: 'SPOUSE'}]->(h)`,
      { p: api.prefix, teller: teller.staffId },
    );
    expect((await api.graphql(query, { id: api.id('h2') }, { as: teller })).data!.household).toEqual({
      name: '钱多家庭',
      members: { edges: expect.arrayContaining([{ node: { person: { name: '钱多', access: 'FULL' } } }, { node: { person: { name: '李*', access: 'MASKED' } } }]) },
    });
    expect((await api.graphql(query, { id: api.id('h2') }, { as: rm1 })).data!.household.name).toBe('钱*家庭');
  });
});
