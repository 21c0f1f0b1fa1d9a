import { createReferralForest } from '../helpers/referral-forest';
import { startTestApi, TestApi } from '../helpers/test-api';

/** Worked answers on the forest drawn in test/helpers/referral-forest.ts. */
let api: TestApi;
const FILLERS = 20;

beforeAll(async () => {
  api = await startTestApi();
  await createReferralForest(api, FILLERS);
});
afterAll(() => api.close());

const chainQuery = `query ($id: ID!) {
  referralChain(personId: $id) {
    length
    root { __typename ... on Staff { id } ... on Person { id } }
    hops { referral { id attributed } referrer { __typename ... on Staff { id } ... on Person { id } } referee { id } }
  }
}`;

const treeQuery = `query ($id: ID!, $maxDepth: Int) {
  referralTree(rootId: $id, maxDepth: $maxDepth) {
    root { __typename ... on Staff { id } ... on Person { id } }
    maxDepth size totalAum directReferrals directConversions directConversionRate
    byDepth { depth count aum }
    descendants { edges { node { depth person { id } referral { id } } } }
  }
}`;

describe('referralChain', () => {
  it('runs from the staff member who started it down to the person, in order', async () => {
    // lobby ─rA→ a ─rB→ b ─rC→ c: three hops, the first made by staff.
    const result = await api.graphql(chainQuery, { id: api.id('c') });
    expect(result.errors).toBeUndefined();
    expect(result.data!.referralChain).toEqual({
      length: 3,
      root: { __typename: 'Staff', id: api.id('lobby') },
      hops: [
        { referral: { id: api.id('rA'), attributed: true }, referrer: { __typename: 'Staff', id: api.id('lobby') }, referee: { id: api.id('a') } },
        { referral: { id: api.id('rB'), attributed: true }, referrer: { __typename: 'Person', id: api.id('a') }, referee: { id: api.id('b') } },
        { referral: { id: api.id('rC'), attributed: true }, referrer: { __typename: 'Person', id: api.id('b') }, referee: { id: api.id('c') } },
      ],
    });
  });

  it('is empty, with the person as root, for someone nobody introduced', async () => {
    const result = await api.graphql(chainQuery, { id: api.id('f') });
    expect(result.data!.referralChain).toEqual({ length: 0, root: { __typename: 'Person', id: api.id('f') }, hops: [] });
  });

  it('ignores referrals that did not convert, and is null for an unknown person', async () => {
    const prospect = await api.graphql(chainQuery, { id: api.id('e') });
    const unknown = await api.graphql(chainQuery, { id: api.id('nobody') });
    expect([prospect.data!.referralChain.length, unknown.data!.referralChain]).toEqual([0, null]);
  });
});

