import { StaffRole } from '../src/domain/model';
import type { Viewer } from '../src/domain/viewer';
import type { InputPools } from './input-pools';

/**
 * What the benchmark measures: each contract read and insight query, as a
 * GraphQL operation plus the pool its inputs are drawn from. Pools are read
 * from the generated graph, so the same seed gives the same inputs.
 */
export type OperationGroup = 'read' | 'connection' | 'insight';

export interface Operation {
  name: string;
  group: OperationGroup;
  query: string;
  pool: keyof InputPools;
  variables: (input: string) => Record<string, unknown>;
  /** Who sends it, when not the ADMIN: a manager sees others masked, so the disclosure rule's lookups are paid. */
  viewer?: (input: string) => Viewer;
}

export const nestedPersonFields = `id name aum household { role household { name } } employments { title organization { name } }
  holdings { edges { node { balance product { name } } } } manager { name branch { name } }`;

const byId = (id: string) => ({ id });

/** Connections whose totalCount and filters must cost the rows they match, not the graph. */
const connections: Operation[] = [
  {
    name: 'persons by manager + totalCount',
    group: 'connection',
    pool: 'managers',
    query: 'query ($id: ID!) { persons(filter: { managerId: $id }, first: 20) { totalCount edges { node { id name } } } }',
    variables: byId,
  },
  {
    name: "a manager's book by AUM, largest first",
    group: 'connection',
    pool: 'managers',
    query: 'query ($id: ID!) { persons(filter: { managerId: $id }, orderBy: { field: AUM, direction: DESC }, first: 20) { edges { node { id name aum } } } }',
    variables: byId,
  },
  {
    name: 'whole bank by AUM, largest first (index order)',
    group: 'connection',
    pool: 'wholeBank',
    query: '{ persons(orderBy: { field: AUM, direction: DESC }, first: 20) { edges { node { id name aum } } } }',
    variables: () => ({}),
  },
  {
    name: 'persons by branch + totalCount',
    group: 'connection',
    pool: 'branches',
    query: 'query ($id: ID!) { persons(filter: { branchId: $id }, first: 20) { totalCount edges { node { id name } } } }',
    variables: byId,
  },
  {
    name: 'persons by tier + totalCount',
    group: 'connection',
    pool: 'rareTiers',
    query: 'query ($tier: ClientTier!) { persons(filter: { tier: $tier }, first: 20) { totalCount edges { node { id name } } } }',
    variables: (tier) => ({ tier }),
  },
  {
    name: 'persons by status + totalCount',
    group: 'connection',
    pool: 'rareStatuses',
    query: 'query ($status: PersonStatus!) { persons(filter: { status: $status }, first: 20) { totalCount edges { node { id name } } } }',
    variables: (status) => ({ status }),
  },
  {
    name: 'persons by name search + totalCount',
    group: 'connection',
    pool: 'personNames',
    query: 'query ($search: String!) { persons(filter: { search: $search }, first: 20) { totalCount edges { node { id name } } } }',
    variables: (search) => ({ search }),
  },
  {
    name: 'referrals by referrer + totalCount',
    group: 'connection',
    pool: 'topReferrers',
    query: 'query ($id: ID!) { referrals(filter: { referrerId: $id }, first: 20) { totalCount edges { node { id status } } } }',
    variables: byId,
  },
  {
    name: 'referrals by status + totalCount',
    group: 'connection',
    pool: 'referralStatuses',
    query: 'query ($status: ReferralStatus!) { referrals(filter: { status: $status }, first: 20) { totalCount edges { node { id status } } } }',
    variables: (status) => ({ status }),
  },
  {
    name: 'organizations (corporate clients) + totalCount',
    group: 'connection',
    pool: 'wholeBank',
    query: '{ organizations(filter: { isClient: true }, first: 20) { totalCount edges { node { id name industry } } } }',
    variables: () => ({}),
  },
  {
    name: 'staffMembers by branch + totalCount',
    group: 'connection',
    pool: 'branches',
    query: 'query ($id: ID!) { staffMembers(filter: { branchId: $id }, first: 20) { totalCount edges { node { id name role } } } }',
    variables: byId,
  },
  {
    name: 'households + totalCount',
    group: 'connection',
    pool: 'wholeBank',
    query: '{ households(first: 20) { totalCount edges { node { id name } } } }',
    variables: () => ({}),
  },
  {
    name: 'organization employees + totalCount',
    group: 'connection',
    pool: 'organizations',
    query: 'query ($id: ID!) { organization(id: $id) { employees(first: 20) { totalCount edges { node { title person { name } } } } } }',
    variables: byId,
  },
];

