import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * The lists under a record are Relay connections paged in memory
 * (src/graphql/connection.ts, listConnection): Person.acquaintances read
 * both ways, its cursors checked, and `totalCount` costing no statement.
 *
 * hub knows k1 (0.9), k5 (0.7), k3 and k2 (0.5 each, k3 tied first), k4 (0.3),
 * and is the parent of f1; f1–f4 have no acquaintances. All ten carry `tag` in
 * their names, so a search for it is this suite's page of ten persons.
 */
let api: TestApi;
let tag = '';

async function mutate(name: string, inputType: string, input: Record<string, unknown>) {
  const result = await api.graphql(`mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { field code } } }`, { input });
  expect(result.errors).toBeUndefined();
  expect(result.data![name].userErrors).toEqual([]);
}

const ties: [string, string, number][] = [
  ['k1', 'FRIEND', 0.9],
  ['k3', 'BUSINESS', 0.5],
  ['k2', 'ALUMNI', 0.5],
  ['k5', 'NEIGHBOUR', 0.7],
  ['k4', 'ELDER', 0.3],
];

beforeAll(async () => {
  api = await startTestApi();
  tag = `嵌套${api.id('')}`;
  for (const local of ['hub', 'k1', 'k2', 'k3', 'k4', 'k5', 'f1', 'f2', 'f3', 'f4']) {
    await mutate('upsertPerson', 'UpsertPersonInput', { id: api.id(local), name: `${tag}${local}` });
  }
  for (const [local, kind, strength] of ties) {
    await mutate('relateAcquaintance', 'RelateAcquaintanceInput', { personId: api.id('hub'), acquaintanceId: api.id(local), kind, strength });
  }
  await mutate('relateFamily', 'RelateFamilyInput', { personId: api.id('f1'), relativeId: api.id('hub'), kind: 'PARENT' });
});
afterAll(() => api.close());

