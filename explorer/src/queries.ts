/**
 * The GraphQL documents the page sends, one per view, and the shapes of
 * their answers (names as in schema/schema.graphql).
 */

/** FULL, PSEUDONYMISED or MASKED: masked persons come with a masked name and nulls. */
export type Access = 'FULL' | 'PSEUDONYMISED' | 'MASKED';

export interface PersonSummary {
  id: string;
  name: string;
  status: string | null;
  tier: string | null;
  aum: string | null;
  access: Access;
}

const PERSON = 'fragment PersonSummary on Person { id name status tier aum access }';

/** Colleagues drawn per employer: the first page of its employees. */
export const COLLEAGUES_PER_EMPLOYER = 100;

/** Ties, members and descendants drawn per list: the first page, the largest the API gives. */
export const FIRST_PAGE = 100;

/** The first page of a list and how many the whole list holds. */
export interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
}

/** The records of a page, in order. */
export const nodesOf = <T>(page: Page<T>): T[] => page.edges.map((edge) => edge.node);

export interface Network {
  person:
    | (PersonSummary & {
        manager: { id: string; name: string; role: string } | null;
        household: { role: string; household: { id: string; name: string; members: Page<{ role: string; person: PersonSummary }> } } | null;
        family: Page<{ kind: string; relative: PersonSummary }>;
        acquaintances: Page<{ kind: string; strength: number; person: PersonSummary }>;
        employments: {
          title: string | null;
          keyPerson: boolean;
          organization: {
            id: string;
            name: string;
            industry: string | null;
            employees: { totalCount: number; edges: { node: { title: string | null; keyPerson: boolean; person: PersonSummary } }[] };
          };
        }[];
        holdings: Page<{ status: string; balance: string; product: { id: string; name: string; category: string } }>;
      })
    | null;
}

/** Everything the network view draws around one person. */
const NETWORK_FIELDS = `
    ...PersonSummary
    manager { id name role }
    household { role household { id name members(first: $ties) { totalCount edges { node { role person { ...PersonSummary } } } } } }
    family(first: $ties) { totalCount edges { node { kind relative { ...PersonSummary } } } }
    acquaintances(first: $ties) { totalCount edges { node { kind strength person { ...PersonSummary } } } }
    employments {
      title keyPerson
      organization {
        id name industry
        employees(first: $colleagues) { totalCount edges { node { title keyPerson person { ...PersonSummary } } } }
      }
    }
    holdings(first: $ties) { totalCount edges { node { status balance product { id name category } } } }`;

export const NETWORK = `query Network($id: ID!, $colleagues: Int!, $ties: Int!) {
  person(id: $id) {${NETWORK_FIELDS}
  }
}
${PERSON}`;

/**
 * The person whose id the text is, with their whole network (so an id
 * search is one request), and those whose name contains the text.
 */
export interface SearchResult {
  byId: Network['person'];
  persons: { totalCount: number; edges: { node: PersonSummary }[] };
}

export const SEARCH = `query Search($id: ID!, $search: String!, $colleagues: Int!, $ties: Int!) {
  byId: person(id: $id) {${NETWORK_FIELDS}
  }
  persons(filter: { search: $search }, first: 20) { totalCount edges { node { ...PersonSummary } } }
}
${PERSON}`;

export interface Me {
  viewer: { staffId: string; role: string; staff: { name: string } | null; branch: { name: string } | null };
}

export const ME = 'query Me { viewer { staffId role staff { name } branch { name } } }';

type Referrer = { __typename: 'Person' | 'Staff' | 'Organization'; id: string; name: string };

export interface ReferralTree {
  referralTree: {
    root: Referrer | null;
    size: number;
    totalAum: string;
    maxDepth: number;
    byDepth: { depth: number; count: number; aum: string }[];
    disclosure: { withheld: number; pooled: number };
    descendants: Page<{ depth: number; person: PersonSummary; referral: { referrer: Referrer | null } | null }>;
  } | null;
}

export const REFERRAL_TREE = `query ReferralTree($rootId: ID!, $maxDepth: Int!, $first: Int!) {
  referralTree(rootId: $rootId, maxDepth: $maxDepth) {
    root { __typename ... on Person { id name } ... on Staff { id name } ... on Organization { id name } }
    size totalAum maxDepth
    byDepth { depth count aum }
    disclosure { withheld pooled }
    descendants(first: $first) {
      totalCount
      edges {
        node {
          depth
          person { ...PersonSummary }
          referral { referrer { __typename ... on Person { id name } ... on Staff { id name } ... on Organization { id name } } }
        }
      }
    }
  }
}
${PERSON}`;

export interface ScoreFactor {
  name: string;
  value: number;
  explanation: string;
}

export interface TieStep {
  from: PersonSummary;
  to: PersonSummary;
  tie: string;
  kind: string | null;
  strength: number;
  explanation: string;
}

/** One page of a ranked list: its entries, in rank order. */
export interface RankedPage<T> {
  edges: { node: T }[];
}

export interface Introductions {
  prospect: PersonSummary | null;
  warmIntroductions: RankedPage<{
    score: number;
    warmth: number;
    hops: number;
    searchTruncated: boolean;
    introducer: PersonSummary;
    steps: TieStep[];
    weakestLink: { from: { id: string }; to: { id: string } };
    explanation: ScoreFactor[];
  }> | null;
}

export const INTRODUCTIONS = `query Introductions($prospectId: ID!, $fromStaffId: ID, $maxHops: Int, $first: Int) {
  prospect: person(id: $prospectId) { ...PersonSummary }
  warmIntroductions(prospectId: $prospectId, fromStaffId: $fromStaffId, maxHops: $maxHops, first: $first) {
    edges {
      node {
        score warmth hops searchTruncated
        introducer { ...PersonSummary }
        steps { from { ...PersonSummary } to { ...PersonSummary } tie kind strength explanation }
        weakestLink { from { id } to { id } }
        explanation { name value explanation }
      }
    }
  }
}
${PERSON}`;

export const METRICS = ['REFERRAL_VALUE', 'REFERRAL_REACH', 'PAGERANK', 'BETWEENNESS'] as const;
export type Metric = (typeof METRICS)[number];

export interface InfluenceCentres {
  influenceCentres: {
    metric: Metric;
    computedAt: string | null;
    entries: RankedPage<{ rank: number; score: number; person: PersonSummary; factors: ScoreFactor[] }>;
  };
}

export const INFLUENCE_CENTRES = `query InfluenceCentres($metric: InfluenceMetric!, $first: Int!, $branchId: ID) {
  influenceCentres(metric: $metric, first: $first, branchId: $branchId) {
    metric computedAt
    entries { edges { node { rank score person { ...PersonSummary } factors { name value explanation } } } }
  }
}
${PERSON}`;

export interface Attention {
  attentionList: RankedPage<{
    rank: number;
    score: number;
    daysSinceContact: number | null;
    expectedContactDays: number;
    valueAtRisk: string;
    person: PersonSummary;
    reasons: { kind: string; message: string }[];
  }> | null;
}

export const ATTENTION_LIST = `query AttentionList($staffId: ID!, $first: Int!) {
  attentionList(staffId: $staffId, first: $first) {
    edges {
      node {
        rank score daysSinceContact expectedContactDays valueAtRisk
        person { ...PersonSummary }
        reasons { kind message }
      }
    }
  }
}
${PERSON}`;
