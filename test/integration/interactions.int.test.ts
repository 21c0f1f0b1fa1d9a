import { startTestApi, TestApi } from '../helpers/test-api';

/** recordInteraction and Person.interactions on a small hand-made graph. */
let api: TestApi;
const PEOPLE = 20;

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (b:Branch {id: $prefix + 'br', name: '徐汇支行'})
     CREATE (s:Staff {id: $prefix + 'rm', name: '陈经理', role: 'WEALTH_MANAGER'})-[:BASED_AT]->(b)
     CREATE (:Staff {id: $prefix + 'rm2', name: '林经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(b)
     CREATE (:Person {id: $prefix + 'a', name: '张伟', status: 'ACTIVE', tier: 'GOLD', aumCents: 100000000, satisfaction: 7,
                      lastContactAt: datetime('2026-06-01T10:00:00Z'), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(s)
     CREATE (:Person {id: $prefix + 'b', name: '李娜', status: 'ACTIVE', tier: 'GOLD', aumCents: 0,
                      introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(s)
     WITH s
     UNWIND range(0, $n - 1) AS i
     CREATE (p:Person {id: $prefix + 'p' + right('00' + toString(i), 2), name: '客户' + toString(i), status: 'ACTIVE', aumCents: 0,
                       introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(s)
     WITH p, i
     UNWIND range(1, 3) AS k
     CREATE (:Interaction {id: p.id + '-i' + toString(k), kind: 'CALL', at: datetime('2026-01-0' + toString(k) + 'T09:00:00Z'),
                           createdAt: datetime()})-[:WITH_PERSON]->(p)`,
    { prefix: api.prefix, n: PEOPLE },
  );
});
afterAll(() => api.close());

const record = `mutation ($input: RecordInteractionInput!) {
  recordInteraction(input: $input) {
    interaction { id kind at note satisfaction person { id } staff { id } }
    person { id lastContactAt satisfaction }
    userErrors { field code message }
  }
}`;

async function stored(personId: string): Promise<unknown> {
  const [row] = await api.cypher(
    `MATCH (p:Person {id: $personId})
     OPTIONAL MATCH (p)<-[:WITH_PERSON]-(i:Interaction)
     OPTIONAL MATCH (i)-[:BY_STAFF]->(s:Staff)
     WITH p, i, s ORDER BY i.at
     RETURN p.lastContactAt.epochMillis AS lastContactAt, p.satisfaction AS satisfaction,
            collect(CASE WHEN i IS NOT NULL THEN [i.id, i.at.epochMillis, coalesce(s.id, '-')] END) AS interactions`,
    { personId },
  );
  const iso = (ms: any): string | null => (ms === null ? null : new Date(ms.toNumber()).toISOString());
  return {
    lastContactAt: iso(row.lastContactAt),
    satisfaction: row.satisfaction?.toNumber() ?? null,
    interactions: row.interactions.map(([id, at, staff]: any[]) => `${id} ${iso(at)} ${staff}`),
  };
}

describe('recordInteraction', () => {
  it('records the interaction and moves the contact facts forward, once for a retried id', async () => {
    const input = {
      id: api.id('x1'), personId: api.id('a'), staffId: api.id('rm'), kind: 'VISIT',
      at: '2026-11-20T02:00:00.000Z', note: '资产配置复盘', satisfaction: 9,
    };
    const first = await api.graphql(record, { input });
    const retry = await api.graphql(record, { input });
    expect(first.data!.recordInteraction).toEqual({
      interaction: {
        id: api.id('x1'), kind: 'VISIT', at: '2026-11-20T02:00:00.000Z', note: '资产配置复盘', satisfaction: 9,
        person: { id: api.id('a') }, staff: { id: api.id('rm') },
      },
      person: { id: api.id('a'), lastContactAt: '2026-11-20T02:00:00.000Z', satisfaction: 9 },
      userErrors: [],
    });
    expect(retry.data).toEqual(first.data);
    expect(await stored(api.id('a'))).toEqual({
      lastContactAt: '2026-11-20T02:00:00.000Z',
      satisfaction: 9,
      interactions: [`${api.id('x1')} 2026-11-20T02:00:00.000Z ${api.id('rm')}`],
    });
  });

  it('records one interaction when the same request is sent twice at once', async () => {
    const input = { id: api.id('twice'), personId: api.id('p19'), staffId: api.id('rm'), kind: 'CALL', at: '2026-11-02T02:00:00.000Z' };
    const [one, two] = await Promise.all([api.graphql(record, { input }), api.graphql(record, { input })]);
    expect(one.errors).toBeUndefined();
    expect(two.data).toEqual(one.data);
    const [{ n }] = await api.cypher('MATCH (i:Interaction {id: $id})-[w:WITH_PERSON]->() RETURN count(w) AS n', { id: api.id('twice') });
    expect(n.toNumber()).toBe(1);
  });

  it('never moves lastContactAt back, nor overrides a later assessment, when an older interaction comes late', async () => {
    const result = await api.graphql(record, {
      input: { id: api.id('x0'), personId: api.id('a'), kind: 'CALL', at: '2026-10-01T02:00:00.000Z', satisfaction: 4 },
    });
    expect(result.data!.recordInteraction.person).toEqual({ id: api.id('a'), lastContactAt: '2026-11-20T02:00:00.000Z', satisfaction: 9 });
    expect(await stored(api.id('a'))).toEqual({
      lastContactAt: '2026-11-20T02:00:00.000Z',
      satisfaction: 9,
      interactions: [`${api.id('x0')} 2026-10-01T02:00:00.000Z -`, `${api.id('x1')} 2026-11-20T02:00:00.000Z ${api.id('rm')}`],
    });
  });

  it('defaults `at` to now', async () => {
    const before = Date.now();
    const result = await api.graphql(record, { input: { id: api.id('x2'), personId: api.id('b'), kind: 'MESSAGE' } });
    const at = Date.parse(result.data!.recordInteraction.interaction.at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(result.data!.recordInteraction.person.lastContactAt).toBe(result.data!.recordInteraction.interaction.at);
  });

  it.each([
    ['a future time', { at: '2099-01-01T00:00:00.000Z' }, 'at'],
    ['a note over 2,000 characters', { note: 'x'.repeat(2001) }, 'note'],
    ['satisfaction above 10', { satisfaction: 11 }, 'satisfaction'],
    ['satisfaction below 0', { satisfaction: -1 }, 'satisfaction'],
    ['an unknown kind', { kind: 'TELEGRAM' }, 'kind'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, change, field) => {
    const before = await stored(api.id('b'));
    const result = await api.graphql(record, { input: { id: api.id('bad'), personId: api.id('b'), kind: 'CALL', ...change } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain(field);
    expect(await stored(api.id('b'))).toEqual(before);
  });

  it('answers an unknown person or member of staff, or an id used for another person, in userErrors, writing nothing', async () => {
    const before = await stored(api.id('b'));
    const cases = [
      { id: api.id('y1'), personId: api.id('nobody'), kind: 'CALL' },
      { id: api.id('y2'), personId: api.id('b'), staffId: api.id('nobody'), kind: 'CALL' },
      { id: api.id('x1'), personId: api.id('b'), kind: 'CALL' },
    ];
    const results = await Promise.all(cases.map((input) => api.graphql(record, { input })));
    expect(results.map((r) => [r.data!.recordInteraction.interaction, r.data!.recordInteraction.userErrors.map((e: any) => [e.field, e.code])])).toEqual([
      [null, [['personId', 'NOT_FOUND']]],
      [null, [['staffId', 'NOT_FOUND']]],
      [null, [['id', 'ID_CONFLICT']]],
    ]);
    expect(await stored(api.id('b'))).toEqual(before);
    const [{ n }] = await api.cypher('MATCH (i:Interaction) WHERE i.id IN $ids RETURN count(i) AS n', { ids: [api.id('y1'), api.id('y2')] });
    expect(n.toNumber()).toBe(0);
  });
});

describe('Person.interactions', () => {
  const history = `query ($id: ID!, $after: String) {
    person(id: $id) { interactions(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
  }`;

  it('pages the contact history newest first', async () => {
    const id = api.id('p00');
    const page1 = (await api.graphql(history, { id })).data!.person.interactions;
    const page2 = (await api.graphql(history, { id, after: page1.pageInfo.endCursor })).data!.person.interactions;
    expect([page1, page2].map((page) => [page.totalCount, page.edges.map((e: any) => e.node.id), page.pageInfo.hasNextPage])).toEqual([
      [3, [`${id}-i3`, `${id}-i2`], true],
      [3, [`${id}-i1`], false],
    ]);
  });

  it('pages the history backwards from its oldest, newest first within each page', async () => {
    const id = api.id('p00');
    const back = `query ($id: ID!, $before: String) {
      person(id: $id) { interactions(last: 2, before: $before) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor } } }
    }`;
    const oldest = (await api.graphql(back, { id })).data!.person.interactions;
    const newer = (await api.graphql(back, { id, before: oldest.pageInfo.startCursor })).data!.person.interactions;
    expect([oldest, newer].map((page) => [page.totalCount, page.edges.map((e: any) => e.node.id), page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage])).toEqual([
      [3, [`${id}-i2`, `${id}-i1`], true, false],
      [3, [`${id}-i3`], false, true],
    ]);
    const mixed = await api.graphql(`query ($id: ID!) { person(id: $id) { interactions(first: 1, before: "x") { totalCount } } }`, { id });
    expect(mixed.errors?.map((e) => [e.extensions?.code, e.message.split(':')[0]])).toEqual([['BAD_USER_INPUT', 'before']]);
  });

  it('costs the same round trips under a page of 5 persons as of 20', async () => {
    const nested = `query ($branch: ID!, $first: Int!) {
      persons(filter: { branchId: $branch }, first: $first) {
        edges { node { id interactions(first: 2) { totalCount edges { node { id kind staff { id } person { id } } } } } }
      }
    }`;
    const roundTrips = async (first: number): Promise<[number, number]> => {
      const before = api.db.roundTrips;
      const result = await api.graphql(nested, { branch: api.id('br'), first });
      expect(result.errors).toBeUndefined();
      const counts = result.data!.persons.edges.map((e: any) => e.node.interactions.totalCount);
      return [api.db.roundTrips - before, counts.length];
    };
    const [small, large] = [await roundTrips(5), await roundTrips(20)];
    expect([small[1], large[1]]).toEqual([5, 20]);
    expect(large[0]).toBe(small[0]);
    console.log(`round trips for interactions under a page of 5 persons: ${small[0]}; of 20: ${large[0]}`);
  });
});
