import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const page = `query ($search: String, $first: Int, $after: String, $last: Int, $before: String) {
  persons(filter: { search: $search }, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

type Page = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};

describe('connections read backwards (last/before)', () => {
  // A name only this suite's persons carry, so other suites' data never joins the list.
  let tag = '';
  const ids: string[] = [];

  beforeAll(async () => {
    tag = `倒序${api.id('')}`;
    for (let n = 1; n <= 7; n += 1) {
      const id = api.id(`back${n}`);
      ids.push(id);
      const result = await api.graphql(`mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { userErrors { field } } }`, {
        input: { id, name: `${tag}${n}` },
      });
      expect(result.data!.upsertPerson.userErrors).toEqual([]);
    }
    ids.sort();
  });

  const read = async (vars: Record<string, unknown>): Promise<Page> => {
    const result = await api.graphql(page, { search: tag, ...vars });
    expect(result.errors).toBeUndefined();
    return result.data!.persons as Page;
  };
  const idsOf = (p: Page) => p.edges.map((edge) => edge.node.id);

  it('gives the last records without a cursor, in list order, and pages back to the start', async () => {
    const tail = await read({ last: 3 });
    expect(idsOf(tail)).toEqual(ids.slice(4));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(tail.totalCount).toBe(7);
    const middle = await read({ last: 3, before: tail.pageInfo.startCursor });
    expect(idsOf(middle)).toEqual(ids.slice(1, 4));
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await read({ last: 3, before: middle.pageInfo.startCursor });
    expect(idsOf(head)).toEqual(ids.slice(0, 1));
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('meets the forward pages: a cursor read either way names the same neighbours', async () => {
    const forward = await read({ first: 4 });
    expect(idsOf(forward)).toEqual(ids.slice(0, 4));
    const back = await read({ last: 2, before: forward.pageInfo.endCursor });
    expect(idsOf(back)).toEqual(ids.slice(1, 3));
    const onward = await read({ first: 10, after: back.pageInfo.endCursor });
    expect(idsOf(onward)).toEqual(ids.slice(3));
  });

  it('refuses mixing directions and sizes out of range, naming the field', async () => {
    const answers = await Promise.all(
      [{ first: 2, last: 2 }, { after: 'x', before: 'y' }, { last: 0 }, { last: 101 }, { last: 2, before: 'not-ours' }].map((vars) =>
        api.graphql(page, { search: tag, ...vars }),
      ),
    );
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.field)).toEqual(['last', 'before', 'last', 'last', 'before']);
    expect(answers.every((answer) => answer.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  /** Reads a whole list backwards two at a time and forwards in one page; both must give the same records in the same order. */
  async function bothWays(field: string, args: string, node: string): Promise<[string[], string[]]> {
    const query = `query ($first: Int, $last: Int, $before: String) {
      ${field}(${args}, first: $first, last: $last, before: $before) { edges { node { ${node} } } pageInfo { hasPreviousPage startCursor } }
    }`;
    const ask = async (vars: Record<string, unknown>) => {
      const result = await api.graphql(query, vars);
      expect(result.errors).toBeUndefined();
      return result.data![field] as { edges: { node: { id: string } }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string } };
    };
    const forward = (await ask({ first: 100 })).edges.map((edge) => edge.node.id);
    const backward: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const slice = await ask({ last: 2, before });
      backward.unshift(...slice.edges.map((edge) => edge.node.id));
      if (!slice.pageInfo.hasPreviousPage) break;
      before = slice.pageInfo.startCursor;
    }
    return [forward, backward];
  }

  it('reads referrals (newest first) and audit events backwards as they read forwards', async () => {
    await api.cypher(`MATCH (p:Person {id: $id}) SET p.status = 'ACTIVE'`, { id: ids[0] });
    for (const [n, refereeId] of ids.slice(1).entries()) {
      const made = await api.graphql(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { userErrors { field message } } }`,
        { input: { id: api.id(`back-r${n}`), referrerId: ids[0], refereeId, channel: 'CLIENT_INTRODUCTION' } },
      );
      expect(made.data!.createReferral.userErrors).toEqual([]);
    }
    const [forward, backward] = await bothWays('referrals', `filter: { referrerId: "${ids[0]}" }`, 'id');
    expect(forward).toHaveLength(6);
    expect(backward).toEqual(forward);
    const [oldest, oldestBack] = await bothWays('referrals', `filter: { referrerId: "${ids[0]}" }, orderBy: { direction: ASC }`, 'id');
    expect(oldest).toEqual([...forward].reverse());
    expect(oldestBack).toEqual(oldest);
    const [events, eventsBack] = await bothWays('auditEvents', `filter: { targetId: "${ids[0]}" }`, 'id');
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(eventsBack).toEqual(events);
  });

  it("reads an organization's employees backwards as forwards", async () => {
    const organization = api.id('back-org');
    const made = await api.graphql(`mutation ($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { userErrors { field } } }`, {
      input: { id: organization, name: `${tag}公司` },
    });
    expect(made.data!.upsertOrganization.userErrors).toEqual([]);
    for (const personId of ids) {
      const job = await api.graphql(`mutation ($input: SetEmploymentInput!) { setEmployment(input: $input) { userErrors { field } } }`, {
        input: { personId, organizationId: organization },
      });
      expect(job.data!.setEmployment.userErrors).toEqual([]);
    }
    const query = `query ($id: ID!, $last: Int, $before: String) {
      organization(id: $id) { employees(last: $last, before: $before) { totalCount edges { node { person { id } } } pageInfo { hasPreviousPage startCursor } } }
    }`;
    const back: string[] = [];
    let before: string | null = null;
    for (let more = true; more; ) {
      const result: GraphQLResponse = await api.graphql(query, { id: organization, last: 3, before });
      const page = result.data!.organization.employees;
      expect(page.totalCount).toBe(ids.length);
      back.unshift(...page.edges.map((edge: any) => edge.node.person.id));
      more = page.pageInfo.hasPreviousPage;
      before = page.pageInfo.startCursor;
    }
    expect(back).toEqual(ids);
  });
});

