import { cypher } from '../../src/db/cypher';
import { int } from '../../src/db/values';
import { encodeCursor } from '../../src/graphql/connection';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { profileOf } from '../helpers/profile';
import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
let p = '';
// A word only this suite's names carry, so other suites' records never join a searched list.
let tag = '';

interface Page {
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

beforeAll(async () => {
  api = await startTestApi();
  p = api.id('');
  tag = `列表${p}`;
  await api.cypher(
    `UNWIND $organizations AS row
     CREATE (:Organization:Entity {id: $p + row.id, name: $tag + row.id, industry: row.industry, isClient: row.isClient,
                                   createdAt: datetime(), updatedAt: datetime()})`,
    {
      p,
      tag,
      organizations: [
        { id: 'o1', industry: `${tag}制造业`, isClient: true },
        { id: 'o2', industry: `${tag}制造业`, isClient: null },
        { id: 'o3', industry: `${tag}金融业`, isClient: false },
        { id: 'o4', industry: `${tag}金融业`, isClient: true },
        { id: 'o5', industry: null, isClient: null },
      ],
    },
  );
  await api.cypher(
    `UNWIND ['sb1', 'sb2'] AS b
     CREATE (:Branch:Entity {id: $p + b, name: $tag + b, createdAt: datetime(), updatedAt: datetime()})
     WITH count(*) AS made
     UNWIND $staff AS row
     MATCH (b:Branch {id: $p + row.branch})
     CREATE (s:Staff:Entity {id: $p + row.id, name: $tag + row.id, role: row.role, createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b)
     FOREACH (_ IN CASE WHEN row.active IS NULL THEN [] ELSE [1] END | SET s.active = row.active)`,
    {
      p,
      tag,
      staff: [
        { id: 's1', branch: 'sb1', role: 'RELATIONSHIP_MANAGER', active: null },
        { id: 's2', branch: 'sb1', role: 'TELLER', active: false },
        { id: 's3', branch: 'sb2', role: 'RELATIONSHIP_MANAGER', active: true },
        { id: 's4', branch: 'sb2', role: 'BRANCH_HEAD', active: null },
        { id: 's5', branch: 'sb2', role: 'RELATIONSHIP_MANAGER', active: false },
      ],
    },
  );
});
afterAll(() => api.close());

const listQuery = (root: string, filterType: string) => `query ($filter: ${filterType}, $first: Int, $after: String, $last: Int, $before: String) {
  ${root}(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;
const roots = {
  organizations: listQuery('organizations', 'OrganizationFilter'),
  staffMembers: listQuery('staffMembers', 'StaffFilter'),
  households: listQuery('households', 'HouseholdFilter'),
};
type Root = keyof typeof roots;

async function read(root: Root, vars: Record<string, unknown>, as?: Viewer): Promise<Page> {
  const result = await api.graphql(roots[root], vars, { as });
  expect(result.errors).toBeUndefined();
  return result.data![root] as Page;
}

const local = (page: Page) => page.edges.map((edge) => edge.node.id.slice(p.length));

/** The ids matching a filter: one page of 100, whose totalCount must agree with it. */
async function matching(root: Root, filter: Record<string, unknown>, as?: Viewer): Promise<string[]> {
  const page = await read(root, { filter, first: 100 }, as);
  expect(page.totalCount).toBe(page.edges.length);
  return local(page);
}

/** Reads a list two at a time forwards, then backwards, to its ends; both must give `expected` in order. */
async function pagedBothWays(root: Root, filter: Record<string, unknown>, expected: string[]): Promise<void> {
  const forward: string[] = [];
  let after: string | null = null;
  let more = true;
  while (more) {
    const page: Page = await read(root, { filter, first: 2, after });
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    forward.push(...local(page));
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }
  const backward: string[] = [];
  let before: string | null = null;
  more = true;
  while (more) {
    const page: Page = await read(root, { filter, last: 2, before });
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    backward.unshift(...local(page));
    ({ hasPreviousPage: more, startCursor: before } = page.pageInfo);
  }
  expect(forward).toEqual(expected);
  expect(backward).toEqual(expected);
}

/**
 * Where a statement's plan reads from: its leaves, the anchor's first (subqueries such as EXISTS add
 * their own, after it, and Argument leaves, left out); no leaf may scan a whole label.
 */
async function leafOf(query: string, params: Record<string, unknown>): Promise<string> {
  const leaves = (await profileOf(api.driver, query, params)).leaves.filter((name) => name !== 'Argument');
  expect(leaves.filter((name) => /LabelScan|AllNodesScan/.test(name))).toEqual([]);
  return leaves.join(',');
}
const countStatement = (anchor: string, filter: string) => `${cypher(anchor)}${cypher(filter)}\n${cypher('id-list-count-tail')}`;
const pageStatement = (anchor: string, filter: string, ret: string) => `${cypher(anchor)}${cypher(filter)}\n${cypher('id-list-page-tail')}\n${cypher(ret)}`;

describe('organizations', () => {
  it('pages forwards and backwards through the whole list, in id order', async () => {
    await pagedBothWays('organizations', { search: tag }, ['o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('narrows by name, client flag (absent reads as no client) and exact industry, alone and together', async () => {
    expect(await matching('organizations', { search: `${tag}o3` })).toEqual(['o3']);
    expect(await matching('organizations', { search: tag, isClient: true })).toEqual(['o1', 'o4']);
    expect(await matching('organizations', { search: tag, isClient: false })).toEqual(['o2', 'o3', 'o5']);
    expect(await matching('organizations', { industry: `${tag}制造业` })).toEqual(['o1', 'o2']);
    expect(await matching('organizations', { industry: `${tag}制造` })).toEqual([]);
    expect(await matching('organizations', { industry: `${tag}金融业`, isClient: true })).toEqual(['o4']);
  });

  it('counts the unfiltered list from the count store, as the graph holds it', async () => {
    const [{ total }] = await api.cypher('MATCH (o:Organization) RETURN count(o) AS total');
    expect((await read('organizations', { first: 1 })).totalCount).toBe(total.toNumber());
  });

  it('starts each filter from an index, the page and its totalCount alike (PROFILE)', async () => {
    const none = { search: null, industry: null, isClient: null, after: null, limit: int(21) };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['organizations-match-by-name', { search: tag }, /^NodeIndexContainsScan(,|$)/],
      ['organizations-match-by-industry', { industry: `${tag}制造业` }, /^NodeIndexSeek(,|$)/],
      ['organizations-match-clients', { isClient: true }, /^NodeIndexSeek(,|$)/],
      ['organizations-match-after', { isClient: false }, /^NodeUniqueIndexSeekByRange(,|$)/],
    ];
    for (const [anchor, given, leaf] of cases) {
      const params = { ...none, ...given };
      expect([anchor, await leafOf(countStatement(anchor, 'organizations-filter'), params)]).toEqual([anchor, expect.stringMatching(leaf)]);
      expect([anchor, await leafOf(pageStatement(anchor, 'organizations-filter', 'organizations-page-return'), params)]).toEqual([anchor, expect.stringMatching(leaf)]);
    }
  });
});

describe('staffMembers', () => {
  it('pages forwards and backwards through the whole list, in id order', async () => {
    await pagedBothWays('staffMembers', { search: tag }, ['s1', 's2', 's3', 's4', 's5']);
  });

  it('narrows by branch, role, active (absent reads as active) and name, alone and together', async () => {
    expect(await matching('staffMembers', { branchId: `${p}sb1` })).toEqual(['s1', 's2']);
    expect(await matching('staffMembers', { branchId: `${p}sb2`, role: 'RELATIONSHIP_MANAGER' })).toEqual(['s3', 's5']);
    expect(await matching('staffMembers', { search: tag, role: 'RELATIONSHIP_MANAGER' })).toEqual(['s1', 's3', 's5']);
    expect(await matching('staffMembers', { search: tag, active: false })).toEqual(['s2', 's5']);
    expect(await matching('staffMembers', { search: tag, active: true })).toEqual(['s1', 's3', 's4']);
    expect(await matching('staffMembers', { branchId: `${p}sb2`, active: true, role: 'BRANCH_HEAD' })).toEqual(['s4']);
    expect(await matching('staffMembers', { search: `${tag}s2` })).toEqual(['s2']);
  });

  it('gives each member their branch', async () => {
    const result = await api.graphql(`query ($b: ID!) { staffMembers(filter: { branchId: $b }) { edges { node { id active branch { id } } } } }`, {
      b: `${p}sb1`,
    });
    expect(result.data!.staffMembers.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { id: `${p}s1`, active: true, branch: { id: `${p}sb1` } },
      { id: `${p}s2`, active: false, branch: { id: `${p}sb1` } },
    ]);
  });

  it('starts each filter from an index, the page and its totalCount alike (PROFILE)', async () => {
    const none = { branchId: null, checkBranchId: null, role: null, active: null, search: null, after: null, limit: int(21) };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['staff-match-by-branch', { branchId: `${p}sb1` }, /^NodeUniqueIndexSeek(,|$)/],
      ['staff-match-by-name', { search: tag }, /^NodeIndexContainsScan(,|$)/],
      ['staff-match-inactive', { active: false }, /^NodeIndexSeek(,|$)/],
      ['staff-match-by-role', { role: 'TELLER' }, /^NodeIndexSeek(,|$)/],
      ['staff-match-after', { active: true }, /^NodeUniqueIndexSeekByRange(,|$)/],
    ];
    for (const [anchor, given, leaf] of cases) {
      const params = { ...none, ...given };
      expect([anchor, await leafOf(countStatement(anchor, 'staff-filter'), params)]).toEqual([anchor, expect.stringMatching(leaf)]);
      expect([anchor, await leafOf(pageStatement(anchor, 'staff-filter', 'staff-page-return'), params)]).toEqual([anchor, expect.stringMatching(leaf)]);
    }
  });
});

describe('households', () => {
  // hb1's manager rm1 manages c1; rm2 (another branch) manages c2 and c3.
  let rm1: Viewer;
  let bh1: Viewer;
  let analyst: Viewer;
  let teller: Viewer;

  beforeAll(async () => {
    rm1 = { staffId: api.id('rm1'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('hb1') };
    bh1 = { staffId: api.id('bh1'), role: StaffRole.BRANCH_HEAD, branchId: api.id('hb1') };
    analyst = { staffId: api.id('an'), role: StaffRole.ANALYST, branchId: null };
    teller = { staffId: api.id('teller'), role: StaffRole.TELLER, branchId: api.id('hb1') };
    const rm2: Viewer = { staffId: api.id('rm2'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: api.id('hb2') };
    // Makes the viewers' staff and branches (test-api creates them on a viewer's first request).
    for (const viewer of [rm1, bh1, analyst, teller, rm2]) await api.graphql('{ viewer { staffId } }', {}, { as: viewer });
    await api.cypher(
      `UNWIND $persons AS row
       MATCH (m:Staff {id: $p + row.manager})
       CREATE (:Person:Entity {id: $p + row.id, name: row.name, status: 'ACTIVE', createdBy: row.createdBy, createdAt: datetime(), updatedAt: datetime()})
              -[:MANAGED_BY {since: datetime()}]->(m)`,
      {
        p,
        persons: [
          { id: 'c1', name: '王伟', manager: 'rm1', createdBy: null },
          { id: 'c2', name: '王芳', manager: 'rm2', createdBy: null },
          { id: 'c3', name: '李娜', manager: 'rm2', createdBy: null },
          { id: 'c4', name: '赵敏', manager: 'rm2', createdBy: api.id('teller') },
        ],
      },
    );
    // h1: headed by rm1's client; h2: by rm2's; h3: no head, one member each; h4: nobody yet; h5: headed by the teller's record.
    await api.cypher(
      `UNWIND $households AS row
       CREATE (h:Household:Entity {id: $p + row.id, name: row.name, createdAt: datetime(), updatedAt: datetime()})
       WITH h, row
       UNWIND row.members AS member
       MATCH (c:Person {id: $p + member.id})
       CREATE (c)-[:MEMBER_OF {role: member.role}]->(h)`,
      {
        p,
        households: [
          { id: 'h1', name: `王伟${tag}家庭`, members: [{ id: 'c1', role: 'HEAD' }, { id: 'c3', role: 'SPOUSE' }] },
          { id: 'h2', name: `王芳${tag}家庭`, members: [{ id: 'c2', role: 'HEAD' }] },
          { id: 'h3', name: `合住${tag}家`, members: [] },
          { id: 'h4', name: `空${tag}家庭`, members: [] },
          { id: 'h5', name: `赵敏${tag}家庭`, members: [{ id: 'c4', role: 'HEAD' }] },
        ],
      },
    );
    // h3's members join here: c1 (rm1's) and c3 (rm2's), neither the head.
    await api.cypher(
      `MATCH (h:Household {id: $p + 'h3'}) UNWIND ['c1x', 'c3x'] AS id
       CREATE (:Person:Entity {id: $p + id, name: '合住' + id, status: 'ACTIVE', createdAt: datetime(), updatedAt: datetime()})-[:MEMBER_OF {role: 'CHILD'}]->(h)
       WITH h
       MATCH (x:Person {id: $p + 'c1x'}), (rm1:Staff {id: $p + 'rm1'}), (y:Person {id: $p + 'c3x'}), (rm2:Staff {id: $p + 'rm2'})
       MERGE (x)-[:MANAGED_BY]->(rm1)
       MERGE (y)-[:MANAGED_BY]->(rm2)`,
      { p },
    );
  });

  it('pages forwards and backwards through the whole list, in id order', async () => {
    await pagedBothWays('households', { search: tag }, ['h1', 'h2', 'h3', 'h4', 'h5']);
  });

  it('lists every household, unfiltered, as household(id:) shows each: names masked where the head is hidden', async () => {
    // Ids sort after this suite's prefix from here: the unfiltered list read from a cursor at it.
    const page = await read('households', { first: 5, after: encodeCursor(p) }, rm1);
    expect(local(page)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5']);
    const one = await Promise.all(page.edges.map((edge) => api.graphql(`query ($id: ID!) { household(id: $id) { name } }`, { id: edge.node.id }, { as: rm1 })));
    expect(page.edges.map((edge) => edge.node.name)).toEqual(one.map((answer) => answer.data!.household.name));
    expect(page.edges.map((edge) => edge.node.name)).toEqual([`王伟${tag}家庭`, '王*家庭', '合*家', `空${tag}家庭`, '赵*家庭']);
  });

  it("finds by name only the households whose name the viewer sees in full, and counts only those", async () => {
    expect(await matching('households', { search: tag })).toEqual(['h1', 'h2', 'h3', 'h4', 'h5']);
    // rm1 sees h1's head and h4 (nobody in it); h3's members are not all theirs, h2's and h5's heads are not.
    expect(await matching('households', { search: tag }, rm1)).toEqual(['h1', 'h4']);
    expect(await matching('households', { search: `王芳${tag}` }, rm1)).toEqual([]);
    expect(await matching('households', { search: tag }, bh1)).toEqual(['h1', 'h4']);
    // The teller created h5's head.
    expect(await matching('households', { search: tag }, teller)).toEqual(['h4', 'h5']);
  });

  it("tells an insider nothing from a household of their own named like a hidden one", async () => {
    const made = await api.graphql(
      `mutation ($input: UpsertHouseholdInput!) { upsertHousehold(input: $input) { household { id name } } }`,
      { input: { id: `${p}h9`, name: `王芳${tag}家庭` } },
      { as: rm1 },
    );
    expect(made.data!.upsertHousehold.household).toEqual({ id: `${p}h9`, name: `王芳${tag}家庭` });
    // Both households carry the name; only the insider's own is found and counted.
    expect(await matching('households', { search: `王芳${tag}` })).toEqual(['h2', 'h9']);
    expect(await matching('households', { search: `王芳${tag}` }, rm1)).toEqual(['h9']);
    await api.cypher('MATCH (h:Household {id: $id}) DETACH DELETE h', { id: `${p}h9` });
  });

  it('refuses an analyst a name search (they see pseudonyms), naming the field, but lists for them', async () => {
    const refused = await api.graphql(roots.households, { filter: { search: tag } }, { as: analyst });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('filter.search');
    const listed = await read('households', { first: 5, after: encodeCursor(p) }, analyst);
    expect(listed.edges.find((edge) => edge.node.id === `${p}h1`)!.node.name).toMatch(/^Household [0-9A-F]{8}$/);
  });

  it('starts a name search from the TEXT index, scoped or not (PROFILE)', async () => {
    const params = { search: tag, nameScope: null, after: null, limit: int(21) };
    const scoped = { ...params, nameScope: { staffId: rm1.staffId, managerId: rm1.staffId, branchId: null } };
    for (const given of [params, scoped]) {
      expect(await leafOf(countStatement('households-match-by-name', 'households-filter'), given)).toMatch(/^NodeIndexContainsScan(,|$)/);
      expect(await leafOf(pageStatement('households-match-by-name', 'households-filter', 'households-page-return'), given)).toMatch(/^NodeIndexContainsScan(,|$)/);
    }
    expect(await leafOf(pageStatement('households-match-after', 'households-filter', 'households-page-return'), { ...params, search: null })).toBe(
      'NodeUniqueIndexSeekByRange',
    );
  });
});

describe('the three root lists', () => {
  it('count only when totalCount is asked for, and not at all when one page holds every match', async () => {
    const tripsFor = async (root: Root, selection: string, first: number) => {
      const before = api.db.roundTrips;
      const result = await api.graphql(`query ($search: String!) { ${root}(filter: { search: $search }, first: ${first}) { ${selection} } }`, { search: tag });
      expect(result.errors).toBeUndefined();
      return api.db.roundTrips - before;
    };
    for (const root of Object.keys(roots) as Root[]) {
      const page = await tripsFor(root, 'edges { cursor }', 2);
      expect([root, (await tripsFor(root, 'totalCount edges { cursor }', 2)) - page]).toEqual([root, 1]);
      expect([root, (await tripsFor(root, 'totalCount edges { cursor }', 100)) - (await tripsFor(root, 'edges { cursor }', 100))]).toEqual([root, 0]);
    }
  });

  it('refuse a cursor they did not give out, naming after or before', async () => {
    for (const root of Object.keys(roots) as Root[]) {
      const answers = await Promise.all([api.graphql(roots[root], { after: 'not-ours' }), api.graphql(roots[root], { last: 2, before: 'not-ours' })]);
      expect(answers.map((answer) => [answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', 'after'],
        ['BAD_USER_INPUT', 'before'],
      ]);
    }
  });
});
