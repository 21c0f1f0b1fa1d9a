import { Session } from 'neo4j-driver';
import { DEVELOPMENT_PSEUDONYM_KEY } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import { PseudonymousIds } from '../../src/domain/pseudonymous-ids';
import type { Viewer } from '../../src/domain/viewer';
import { profileOf } from '../helpers/profile';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Who sees whom (docs/rules.md), on a small bank of two branches:
 *   branch b1: rm1 manages c1 (王伟), rm3 manages c3 (赵敏); bh1 heads b1
 *   branch b2: rm2 manages c2 (李娜), c1's spouse, who holds a fund
 *   prospect x (孙丽) knows c2; c3 knows c1.
 */
let api: TestApi;
let rm1: Viewer;
let bh1: Viewer;
let analyst: Viewer;
let teller: Viewer;
let rm3: Viewer;
let admin: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const id = api.id;
  rm1 = { staffId: id('rm1'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: id('b1') };
  bh1 = { staffId: id('bh1'), role: StaffRole.BRANCH_HEAD, branchId: id('b1') };
  analyst = { staffId: id('an'), role: StaffRole.ANALYST, branchId: null };
  teller = { staffId: id('teller'), role: StaffRole.TELLER, branchId: id('b1') };
  rm3 = { staffId: id('rm3'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: id('b1') };
  admin = { staffId: id('admin'), role: StaffRole.ADMIN, branchId: null };
  await api.cypher(
    `CREATE (b1:Branch {id: $p + 'b1', name: '一支行'}), (b2:Branch {id: $p + 'b2', name: '二支行'})
     CREATE (rm1:Staff {id: $p + 'rm1', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b1)
     CREATE (rm3:Staff {id: $p + 'rm3', name: '林经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b1)
     CREATE (rm2:Staff {id: $p + 'rm2', name: '何经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b2)
     CREATE (bh1:Staff {id: $p + 'bh1', name: '高行长', role: 'BRANCH_HEAD'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'teller', name: '周柜员', role: 'TELLER'})-[:BASED_AT]->(b1)
     CREATE (:Staff {id: $p + 'an', name: '分析师', role: 'ANALYST'}), (:Staff {id: $p + 'admin', name: '管理员', role: 'ADMIN'})
     WITH rm1, rm2, rm3
     UNWIND [
       {id: 'c1', name: '王伟', tier: 'DIAMOND', cents: 100000000, phone: '13800000001', manager: rm1},
       {id: 'c2', name: '李娜', tier: 'GOLD', cents: 50000000, phone: '13800000002', manager: rm2},
       {id: 'c3', name: '赵敏', tier: 'GOLD', cents: 20000000, phone: '13800000003', manager: rm3}
     ] AS row
     WITH row, row.manager AS manager
     CREATE (c:Person {id: $p + row.id, name: row.name, status: 'ACTIVE', tier: row.tier, aumCents: row.cents, phone: row.phone,
                       riskProfile: 'R3', satisfaction: 9, lastContactAt: datetime() - duration('P5D'), introductionsOptOut: false,
                       createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:MANAGED_BY {since: datetime()}]->(manager)`,
    { p: api.prefix },
  );
  await api.cypher(
    `MATCH (c1:Person {id: $p + 'c1'}), (c2:Person {id: $p + 'c2'}), (c3:Person {id: $p + 'c3'})
     CREATE (x:Person {id: $p + 'x', name: '孙丽', status: 'PROSPECT', aumCents: 0, phone: '13900000009', introductionsOptOut: false,
                       createdAt: datetime(), updatedAt: datetime()})
     CREATE (c1)-[:FAMILY {kind: 'SPOUSE'}]->(c2)
     CREATE (c2)-[:KNOWS {kind: 'FRIEND', strength: 0.8}]->(x)
     CREATE (c1)-[:KNOWS {kind: 'FRIEND', strength: 0.6}]->(c3)
     CREATE (f:Product {id: $p + 'fund', name: '稳健基金', category: 'FUND', riskLevel: 'R3'})
     CREATE (c2)-[:HOLDS {balanceCents: 20000000, since: date('2025-01-01'), status: 'ACTIVE'}]->(f)
     CREATE (c2)-[:MEMBER_OF {role: 'HEAD'}]->(:Household {id: $p + 'h2', name: '李家', address: '上海市浦东新区世纪大道 8 号'})`,
    { p: api.prefix },
  );
});
afterAll(() => api.close());