const acquaintancesQuery = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  person(id: $id) {
    acquaintances(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { kind strength person { id } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
}`;

type Page = {
  edges: { cursor: string; node: { kind: string; strength: number; person: { id: string } } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};

async function read(paging: Record<string, unknown>): Promise<Page> {
  const result = await api.graphql(acquaintancesQuery, { id: api.id('hub'), ...paging });
  expect(result.errors).toBeUndefined();
  return result.data!.person.acquaintances as Page;
}

/** A page as [its persons' local ids, hasPreviousPage, hasNextPage, totalCount]. */
const summary = (page: Page) => [
  page.edges.map((edge) => edge.node.person.id.slice(api.prefix.length)),
  page.pageInfo.hasPreviousPage,
  page.pageInfo.hasNextPage,
  page.totalCount,
];

/** Strongest first, then by id: k2 before k3 though k3 was tied first. */
const strongestFirst = ['k1', 'k5', 'k2', 'k3', 'k4'];

describe('Person.acquaintances as a connection', () => {
  it('walks forwards two at a time to the end, strongest first then by id, each once', async () => {
    const pages: Page[] = [await read({ first: 2 })];
    while (pages[pages.length - 1].pageInfo.hasNextPage && pages.length < 10) {
      pages.push(await read({ first: 2, after: pages[pages.length - 1].pageInfo.endCursor }));
    }
    expect(pages.map(summary)).toEqual([
      [['k1', 'k5'], false, true, 5],
      [['k2', 'k3'], true, true, 5],
      [['k4'], true, false, 5],
    ]);
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(new Set(nodes.map((node) => node.person.id)).size).toBe(nodes.length);
    const byLocal = new Map(ties.map(([local, kind, strength]) => [local, { kind, strength, person: { id: api.id(local) } }]));
    expect(nodes).toEqual(strongestFirst.map((local) => byLocal.get(local)));
    for (const page of pages) {
      expect([page.pageInfo.startCursor, page.pageInfo.endCursor]).toEqual([page.edges[0].cursor, page.edges[page.edges.length - 1].cursor]);
    }
  });

  it('walks backwards two at a time to the start, in the same order, each once', async () => {
    const pages: Page[] = [await read({ last: 2 })];
    while (pages[pages.length - 1].pageInfo.hasPreviousPage && pages.length < 10) {
      pages.push(await read({ last: 2, before: pages[pages.length - 1].pageInfo.startCursor }));
    }
    expect(pages.map(summary)).toEqual([
      [['k3', 'k4'], true, false, 5],
      [['k5', 'k2'], true, true, 5],
      [['k1'], false, true, 5],
    ]);
    const ids = pages.reverse().flatMap((page) => page.edges.map((edge) => edge.node.person.id));
    expect(ids).toEqual(strongestFirst.map((local) => api.id(local)));
  });

  it('meets the forward pages: a cursor read either way names the same neighbours', async () => {
    const forward = await read({ first: 3 });
    const back = await read({ last: 2, before: forward.pageInfo.endCursor });
    const onward = await read({ first: 10, after: back.pageInfo.endCursor });
    expect([summary(forward), summary(back), summary(onward)]).toEqual([
      [['k1', 'k5', 'k2'], false, true, 5],
      [['k1', 'k5'], false, true, 5],
      [['k2', 'k3', 'k4'], true, false, 5],
    ]);
  });

  it("refuses a cursor of another list, or garbage, as BAD_USER_INPUT naming `after` or `before`, and first with last", async () => {
    const persons = await api.graphql(`query ($search: String) { persons(filter: { search: $search }, first: 1) { pageInfo { endCursor } } }`, { search: tag });
    const personsCursor: string = persons.data!.persons.pageInfo.endCursor;
    const family = await api.graphql(`query ($id: ID!) { person(id: $id) { family { pageInfo { endCursor } } } }`, { id: api.id('hub') });
    const familyCursor: string = family.data!.person.family.pageInfo.endCursor;
    expect([personsCursor, familyCursor].every((cursor) => typeof cursor === 'string')).toBe(true);
    const refused = [
      { first: 2, after: personsCursor },
      { first: 2, after: familyCursor },
      { first: 2, after: 'not-a-cursor' },
      { last: 2, before: personsCursor },
      { last: 2, before: familyCursor },
      { last: 2, before: 'not-a-cursor' },
      { first: 2, last: 2 },
    ];
    const answers = await Promise.all(refused.map((paging) => api.graphql(acquaintancesQuery, { id: api.id('hub'), ...paging })));
    expect(answers.map((answer) => [answer.errors?.length, answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.extensions?.field])).toEqual([
      [1, 'BAD_USER_INPUT', 'after'],
      [1, 'BAD_USER_INPUT', 'after'],
      [1, 'BAD_USER_INPUT', 'after'],
      [1, 'BAD_USER_INPUT', 'before'],
      [1, 'BAD_USER_INPUT', 'before'],
      [1, 'BAD_USER_INPUT', 'before'],
      [1, 'BAD_USER_INPUT', 'last'],
    ]);
    expect(answers.map((answer) => answer.errors![0].message.split(':')[0])).toEqual(['after', 'after', 'after', 'before', 'before', 'before', 'last']);
    expect(answers.every((answer) => answer.data?.person === null)).toBe(true);
  });

  it('counts totalCount for a page of ten persons without another round trip', async () => {
    const page = (selection: string) => `query ($search: String) {
      persons(filter: { search: $search }, first: 10) { edges { node { id acquaintances(first: 2) { ${selection} } } } }
    }`;
    const tripsFor = async (selection: string) => {
      const before = api.db.roundTrips;
      const result = await api.graphql(page(selection), { search: tag });
      expect(result.errors).toBeUndefined();
      return { trips: api.db.roundTrips - before, nodes: result.data!.persons.edges.map((edge: any) => edge.node) as any[] };
    };
    await tripsFor('edges { node { strength } }'); // the viewer's staff record is cached from here on
    const without = await tripsFor('edges { node { strength } }');
    const counted = await tripsFor('totalCount edges { node { strength } }');
    const countOnly = await tripsFor('totalCount');
    expect(counted.nodes).toHaveLength(10);
    expect(new Map(counted.nodes.map((node) => [node.id.slice(api.prefix.length), node.acquaintances.totalCount]))).toEqual(
      new Map([['hub', 5], ['k1', 1], ['k2', 1], ['k3', 1], ['k4', 1], ['k5', 1], ['f1', 0], ['f2', 0], ['f3', 0], ['f4', 0]]),
    );
    expect(countOnly.nodes.find((node) => node.id === api.id('hub')).acquaintances).toEqual({ totalCount: 5 });
    expect([counted.trips, countOnly.trips]).toEqual([without.trips, without.trips]);
    console.log(`round trips for acquaintances(first: 2) of 10 persons: ${without.trips}; with totalCount: ${counted.trips}`);
  });
});
