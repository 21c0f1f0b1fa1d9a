import { orderedPersonsStatement } from '../../src/db/persons';
import { OrderDirection, PersonOrderField, StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { encodeCursor } from '../../src/graphql/connection';
import { profileOf } from '../helpers/profile';
import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

/** persons(orderBy:): every sort, both ways, paged both ways, from an index when there is no filter. */
let api: TestApi;
let manager: Viewer;
const rows = [
  { id: 'a', name: '王伟', cents: 500, created: '2026-01-05T08:00:00.123456Z', contact: '2026-11-01T09:00:00Z' },
  { id: 'b', name: '李娜', cents: 100, created: '2026-01-03T08:00:00Z', contact: null },
  { id: 'c', name: '张敏', cents: 500, created: '2026-01-05T08:00:00.123457Z', contact: '2026-10-01T09:00:00Z' },
  { id: 'd', name: '刘洋', cents: 900, created: '2026-01-01T08:00:00Z', contact: '2026-11-20T09:00:00Z' },
  { id: 'e', name: '陈静', cents: 0, created: '2026-01-09T08:00:00Z', contact: null },
];

beforeAll(async () => {
  api = await startTestApi();
  manager = { staffId: api.id('rm'), role: StaffRole.RELATIONSHIP_MANAGER, branchId: null };
  await api.cypher(
    `CREATE (rm:Staff {id: $p + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})
     WITH rm
     UNWIND $rows AS row
     CREATE (c:Person:Entity {id: $p + row.id, name: row.name, status: 'ACTIVE', aumCents: row.cents, introductionsOptOut: false,
                              createdAt: datetime(row.created), updatedAt: datetime(row.created),
                              lastContactAt: CASE WHEN row.contact IS NULL THEN null ELSE datetime(row.contact) END})
     CREATE (c)-[:MANAGED_BY]->(rm)`,
    { p: api.id(''), rows },
  );
});
afterAll(() => api.close());

const page = `query ($order: PersonOrder, $first: Int, $after: String, $last: Int, $before: String) {
  persons(orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

async function walk(order: { field: string; direction: string }, as: Viewer, reading: 'forward' | 'backward'): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let more = true; more; ) {
    const vars: Record<string, unknown> = reading === 'forward' ? { order, first: 2, after: cursor } : { order, last: 2, before: cursor };
    const result: GraphQLResponse = await api.graphql(page, vars, { as });
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo, totalCount }: { edges: { node: { id: string } }[]; pageInfo: Record<string, any>; totalCount: number } = result.data!.persons;
    expect(totalCount).toBe(rows.length);
    const got = edges.map((edge) => edge.node.id);
    if (reading === 'forward') ids.push(...got);
    else ids.unshift(...got);
    more = reading === 'forward' ? pageInfo.hasNextPage : pageInfo.hasPreviousPage;
    cursor = reading === 'forward' ? pageInfo.endCursor : pageInfo.startCursor;
  }
  return ids.map((id) => id.slice(api.id('').length));
}

describe('persons(orderBy:)', () => {
  it.each([
    ['AUM', 'ASC', ['e', 'b', 'a', 'c', 'd']],
    ['AUM', 'DESC', ['d', 'c', 'a', 'b', 'e']],
    ['NAME', 'ASC', ['刘洋', '张敏', '李娜', '王伟', '陈静'].map((name) => rows.find((row) => row.name === name)!.id)],
    ['CREATED_AT', 'ASC', ['d', 'b', 'a', 'c', 'e']],
    ['CREATED_AT', 'DESC', ['e', 'c', 'a', 'b', 'd']],
    ['LAST_CONTACT', 'ASC', ['b', 'e', 'c', 'a', 'd']],
    ['LAST_CONTACT', 'DESC', ['d', 'a', 'c', 'e', 'b']],
    ['ID', 'DESC', ['e', 'd', 'c', 'b', 'a']],
  ])('sorts by %s %s, ties by id, the same read forwards or backwards in pages of 2', async (field, direction, expected) => {
    const order = { field, direction };
    expect(await walk(order, manager, 'forward')).toEqual(expected);
    expect(await walk(order, manager, 'backward')).toEqual(expected);
  });

  it('refuses analysts a sort by name, and hands them cursors that hold no real id', async () => {
    const analyst: Viewer = { staffId: api.id('an'), role: StaffRole.ANALYST, branchId: null };
    const byName = await api.graphql(page, { order: { field: 'NAME' }, first: 2 }, { as: analyst });
    expect(byName.errors?.map((e) => [e.extensions?.code, e.message.split(':')[0]])).toEqual([['FORBIDDEN', 'orderBy.field']]);
    const byAum = await api.graphql(page, { order: { field: 'AUM', direction: 'DESC' }, first: 5 }, { as: analyst });
    expect(byAum.errors).toBeUndefined();
    const cursors = byAum.data!.persons.edges.map((edge: any) => Buffer.from(edge.cursor, 'base64url').toString('utf8'));
    expect(cursors.filter((cursor: string) => cursor.includes(api.id('')))).toEqual([]);
  });

  it("refuses another list's cursor or a forged one, naming the argument", async () => {
    const idCursor = (await api.graphql(page, { first: 1 }, { as: manager })).data!.persons.pageInfo.endCursor;
    const cases = [
      { order: { field: 'AUM' }, first: 1, after: idCursor },
      { order: { field: 'AUM' }, last: 1, before: encodeCursor([true, api.id('a')]) },
      { order: { field: 'AUM' }, first: 1, after: encodeCursor([{ $gt: 1 }, api.id('a')]) },
    ];
    const answers = await Promise.all(cases.map((vars) => api.graphql(page, vars, { as: manager })));
    expect(answers.map((answer) => answer.errors?.map((e) => [e.extensions?.code, e.message.split(':')[0]]))).toEqual([
      [['BAD_USER_INPUT', 'after']],
      [['BAD_USER_INPUT', 'before']],
      [['BAD_USER_INPUT', 'after']],
    ]);
  });

  it('reads an unfiltered sorted page from the key index in its order, without sorting every person', async () => {
    for (const field of [PersonOrderField.AUM, PersonOrderField.NAME, PersonOrderField.CREATED_AT]) {
      for (const cursor of [null, { key: field === PersonOrderField.AUM ? 500 : field === PersonOrderField.NAME ? '王伟' : '2026-01-05T08:00:00.123456Z', id: api.id('a') }]) {
        const { query, params } = orderedPersonsStatement({}, { field, direction: OrderDirection.DESC }, { direction: 'forward', size: 5, cursor });
        const { operators, leaves } = await profileOf(api.driver, query, params);
        // The first leaf is where the reading starts; the others are the filter's subqueries, which do not run without their filters.
        expect([field, cursor !== null, leaves[0]]).toEqual([field, cursor !== null, cursor ? 'NodeIndexSeekByRange' : 'NodeIndexScan']);
        expect([field, operators.filter((operator) => operator === 'Sort' || operator === 'Top')]).toEqual([field, []]);
      }
    }
  });
});