const personQuery = `query ($id: ID!) {
  person(id: $id) {
    id name access status tier aum phone
    family { totalCount edges { node { kind relative { id name access aum phone } } } }
    holdings { totalCount edges { node { balance } } }
  }
}`;

/** The id a viewer names a person by: analysts know persons by their tokens only. */
const pseudonymousIds = new PseudonymousIds(DEVELOPMENT_PSEUDONYM_KEY);
function idAs(viewer: Viewer, local: string): string {
  return viewer.role === StaffRole.ANALYST ? pseudonymousIds.of(api.id(local)) : api.id(local);
}

async function personAs(viewer: Viewer, local: string) {
  const result = await api.graphql(personQuery, { id: idAs(viewer, local) }, { as: viewer });
  expect(result.errors).toBeUndefined();
  return result.data!.person;
}


function codeOf(result: { errors?: { extensions?: Record<string, any> }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describe('a relationship manager', () => {
  it("sees their own client in full and the spouse, a client of another branch, masked, nested too", async () => {
    const c1 = await personAs(rm1, 'c1');
    expect(c1).toEqual({
      id: api.id('c1'),
      name: '王伟',
      access: 'FULL',
      status: 'ACTIVE',
      tier: 'DIAMOND',
      aum: '1000000.00',
      phone: '13800000001',
      family: { totalCount: 1, edges: [{ node: { kind: 'SPOUSE', relative: { id: api.id('c2'), name: '李*', access: 'MASKED', aum: null, phone: null } } }] },
      holdings: { totalCount: 0, edges: [] },
    });
    expect(await personAs(rm1, 'c2')).toEqual({
      id: api.id('c2'),
      name: '李*',
      access: 'MASKED',
      status: null,
      tier: null,
      aum: null,
      phone: null,
      family: { totalCount: 0, edges: [] },
      holdings: { totalCount: 0, edges: [] },
    });
  });

  it('lists only their own book, however the list is filtered, from the manager index', async () => {
    const sent = jest.spyOn(Session.prototype, 'run');
    const all = await api.graphql(`{ persons(first: 100) { totalCount edges { node { id name } } } }`, {}, { as: rm1 });
    const [page] = sent.mock.calls.filter(([query]) => String(query).includes('LIMIT'));
    sent.mockRestore();
    // The role's narrowing is the manager anchor: the plan starts from the Staff id's index, not a scan of persons.
    const plan = await profileOf(api.driver, String(page[0]), page[1] as Record<string, unknown>);
    expect(plan.leaves).toContain('NodeUniqueIndexSeek');
    expect(plan.operators.filter((op: string) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
    expect(all.data!.persons).toEqual({ totalCount: 1, edges: [{ node: { id: api.id('c1'), name: '王伟' } }] });
    const byTier = await api.graphql(`{ persons(filter: { tier: GOLD }) { totalCount } }`, {}, { as: rm1 });
    expect(byTier.data!.persons.totalCount).toBe(0);
    const other = await api.graphql(`query ($m: ID!) { persons(filter: { managerId: $m }) { totalCount } }`, { m: api.id('rm2') }, { as: rm1 });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toContain('filter.managerId');
  });

  it('sees churn knock-on risk of the clients they may see only; a client outside the book is withheld, counted, and not in the total', async () => {
    const result = await api.graphql(
      `query ($id: ID!) { churnImpact(personId: $id) { count aumAtRisk disclosure { withheld pooled } clients(first: 100) { totalCount edges { node { client { id name access } aumAtRisk explanation { explanation } } } } } }`,
      { id: api.id('c1') },
      { as: rm1 },
    );
    expect(result.errors).toBeUndefined();
    const impact = result.data!.churnImpact;
    const clients = impact.clients.edges.map((e: any) => e.node);
    expect(clients.map((c: any) => c.client.access)).not.toContain('MASKED');
    expect(clients.find((c: any) => c.client.id === api.id('c2'))).toBeUndefined();
    expect(impact.disclosure).toEqual({ withheld: 2, pooled: 0 });
    const listed = clients.reduce((sum: number, c: any) => sum + Number(c.aumAtRisk), 0);
    expect([impact.count, impact.clients.totalCount, Number(impact.aumAtRisk)]).toEqual([clients.length, clients.length, listed]);
    expect(JSON.stringify(result.data)).not.toMatch(/李|赵敏/);
  });

  it('gets warm introductions through their own clients: the introducer in full, the rest masked, names masked in the words too', async () => {
    const result = await api.graphql(
      `query ($x: ID!) { warmIntroductions(prospectId: $x, maxHops: 3) { edges { node { introducer { name access } steps { from { name access } to { name access } } explanation { explanation } } } } }`,
      { x: api.id('x') },
      { as: rm1 },
    );
    expect(result.errors).toBeUndefined();
    const [{ node: path }] = result.data!.warmIntroductions.edges;
    expect(path.introducer).toEqual({ name: '王伟', access: 'FULL' });
    expect(path.steps.map((s: any) => s.to)).toEqual([
      { name: '李*', access: 'MASKED' },
      { name: '孙*', access: 'MASKED' },
    ]);
    expect(JSON.stringify(result.data)).not.toMatch(/李娜|孙丽/);
  });

  it("may not ask for another manager's introductions, nor cross-sell to a client not theirs", async () => {
    const other = await api.graphql(`query ($x: ID!, $s: ID!) { warmIntroductions(prospectId: $x, fromStaffId: $s) { totalCount } }`, { x: api.id('x'), s: api.id('rm2') }, { as: rm1 });
    expect(codeOf(other)).toBe('FORBIDDEN');
    const crossSell = await api.graphql(`query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { score } } } } }`, { id: api.id('c2') }, { as: rm1 });
    expect(codeOf(crossSell)).toBe('FORBIDDEN');
  });

  it('is answered alike for a client not theirs and for an id nobody has, by insight queries and by writes', async () => {
    const unknown = api.id('nobody');
    const sameFor = async (query: string, variables: (id: string) => Record<string, unknown>) => {
      const masked = await api.graphql(query, variables(api.id('c2')), { as: rm1 });
      const none = await api.graphql(query, variables(unknown), { as: rm1 });
      expect(codeOf(masked)).toBe('FORBIDDEN');
      expect(JSON.stringify(none)).toBe(JSON.stringify(masked).split(api.id('c2')).join(unknown));
    };
    await sameFor(`query ($id: ID!) { churnImpact(personId: $id) { aumAtRisk } }`, (id) => ({ id }));
    await sameFor(`query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { score } } } } }`, (id) => ({ id }));
    await sameFor(`mutation ($id: ID!) { setIntroductionsOptOut(input: { personId: $id, introductionsOptOut: true }) { person { id } userErrors { code } } }`, (id) => ({ id }));
    // An admin sees everyone: an unknown id is plainly not found.
    const asAdmin = await api.graphql(`mutation ($id: ID!) { setIntroductionsOptOut(input: { personId: $id, introductionsOptOut: true }) { userErrors { field code } } }`, { id: unknown }, { as: admin });
    expect(asAdmin.data!.setIntroductionsOptOut.userErrors).toEqual([{ field: 'personId', code: 'NOT_FOUND' }]);
  });

  it("may not put their own prospect into another branch's household, and is not told its address", async () => {
    await api.cypher(`CREATE (:Person {id: $id, name: '钱多', status: 'PROSPECT', aumCents: 0, createdBy: $by, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})`, {
      id: api.id('own-prospect'),
      by: rm1.staffId,
    });
    const join = await api.graphql(
      `mutation ($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { household { address members { edges { node { person { name } } } } } userErrors { code } } }`,
      { input: { householdId: api.id('h2'), personId: api.id('own-prospect'), role: 'OTHER' } },
      { as: rm1 },
    );
    expect(codeOf(join)).toBe('FORBIDDEN');
    expect(join.errors![0].extensions!.field).toBe('input.householdId');
    expect(JSON.stringify(join)).not.toMatch(/世纪大道|李娜/);
    expect(await api.cypher('MATCH (:Person {id: $id})-[m:MEMBER_OF]->() RETURN m', { id: api.id('own-prospect') })).toEqual([]);
  });

  it("does not learn what the spouse holds, who is not theirs: no evidence from them, counted as withheld", async () => {
    const query = `query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { product { id } holdersNearby evidence { via { id } } } } } excluded { product { id } } disclosure { withheld pooled } } }`;
    const asManager = await api.graphql(query, { id: api.id('c1') }, { as: rm1 });
    const asAdmin = await api.graphql(query, { id: api.id('c1') }, { as: admin });
    expect(asManager.errors).toBeUndefined();
    const viaSpouse = (answer: any) =>
      answer.data.crossSellOpportunities.opportunities.edges.map((edge: any) => edge.node).filter((o: any) => o.evidence.some((e: any) => e.via.some((v: any) => v.id === api.id('c2'))));
    expect(viaSpouse(asAdmin).length).toBeGreaterThan(0);
    expect(viaSpouse(asManager)).toEqual([]);
    expect(asManager.data!.crossSellOpportunities.disclosure).toEqual({ withheld: 1, pooled: 0 });
    expect(asAdmin.data!.crossSellOpportunities.disclosure).toEqual({ withheld: 0, pooled: 0 });
  });

  it("changes their own client but not another's; a refused write leaves the graph as it was", async () => {
    const upsert = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id phone } userErrors { code } } }`;
    const own = await api.graphql(upsert, { input: { id: api.id('c1'), name: '王伟', phone: '13800000011' } }, { as: rm1 });
    expect(own.data!.upsertPerson.person.phone).toBe('13800000011');
    const refused = await api.graphql(upsert, { input: { id: api.id('c2'), name: 'hijacked', phone: '0' } }, { as: rm1 });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const [row] = await api.cypher('MATCH (p:Person {id: $id}) RETURN p.name AS name, p.phone AS phone', { id: api.id('c2') });
    expect(row).toEqual({ name: '李娜', phone: '13800000002' });
  });
});

describe('contact history', () => {
  const record = `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { staff { id } note } userErrors { code } } }`;

  it("is recorded by a manager as themself, for their own clients only, and its notes are theirs to read", async () => {
    const own = await api.graphql(record, { input: { personId: api.id('c1'), kind: 'CALL', note: '谈了理财到期' } }, { as: rm1 });
    expect(own.data!.recordInteraction).toEqual({ interaction: { staff: { id: rm1.staffId }, note: '谈了理财到期' }, userErrors: [] });
    const asOther = await api.graphql(record, { input: { personId: api.id('c1'), kind: 'CALL', staffId: api.id('rm3') } }, { as: rm1 });
    expect(codeOf(asOther)).toBe('FORBIDDEN');
    const notTheirs = await api.graphql(record, { input: { personId: api.id('c2'), kind: 'CALL' } }, { as: rm1 });
    expect(codeOf(notTheirs)).toBe('FORBIDDEN');
    const history = `query ($id: ID!) { person(id: $id) { interactions { totalCount edges { node { note } } } } }`;
    expect((await api.graphql(history, { id: idAs(analyst, 'c1') }, { as: analyst })).data!.person.interactions).toEqual({ totalCount: 1, edges: [{ node: { note: null } }] });
    expect((await api.graphql(history, { id: api.id('c1') }, { as: rm3 })).data!.person.interactions.totalCount).toBe(0);
  });
});

describe('details beside persons', () => {
  it("withholds a household's address and members unless the viewer sees one of its members whole, and masks its name unless they see its head", async () => {
    const query = `query ($id: ID!) { household(id: $id) { name address members { totalCount edges { node { person { name } } } } } }`;
    const asManager = await api.graphql(query, { id: api.id('h2') }, { as: rm1 });
    expect(asManager.data!.household).toEqual({ name: '李*家', address: null, members: { totalCount: 0, edges: [] } });
    const asAdmin = await api.graphql(query, { id: api.id('h2') });
    expect(asAdmin.data!.household).toMatchObject({ name: '李家', address: '上海市浦东新区世纪大道 8 号' });
  });
});

describe('masking costs', () => {
  it('the same round trips for a page of 5 and of 30 persons whose relatives are outside the book', async () => {
    await api.cypher(
      `MATCH (b2:Branch {id: $p + 'b2'}), (c2:Person {id: $p + 'c2'})
       CREATE (rm4:Staff {id: $p + 'rm4', name: '宋经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b2)
       WITH rm4, c2
       UNWIND range(10, 39) AS i
       CREATE (c:Person {id: $p + 'k' + i, name: '客户' + i, status: 'ACTIVE', aumCents: 100, introductionsOptOut: false,
                         createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(rm4)
       CREATE (r:Person {id: $p + 'r' + i, name: '亲属' + i, status: 'PROSPECT', aumCents: 0, introductionsOptOut: false,
                         createdAt: datetime(), updatedAt: datetime()})
       CREATE (c)-[:FAMILY {kind: 'SIBLING'}]->(r)
       CREATE (r)-[:KNOWS {kind: 'FRIEND', strength: 0.5}]->(c2)`,
      { p: api.prefix },
    );
    const rm4: Viewer = { staffId: api.id('rm4'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('b2') };
    const page = `query ($first: Int!) { persons(first: $first) { edges { node { name aum family { edges { node { relative { name access acquaintances { edges { node { person { name } } } } } } } } } } } }`;
    const cost = async (first: number) => {
      const before = api.db.roundTrips;
      const result = await api.graphql(page, { first }, { as: rm4 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.persons.edges).toHaveLength(first);
      expect(result.data!.persons.edges[0].node.family.edges[0].node.relative).toEqual({ name: '亲*', access: 'MASKED', acquaintances: { edges: [] } });
      return api.db.roundTrips - before;
    };
    const small = await cost(5);
    expect(await cost(30)).toBe(small);
    // page, family, and one batched manager lookup per wave of persons (the page's, the relatives')
    expect(small).toBe(4);
  });
});

describe('a branch head', () => {
  it("sees every client managed in their branch in full, and other branches' clients masked", async () => {
    expect((await personAs(bh1, 'c1')).access).toBe('FULL');
    expect((await personAs(bh1, 'c3')).name).toBe('赵敏');
    expect((await personAs(bh1, 'c2')).access).toBe('MASKED');
    const listed = await api.graphql(`{ persons(first: 100) { edges { node { id } } } }`, {}, { as: bh1 });
    expect(listed.data!.persons.edges.map((e: any) => e.node.id).sort()).toEqual([api.id('c1'), api.id('c3')]);
  });
});

describe('the facts a write rule reads', () => {
  it('come in one batched round trip per kind of object', async () => {
    const refusedCost = async (query: string, variables: Record<string, unknown>) => {
      const before = api.db.roundTrips;
      expect(codeOf(await api.graphql(query, variables, { as: rm3 }))).toBe('FORBIDDEN');
      return api.db.roundTrips - before;
    };
    // Both persons and their managers at once; the person and the household's members side by side.
    expect(await refusedCost(`mutation ($input: RelateFamilyInput!) { relateFamily(input: $input) { userErrors { code } } }`, { input: { personId: api.id('c1'), relativeId: api.id('c2'), kind: 'SIBLING' } })).toBe(1);
    expect(await refusedCost(`mutation ($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { userErrors { code } } }`, { input: { householdId: api.id('h2'), personId: api.id('c3'), role: 'OTHER' } })).toBe(2);
  });
});

describe('a branch head moving clients', () => {
  const assign = `mutation ($input: AssignManagerInput!) { assignManager(input: $input) { manager { id } userErrors { code } } }`;
  const managerOf = async (local: string) =>
    (await api.cypher('MATCH (:Person {id: $id})-[:MANAGED_BY]->(s:Staff) RETURN s.id AS id', { id: api.id(local) })).map((row) => row.id);

  it("may not move another branch's client to one of their own managers, who therefore never sees the record", async () => {
    const moved = await api.graphql(assign, { input: { clientId: api.id('c2'), staffId: api.id('rm1') } }, { as: bh1 });
    expect(codeOf(moved)).toBe('FORBIDDEN');
    expect(moved.errors![0].extensions!.field).toBe('input.clientId');
    expect(await managerOf('c2')).toEqual([api.id('rm2')]);
    expect((await personAs(rm1, 'c2')).access).toBe('MASKED');
  });

  it('moves a client of their branch between its managers', async () => {
    const moved = await api.graphql(assign, { input: { clientId: api.id('c3'), staffId: api.id('rm1') } }, { as: bh1 });
    expect(moved.data!.assignManager).toEqual({ manager: { id: api.id('rm1') }, userErrors: [] });
    expect(await managerOf('c3')).toEqual([api.id('rm1')]);
    const back = await api.graphql(assign, { input: { clientId: api.id('c3'), staffId: api.id('rm3') } }, { as: bh1 });
    expect(back.data!.assignManager.userErrors).toEqual([]);
  });
});

describe('an analyst', () => {
  it('sees structure and aggregates with stable pseudonyms and no contact details', async () => {
    const first = await personAs(analyst, 'c2');
    expect(first).toMatchObject({ access: 'PSEUDONYMISED', status: 'ACTIVE', tier: 'GOLD', aum: '500000.00', phone: null, holdings: { edges: [{ node: { balance: '200000.00' } }] } });
    expect(first.name).toMatch(/^Client [0-9A-F]{8}$/);
    const again = await personAs(analyst, 'c1');
    expect(again.family.edges[0].node.relative.name).toBe(first.name);
  });

  it('may not search by name, nor change a person', async () => {
    expect(codeOf(await api.graphql(`{ persons(filter: { search: "李" }) { totalCount } }`, {}, { as: analyst }))).toBe('FORBIDDEN');
    const write = await api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id } } }`, { input: { name: 'x' } }, { as: analyst });
    expect(codeOf(write)).toBe('FORBIDDEN');
  });
});

describe('a teller', () => {
  it('creates a prospect and a referral, and sees only what they created', async () => {
    const created = await api.graphql(
      `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id name access phone } } }`,
      { input: { id: api.id('walkin'), name: '周游', phone: '13700000000' } },
      { as: teller },
    );
    expect(created.data!.upsertPerson.person).toEqual({ id: api.id('walkin'), name: '周游', access: 'FULL', phone: '13700000000' });
    const referral = await api.graphql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id referee { name } } userErrors { code } } }`,
      { input: { id: api.id('ref1'), referrerKind: 'PERSON', referrerId: api.id('c1'), refereeId: api.id('walkin'), channel: 'CLIENT_INTRODUCTION', note: '想了解房贷' } },
      { as: teller },
    );
    expect(referral.data!.createReferral).toEqual({ referral: { id: api.id('ref1'), referee: { name: '周游' } }, userErrors: [] });
    const persons = await api.graphql(`{ persons(first: 100) { edges { node { id } } } referrals(first: 100) { edges { node { id referrer { ... on Person { name access } } } } } }`, {}, { as: teller });
    expect(persons.data!.persons.edges).toEqual([{ node: { id: api.id('walkin') } }]);
    expect(persons.data!.referrals.edges).toEqual([{ node: { id: api.id('ref1'), referrer: { name: '王*', access: 'MASKED' } } }]);
    expect((await personAs(teller, 'c1')).access).toBe('MASKED');
    // The referral's note is about the referee: a manager who does not see them whole does not see it.
    const note = `query ($id: ID!) { referral(id: $id) { note referee { name } } }`;
    expect((await api.graphql(note, { id: api.id('ref1') }, { as: teller })).data!.referral).toEqual({ note: '想了解房贷', referee: { name: '周游' } });
    expect((await api.graphql(note, { id: api.id('ref1') }, { as: rm1 })).data!.referral).toEqual({ note: null, referee: { name: '周*' } });
  });

  it('may not run insight queries', async () => {
    const result = await api.graphql(`query ($x: ID!) { warmIntroductions(prospectId: $x) { edges { node { score } } } }`, { x: api.id('x') }, { as: teller });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });
});

describe('the audit trail', () => {
  const auditQuery = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 20) { totalCount edges { node { staffId role action operation targetIds } } } }`;

  async function eventsOf(staffId: string, action: string) {
    const result = await api.graphql(auditQuery, { filter: { staffId, action } });
    expect(result.errors).toBeUndefined();
    return result.data!.auditEvents.edges.map((e: any) => e.node);
  }

  it("records a manager's read of a full record (who, what, which ids), and only ADMIN may read the trail", async () => {
    await api.graphql(`query ReadClient($id: ID!) { person(id: $id) { name phone } }`, { id: api.id('c1') }, { as: rm1 });
    let reads: any[] = [];
    for (let attempt = 0; attempt < 50 && reads.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reads = (await eventsOf(rm1.staffId, 'READ')).filter((e: any) => e.operation === 'ReadClient');
    }
    expect(reads).toEqual([{ staffId: rm1.staffId, role: 'RELATIONSHIP_MANAGER', action: 'READ', operation: 'ReadClient', targetIds: [api.id('c1')] }]);
    expect(codeOf(await api.graphql(auditQuery, {}, { as: rm1 }))).toBe('FORBIDDEN');
  });

  it('records each write in its own transaction, and nothing for a refused one', async () => {
    const writes = await eventsOf(rm1.staffId, 'WRITE');
    // The own-client upsert of the manager's test above, and not the refused one on c2.
    expect(writes.filter((e: any) => e.operation === 'upsertPerson').map((e: any) => e.targetIds)).toEqual([[api.id('c1')]]);
    const teller = await eventsOf(api.id('teller'), 'WRITE');
    expect(teller.map((e: any) => e.operation).sort()).toEqual(['createReferral', 'upsertPerson']);
  });

  it('does not record reads that showed no full record', async () => {
    await api.graphql(`query MaskedOnly($id: ID!) { person(id: $id) { id name } }`, { id: api.id('c2') }, { as: rm1 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const reads = await eventsOf(rm1.staffId, 'READ');
    expect(reads.filter((e: any) => e.operation === 'MaskedOnly')).toEqual([]);
  });
});