describe('referralTree', () => {
  it("totals a person's tree by depth, with their direct conversion rate", async () => {
    // a brought b and d (depth 1: 100.00 + 200.50) and, through b, c (depth 2: 50.25).
    // a made 3 referrals (b, d converted; e still NEW): rate 2/3.
    const result = await api.graphql(treeQuery, { id: api.id('a') });
    expect(result.errors).toBeUndefined();
    expect(result.data!.referralTree).toEqual({
      root: { __typename: 'Person', id: api.id('a') },
      maxDepth: 10,
      size: 3,
      totalAum: '350.75',
      directReferrals: 3,
      directConversions: 2,
      directConversionRate: 2 / 3,
      byDepth: [
        { depth: 1, count: 2, aum: '300.50' },
        { depth: 2, count: 1, aum: '50.25' },
      ],
      descendants: {
        edges: [
          { depth: 1, person: { id: api.id('b') }, referral: { id: api.id('rB') } },
          { depth: 1, person: { id: api.id('d') }, referral: { id: api.id('rD') } },
          { depth: 2, person: { id: api.id('c') }, referral: { id: api.id('rC') } },
        ].map((node) => ({ node })),
      },
    });
  });

  it('grows from a member of staff, cut at maxDepth', async () => {
    // lobby → a (5,000.00) → b, d (300.50) → c (50.25, depth 3, cut by maxDepth 2).
    const full = await api.graphql(treeQuery, { id: api.id('lobby') });
    const cut = await api.graphql(treeQuery, { id: api.id('lobby'), maxDepth: 2 });
    const summary = (tree: Record<string, unknown>) => ({
      size: tree.size,
      totalAum: tree.totalAum,
      byDepth: tree.byDepth,
      rate: tree.directConversionRate,
      root: tree.root,
    });
    expect([summary(full.data!.referralTree), summary(cut.data!.referralTree)]).toEqual([
      {
        size: 4,
        totalAum: '5350.75',
        byDepth: [
          { depth: 1, count: 1, aum: '5000.00' },
          { depth: 2, count: 2, aum: '300.50' },
          { depth: 3, count: 1, aum: '50.25' },
        ],
        rate: 1,
        root: { __typename: 'Staff', id: api.id('lobby') },
      },
      {
        size: 3,
        totalAum: '5300.50',
        byDepth: [
          { depth: 1, count: 1, aum: '5000.00' },
          { depth: 2, count: 2, aum: '300.50' },
        ],
        rate: 1,
        root: { __typename: 'Staff', id: api.id('lobby') },
      },
    ]);
  });

  it('has no conversion rate for someone who never referred, and is null for an unknown root', async () => {
    const leaf = await api.graphql(treeQuery, { id: api.id('c') });
    const unknown = await api.graphql(treeQuery, { id: api.id('br') });
    expect([leaf.data!.referralTree.size, leaf.data!.referralTree.directConversionRate, unknown.data!.referralTree]).toEqual([0, null, null]);
  });

  it.each([0, 21])('refuses maxDepth %i, naming the field', async (maxDepth) => {
    const result = await api.graphql(treeQuery, { id: api.id('a'), maxDepth });
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['BAD_USER_INPUT', 'maxDepth', `maxDepth: must be an integer from 1 to 20; got ${maxDepth}.`],
    ]);
  });
});

describe('referralChain and referralTree under a page of persons', () => {
  const page = `query ($branch: ID!, $first: Int!) {
    persons(filter: { branchId: $branch }, first: $first) {
      edges { node {
        id
        referralChain { length root { __typename ... on Person { id } ... on Staff { id } } hops { referral { id } referrer { __typename } referee { id } } }
        referralTree(maxDepth: 3) { size totalAum byDepth { depth count aum } descendants { edges { node { depth person { id name } referral { id } } } } }
      } }
    }
  }`;

  async function roundTripsFor(first: number) {
    const before = api.db.roundTrips;
    const result = await api.graphql(page, { branch: api.id('br'), first });
    expect(result.errors).toBeUndefined();
    return { roundTrips: api.db.roundTrips - before, nodes: result.data!.persons.edges.map((e: { node: any }) => e.node) as any[] };
  }

  it('costs the same few round trips for 8 persons as for 28', async () => {
    // a–h come first in id order, so both pages hold the whole forest; the 20 fillers add rows, not statements.
    const small = await roundTripsFor(8);
    const large = await roundTripsFor(8 + FILLERS);
    expect(large.nodes).toHaveLength(8 + FILLERS);
    // page + chains + trees + staff + referrals, the last in one batch or two (hops' and members' referrals
    // are asked for when chains and trees arrive, which may be in different ticks); persons come primed.
    expect([small.roundTrips <= 6, large.roundTrips <= 6]).toEqual([true, true]);
    console.log(`round trips with referralChain and referralTree for 8 persons: ${small.roundTrips}; for 28: ${large.roundTrips}`);

    const byId = new Map<string, any>(large.nodes.map((node: { id: string }) => [node.id, node]));
    expect([byId.get(api.id('c')), byId.get(api.id('a')).referralTree.size, byId.get(api.id('z000')).referralChain.length]).toEqual([
      {
        id: api.id('c'),
        referralChain: {
          length: 3,
          root: { __typename: 'Staff', id: api.id('lobby') },
          hops: [
            { referral: { id: api.id('rA') }, referrer: { __typename: 'Staff' }, referee: { id: api.id('a') } },
            { referral: { id: api.id('rB') }, referrer: { __typename: 'Person' }, referee: { id: api.id('b') } },
            { referral: { id: api.id('rC') }, referrer: { __typename: 'Person' }, referee: { id: api.id('c') } },
          ],
        },
        referralTree: { size: 0, totalAum: '0.00', byDepth: [], descendants: { edges: [] } },
      },
      3,
      0,
    ]);
  });
});
