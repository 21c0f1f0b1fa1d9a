import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (:Person {id: $a, name: '张三', status: 'ACTIVE', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Person {id: $b, name: '李四', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Person {id: $c, name: '王五', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Staff {id: $s, name: '赵经理', role: 'LOBBY_MANAGER', createdAt: datetime(), updatedAt: datetime()})`,
    { a: api.id('a'), b: api.id('b'), c: api.id('c'), s: api.id('s') },
  );
});
afterAll(() => api.close());

const create = `mutation ($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral { id status attributed rewardStatus referrerKind nextStatuses
      referrer { __typename ... on Person { id } ... on Staff { id } }
      referee { id status } assignedStaff { id } }
    userErrors { field code message }
  }
}`;
const advance = `mutation ($input: AdvanceReferralInput!) {
  advanceReferral(input: $input) {
    referral { id status attributed rewardStatus convertedAt referee { id status tier } }
    userErrors { field code message }
  }
}`;

async function graphState(): Promise<unknown> {
  const [row] = await api.cypher(
    `MATCH (r:Referral) WHERE r.id STARTS WITH $prefix
     WITH collect(r.id + ':' + r.status + ':' + toString(r.attributed)) AS referrals
     MATCH (p:Person) WHERE p.id STARTS WITH $prefix
     WITH referrals, collect(p.id + ':' + p.status) AS persons
     RETURN referrals, persons, COUNT { ()-[i:INTRODUCED]->() WHERE i.referralId STARTS WITH $prefix } AS introduced`,
    { prefix: api.prefix },
  );
  return { ...row, referrals: [...row.referrals].sort(), persons: [...row.persons].sort(), introduced: row.introduced.toNumber() };
}

describe('the referral workflow', () => {
  it('creates a NEW referral from a client, assigned to staff', async () => {
    const result = await api.graphql(create, {
      input: { id: api.id('r1'), referrerId: api.id('a'), refereeId: api.id('b'), channel: 'CLIENT_INTRODUCTION', assignedStaffId: api.id('s') },
    });
    expect(result.data!.createReferral).toEqual({
      referral: {
        id: api.id('r1'),
        status: 'NEW',
        attributed: false,
        rewardStatus: 'NOT_ELIGIBLE',
        referrerKind: 'PERSON',
        nextStatuses: ['CONTACTED', 'DECLINED', 'EXPIRED'],
        referrer: { __typename: 'Person', id: api.id('a') },
        referee: { id: api.id('b'), status: 'PROSPECT' },
        assignedStaff: { id: api.id('s') },
      },
      userErrors: [],
    });
  });

  it('returns the same referral when a create is retried with the same id', async () => {
    const retry = await api.graphql(create, {
      input: { id: api.id('r1'), referrerId: api.id('a'), refereeId: api.id('b'), channel: 'CLIENT_INTRODUCTION' },
    });
    expect(retry.data!.createReferral.userErrors).toEqual([]);
    expect(retry.data!.createReferral.referral.id).toBe(api.id('r1'));
    const [row] = await api.cypher('MATCH (r:Referral {id: $id}) RETURN count(r) AS n', { id: api.id('r1') });
    expect(row.n.toNumber()).toBe(1);
  });

  it('refuses an illegal transition and changes nothing', async () => {
    const before = await graphState();
    const result = await api.graphql(advance, { input: { id: api.id('r1'), to: 'CONVERTED' } });
    expect(result.data!.advanceReferral).toEqual({
      referral: null,
      userErrors: [
        { field: 'to', code: 'INVALID_TRANSITION', message: 'A NEW referral can move to CONTACTED, DECLINED or EXPIRED, not to CONVERTED.' },
      ],
    });
    expect(await graphState()).toEqual(before);
  });

  it('converting activates the prospect and attributes the first conversion', async () => {
    for (const to of ['CONTACTED', 'QUALIFIED']) {
      const step = await api.graphql(advance, { input: { id: api.id('r1'), to } });
      expect(step.data!.advanceReferral.userErrors).toEqual([]);
    }
    const converted = await api.graphql(advance, { input: { id: api.id('r1'), to: 'CONVERTED' } });
    const referral = converted.data!.advanceReferral.referral;
    expect(referral).toMatchObject({
      status: 'CONVERTED',
      attributed: true,
      rewardStatus: 'PENDING',
      referee: { id: api.id('b'), status: 'ACTIVE', tier: 'STANDARD' },
    });
    expect(referral.convertedAt).toEqual(expect.any(String));
    const [edge] = await api.cypher('MATCH (:Person {id: $a})-[i:INTRODUCED]->(:Person {id: $b}) RETURN i.referralId AS id', {
      a: api.id('a'),
      b: api.id('b'),
    });
    expect(edge.id).toBe(api.id('r1'));
  });

  it('refuses to move a converted referral', async () => {
    const result = await api.graphql(advance, { input: { id: api.id('r1'), to: 'DECLINED' } });
    expect(result.data!.advanceReferral.userErrors).toEqual([
      { field: 'to', code: 'INVALID_TRANSITION', message: 'A CONVERTED referral is closed; it cannot move to DECLINED.' },
    ]);
  });

  it('refuses self-referral, unknown ends and referrals of active clients, naming each field', async () => {
    const before = await graphState();
    const self = await api.graphql(create, {
      input: { id: api.id('r-self'), referrerId: api.id('c'), refereeId: api.id('c'), channel: 'CLIENT_INTRODUCTION' },
    });
    expect(self.data!.createReferral.userErrors).toEqual([
      { field: 'refereeId', code: 'SELF_REFERRAL', message: 'A person cannot refer themselves.' },
    ]);
    const unknown = await api.graphql(create, {
      input: { id: api.id('r-x'), referrerId: api.id('nobody'), refereeId: api.id('c'), channel: 'EVENT', assignedStaffId: api.id('ghost') },
    });
    expect(unknown.data!.createReferral.userErrors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['referrerId', 'NOT_FOUND'],
      ['assignedStaffId', 'NOT_FOUND'],
    ]);
    const active = await api.graphql(create, {
      input: { id: api.id('r-y'), referrerId: api.id('c'), refereeId: api.id('a'), channel: 'CLIENT_INTRODUCTION' },
    });
    expect(active.data!.createReferral.userErrors[0]).toMatchObject({ field: 'refereeId', code: 'REFEREE_ALREADY_CLIENT' });
    expect(await graphState()).toEqual(before);
  });

  it('refuses a second open referral between the same two', async () => {
    const input = { referrerKind: 'STAFF', referrerId: api.id('s'), refereeId: api.id('c'), channel: 'STAFF_RECOMMENDATION' };
    const first = await api.graphql(create, { input: { ...input, id: api.id('r2') } });
    expect(first.data!.createReferral.referral.referrer).toEqual({ __typename: 'Staff', id: api.id('s') });
    const second = await api.graphql(create, { input: { ...input, id: api.id('r3') } });
    expect(second.data!.createReferral.userErrors[0]).toMatchObject({ field: 'refereeId', code: 'DUPLICATE_OPEN_REFERRAL' });
  });

  it('does not attribute a later conversion of an already-won referee', async () => {
    // b was won through r1; a lapsed b referred again by staff converts without attribution.
    await api.cypher('MATCH (p:Person {id: $b}) SET p.status = "DORMANT"', { b: api.id('b') });
    await api.graphql(create, {
      input: { id: api.id('r4'), referrerKind: 'STAFF', referrerId: api.id('s'), refereeId: api.id('b'), channel: 'STAFF_RECOMMENDATION' },
    });
    for (const to of ['CONTACTED', 'QUALIFIED', 'CONVERTED']) {
      await api.graphql(advance, { input: { id: api.id('r4'), to } });
    }
    const [row] = await api.cypher(
      'MATCH (r:Referral {id: $id})-[:REFERS]->(p) RETURN r.attributed AS attributed, p.status AS status, COUNT { (p)<-[:INTRODUCED]-() } AS introductions',
      { id: api.id('r4') },
    );
    expect({ ...row, introductions: row.introductions.toNumber() }).toEqual({ attributed: false, status: 'ACTIVE', introductions: 1 });
  });

  it('does not attribute a conversion that would close a cycle in the referral forest', async () => {
    // b (won by a) refers a lapsed a: attributing it would make a ← b ← a.
    await api.cypher('MATCH (p:Person {id: $a}) SET p.status = "CHURNED"', { a: api.id('a') });
    await api.graphql(create, { input: { id: api.id('r5'), referrerId: api.id('b'), refereeId: api.id('a'), channel: 'CLIENT_INTRODUCTION' } });
    for (const to of ['CONTACTED', 'QUALIFIED', 'CONVERTED']) {
      await api.graphql(advance, { input: { id: api.id('r5'), to } });
    }
    const [row] = await api.cypher('MATCH (r:Referral {id: $id}) RETURN r.attributed AS attributed', { id: api.id('r5') });
    expect(row.attributed).toBe(false);
  });

  it('lists referrals with filters, newest first, page by page', async () => {
    const query = `query ($filter: ReferralFilter, $after: String) {
      referrals(filter: $filter, first: 2, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const filter = { referrerId: api.id('s') };
    const first = await api.graphql(query, { filter });
    expect(first.data!.referrals.totalCount).toBe(2);
    expect(first.data!.referrals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([api.id('r4'), api.id('r2')]);
    expect(first.data!.referrals.pageInfo.hasNextPage).toBe(false);

    const byStatus = await api.graphql(query, { filter: { refereeId: api.id('b'), status: 'CONVERTED' } });
    expect(byStatus.data!.referrals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([api.id('r4'), api.id('r1')]);
  });

  it('pays a pending reward once, and refuses to pay one not due', async () => {
    const settle = `mutation ($id: ID!) { settleReferralReward(input: { id: $id }) { referral { rewardStatus } userErrors { field code } } }`;
    expect((await api.graphql(settle, { id: api.id('r1') })).data!.settleReferralReward).toEqual({
      referral: { rewardStatus: 'PAID' },
      userErrors: [],
    });
    expect((await api.graphql(settle, { id: api.id('r1') })).data!.settleReferralReward.userErrors).toEqual([
      { field: 'id', code: 'INVALID_TRANSITION' },
    ]);
    expect((await api.graphql(settle, { id: api.id('r2') })).data!.settleReferralReward.userErrors).toEqual([
      { field: 'id', code: 'INVALID_TRANSITION' },
    ]);
  });
});