const insights: Operation[] = [
  {
    name: 'referralChain',
    group: 'insight',
    pool: 'activeClients',
    query: 'query ($id: ID!) { referralChain(personId: $id) { length hops { referral { id } } } }',
    variables: byId,
  },
  {
    name: 'referralTree (top referrer)',
    group: 'insight',
    pool: 'topReferrers',
    query: 'query ($id: ID!) { referralTree(rootId: $id) { size totalAum byDepth { depth count aum } } }',
    variables: byId,
  },
  {
    name: 'warmIntroductions (maxHops 4)',
    group: 'insight',
    pool: 'introductionTargets',
    query: `query ($prospect: ID!, $staff: ID) { warmIntroductions(prospectId: $prospect, fromStaffId: $staff, maxHops: 4) {
      edges { node { score hops introducer { name } steps { tie strength } } } } }`,
    variables: (pair) => {
      const [prospect, staff] = pair.split('|');
      return { prospect, staff };
    },
  },
  {
    name: 'crossSellOpportunities',
    group: 'insight',
    pool: 'activeClients',
    query: 'query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { score holdersNearby product { name } } } } excluded { reason } } }',
    variables: byId,
  },
  {
    name: 'churnImpact (maxHops 2)',
    group: 'insight',
    pool: 'activeClients',
    query: 'query ($id: ID!) { churnImpact(personId: $id, maxHops: 2) { aumAtRisk count } }',
    variables: byId,
  },
  {
    name: 'attentionList',
    group: 'insight',
    pool: 'managers',
    query: 'query ($staff: ID!) { attentionList(staffId: $staff, first: 10) { edges { node { score aumAtRisk person { name } reasons { message } } } } }',
    variables: (staff) => ({ staff }),
  },
  ...(['REFERRAL_REACH', 'REFERRAL_VALUE', 'PAGERANK', 'BETWEENNESS'] as const).flatMap((metric) => [
    {
      name: `influenceCentres ${metric}`,
      group: 'insight' as const,
      pool: 'wholeBank' as const,
      query: `{ influenceCentres(metric: ${metric}, first: 10) { computedAt entries { edges { node { rank score person { name } } } } } }`,
      variables: () => ({}),
    },
    {
      name: `influenceCentres ${metric} (branch)`,
      group: 'insight' as const,
      pool: 'branches' as const,
      query: `query ($id: ID) { influenceCentres(metric: ${metric}, first: 10, branchId: $id) { computedAt entries { edges { node { rank score person { name } } } } } }`,
      variables: byId,
    },
  ]),
];

/** An input of the managedClients pool: "staffId|role|branchId|clientId". */
function managedClient(input: string): { viewer: Viewer; clientId: string } {
  const [staffId, role, branchId, clientId] = input.split('|');
  return { viewer: { staffId, role: role as StaffRole, branchId }, clientId };
}

/**
 * The insight queries again, each sent by the client's own manager: the
 * figures of persons they may not see are left out or pooled
 * (src/domain/disclosure.ts), which costs an access lookup of the persons
 * behind the figures. Beside the ADMIN rows above, they show what the rule costs.
 */
const asManager: Operation[] = [
  {
    name: 'churnImpact (maxHops 2), as the manager',
    query: 'query ($id: ID!) { churnImpact(personId: $id, maxHops: 2) { aumAtRisk count disclosure { withheld pooled } } }',
  },
  {
    name: 'crossSellOpportunities, as the manager',
    query: 'query ($id: ID!) { crossSellOpportunities(personId: $id) { opportunities { edges { node { score holdersNearby product { name } } } } excluded { reason } disclosure { withheld } } }',
  },
  {
    name: 'referralTree, as the manager',
    query: 'query ($id: ID!) { referralTree(rootId: $id) { size totalAum byDepth { depth count aum } disclosure { withheld pooled } } }',
  },
  {
    name: 'attentionList, as the manager',
    query: 'query ($staff: ID!) { attentionList(staffId: $staff, first: 10) { edges { node { score aumAtRisk person { name } reasons { message } } } } }',
  },
  {
    name: 'influenceCentres REFERRAL_VALUE, as the manager',
    query: '{ influenceCentres(metric: REFERRAL_VALUE, first: 10) { entries { edges { node { rank score person { name } } } } disclosure { withheld } } }',
  },
].map(({ name, query }) => ({
  name,
  group: 'insight' as const,
  pool: 'managedClients' as const,
  query,
  variables: (input: string) => {
    const { viewer, clientId } = managedClient(input);
    return { id: clientId, staff: viewer.staffId };
  },
  viewer: (input: string) => managedClient(input).viewer,
}));

export const operations: Operation[] = [
  // HTTP, Express and Apollo with no resolver and no database: the fixed cost every operation below pays.
  { name: '{ __typename } (no database)', group: 'read', pool: 'wholeBank', query: '{ __typename }', variables: () => ({}) },
  { name: 'person', group: 'read', pool: 'persons', query: 'query ($id: ID!) { person(id: $id) { id name status tier aum } }', variables: byId },
  {
    name: 'person (nested)',
    group: 'read',
    pool: 'persons',
    query: `query ($id: ID!) { person(id: $id) { ${nestedPersonFields} family { edges { node { kind relative { name } } } } acquaintances { edges { node { strength person { name } } } } } }`,
    variables: byId,
  },
  {
    name: 'persons of a branch, page of 100 (nested)',
    group: 'read',
    pool: 'branches',
    query: `query ($id: ID!) { persons(filter: { branchId: $id }, first: 100) { edges { node { ${nestedPersonFields} } } } }`,
    variables: byId,
  },
  { name: 'household', group: 'read', pool: 'households', query: 'query ($id: ID!) { household(id: $id) { name members { edges { node { role person { name } } } } } }', variables: byId },
  {
    name: 'organization',
    group: 'read',
    pool: 'organizations',
    query: 'query ($id: ID!) { organization(id: $id) { name employees(first: 20) { totalCount edges { node { title person { name } } } } } }',
    variables: byId,
  },
  { name: 'staff', group: 'read', pool: 'managers', query: 'query ($id: ID!) { staff(id: $id) { name role clientCount branch { name } } }', variables: byId },
  { name: 'product', group: 'read', pool: 'products', query: 'query ($id: ID!) { product(id: $id) { name category riskLevel } }', variables: byId },
  {
    name: 'referral',
    group: 'read',
    pool: 'referrals',
    query: 'query ($id: ID!) { referral(id: $id) { status channel referrer { ... on Person { name } } referee { name } } }',
    variables: byId,
  },
  ...connections,
  ...insights,
  ...asManager,
];
