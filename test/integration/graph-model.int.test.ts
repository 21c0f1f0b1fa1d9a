import { startTestApi, TestApi } from '../helpers/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function mutate(name: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const result = await api.graphql(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data![name];
}

describe('the relationship graph', () => {
  beforeAll(async () => {
    await mutate('upsertBranch', 'UpsertBranchInput', 'branch { id }', { id: api.id('br'), name: '浦东支行', city: '上海' });
    await mutate('upsertStaff', 'UpsertStaffInput', 'staff { id }', {
      id: api.id('rm'),
      name: '陈经理',
      role: 'RELATIONSHIP_MANAGER',
      branchId: api.id('br'),
    });
    for (const [local, name] of [
      ['wang', '王伟'],
      ['li', '李娜'],
      ['son', '王小明'],
      ['friend', '赵敏'],
    ]) {
      await mutate('upsertPerson', 'UpsertPersonInput', 'person { id }', { id: api.id(local), name, status: 'ACTIVE', riskProfile: 'R3' });
    }
  });

  it('keeps a household with its members and roles', async () => {
    await mutate('upsertHousehold', 'UpsertHouseholdInput', 'household { id }', { id: api.id('hh'), name: '王家' });
    for (const [local, role] of [
      ['wang', 'HEAD'],
      ['li', 'SPOUSE'],
      ['son', 'CHILD'],
    ]) {
      const added = await mutate('addHouseholdMember', 'AddHouseholdMemberInput', 'household { id }', {
        householdId: api.id('hh'),
        personId: api.id(local),
        role,
      });
      expect(added.userErrors).toEqual([]);
    }
    const result = await api.graphql(
      `query ($id: ID!, $person: ID!) {
        household(id: $id) { name members { edges { node { role person { id } } } } }
        person(id: $person) { household { role household { id } } }
      }`,
      { id: api.id('hh'), person: api.id('li') },
    );
    expect(result.data).toEqual({
      household: {
        name: '王家',
        members: {
          edges: [
            { role: 'HEAD', person: { id: api.id('wang') } },
            { role: 'SPOUSE', person: { id: api.id('li') } },
            { role: 'CHILD', person: { id: api.id('son') } },
          ]
            .sort((a, b) => a.person.id.localeCompare(b.person.id))
            .map((node) => ({ node })),
        },
      },
      person: { household: { role: 'SPOUSE', household: { id: api.id('hh') } } },
    });
  });

  it('moves a person to a new household rather than keeping two', async () => {
    await mutate('upsertHousehold', 'UpsertHouseholdInput', 'household { id }', { id: api.id('hh2'), name: '王小明家' });
    await mutate('addHouseholdMember', 'AddHouseholdMemberInput', 'household { id }', {
      householdId: api.id('hh2'),
      personId: api.id('son'),
      role: 'HEAD',
    });
    const [row] = await api.cypher('MATCH (:Person {id: $id})-[m:MEMBER_OF]->(h) RETURN collect(h.id) AS households', {
      id: api.id('son'),
    });
    expect(row.households).toEqual([api.id('hh2')]);
  });

  it('stores a family tie once whichever way round it is given, and shows it from both ends', async () => {
    await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } other { id } }', {
      personId: api.id('son'),
      relativeId: api.id('wang'),
      kind: 'PARENT',
    });
    await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } }', {
      personId: api.id('wang'),
      relativeId: api.id('son'),
      kind: 'CHILD',
    });
    await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } }', {
      personId: api.id('wang'),
      relativeId: api.id('li'),
      kind: 'SPOUSE',
    });
    const [count] = await api.cypher('MATCH (:Person {id: $a})-[f:FAMILY]-(:Person {id: $b}) RETURN count(f) AS n', {
      a: api.id('wang'),
      b: api.id('son'),
    });
    expect(count.n.toNumber()).toBe(1);
    const result = await api.graphql(
      `query ($wang: ID!, $son: ID!) {
        wang: person(id: $wang) { family { edges { node { kind relative { id } } } } }
        son: person(id: $son) { family { edges { node { kind relative { id } } } } }
      }`,
      { wang: api.id('wang'), son: api.id('son') },
    );
    const byId = <T extends { relative: { id: string } }>(ties: T[]) => [...ties].sort((a, b) => a.relative.id.localeCompare(b.relative.id));
    expect(byId(result.data!.wang.family.edges.map((e: any) => e.node))).toEqual(
      byId([
        { kind: 'SPOUSE', relative: { id: api.id('li') } },
        { kind: 'CHILD', relative: { id: api.id('son') } },
      ]),
    );
    expect(result.data!.son.family.edges.map((e: any) => e.node)).toEqual([{ kind: 'PARENT', relative: { id: api.id('wang') } }]);
  });

  it('refuses a tie to oneself and to an unknown person', async () => {
    const self = await mutate('relateAcquaintance', 'RelateAcquaintanceInput', 'pair { person { id } }', {
      personId: api.id('wang'),
      acquaintanceId: api.id('wang'),
      kind: 'FRIEND',
      strength: 0.5,
    });
    expect(self).toEqual({ pair: null, userErrors: [{ field: 'acquaintanceId', code: 'SELF_RELATION', message: 'A person cannot be tied to themselves.' }] });
    const unknown = await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } }', {
      personId: api.id('wang'),
      relativeId: api.id('ghost'),
      kind: 'SIBLING',
    });
    expect(unknown.userErrors).toEqual([{ field: 'relativeId', code: 'NOT_FOUND', message: `No person with id "${api.id('ghost')}".` }]);
  });

  it('keeps acquaintances with their strength, updated on repeat', async () => {
    const input = { personId: api.id('wang'), acquaintanceId: api.id('friend'), kind: 'ALUMNI', strength: 0.4 };
    await mutate('relateAcquaintance', 'RelateAcquaintanceInput', 'pair { person { id } }', input);
    await mutate('relateAcquaintance', 'RelateAcquaintanceInput', 'pair { person { id } }', { ...input, strength: 0.8 });
    const result = await api.graphql(`query ($id: ID!) { person(id: $id) { acquaintances { edges { node { kind strength person { id name } } } } } }`, {
      id: api.id('friend'),
    });
    expect(result.data!.person.acquaintances.edges.map((e: any) => e.node)).toEqual([{ kind: 'ALUMNI', strength: 0.8, person: { id: api.id('wang'), name: '王伟' } }]);
  });

  it('links employees to an organization with key persons, paged', async () => {
    await mutate('upsertOrganization', 'UpsertOrganizationInput', 'organization { id }', {
      id: api.id('org'),
      name: '华东制造有限公司',
      industry: '制造业',
      registeredCapital: '50000000',
      isClient: true,
    });
    for (const [local, title, keyPerson] of [
      ['wang', '总经理', true],
      ['li', '会计', false],
      ['friend', '工程师', false],
    ] as const) {
      const set = await mutate('setEmployment', 'SetEmploymentInput', 'person { id employments { title keyPerson organization { id } } }', {
        personId: api.id(local),
        organizationId: api.id('org'),
        title,
        keyPerson,
      });
      expect(set.person.employments).toEqual([{ title, keyPerson, organization: { id: api.id('org') } }]);
    }
    const page = `query ($id: ID!, $after: String) {
      organization(id: $id) { registeredCapital employees(first: 2, after: $after) {
        totalCount edges { node { title keyPerson person { id } } } pageInfo { hasNextPage endCursor } } }
    }`;
    const first = await api.graphql(page, { id: api.id('org') });
    const employees = first.data!.organization.employees;
    expect(first.data!.organization.registeredCapital).toBe('50000000.00');
    expect(employees.totalCount).toBe(3);
    expect(employees.edges).toHaveLength(2);
    expect(employees.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(page, { id: api.id('org'), after: employees.pageInfo.endCursor });
    const ids = [...employees.edges, ...second.data!.organization.employees.edges].map((e: { node: { person: { id: string } } }) => e.node.person.id);
    expect(ids).toEqual([api.id('friend'), api.id('li'), api.id('wang')].sort());
    expect(second.data!.organization.employees.pageInfo.hasNextPage).toBe(false);
  });

  it('records holdings, recomputes AUM from asset holdings, and shows them with the product', async () => {
    await mutate('upsertProduct', 'UpsertProductInput', 'product { id }', { id: api.id('fund'), name: '沪深300指数基金', category: 'FUND', riskLevel: 'R4' });
    await mutate('upsertProduct', 'UpsertProductInput', 'product { id }', { id: api.id('td'), name: '三年定期存款', category: 'TERM_DEPOSIT', riskLevel: 'R1' });
    await mutate('upsertProduct', 'UpsertProductInput', 'product { id }', { id: api.id('card'), name: '白金信用卡', category: 'CREDIT_CARD', riskLevel: 'R1' });
    for (const [productId, balance] of [
      ['fund', '120000.50'],
      ['td', '300000'],
      ['card', '8000'],
    ]) {
      const recorded = await mutate('recordHolding', 'RecordHoldingInput', 'holding { balance status product { id } }', {
        holderId: api.id('li'),
        productId: api.id(productId),
        balance,
        since: '2024-01-15',
      });
      expect(recorded.userErrors).toEqual([]);
    }
    const result = await api.graphql(`query ($id: ID!) { person(id: $id) { aum holdings { edges { node { balance since status product { id category riskLevel } } } } } }`, {
      id: api.id('li'),
    });
    expect(result.data!.person.aum).toBe('420000.50');
    const holdings = result.data!.person.holdings.edges.map((e: any) => e.node);
    expect(holdings).toHaveLength(3);
    expect(holdings).toContainEqual({
      balance: '120000.50',
      since: '2024-01-15',
      status: 'ACTIVE',
      product: { id: api.id('fund'), category: 'FUND', riskLevel: 'R4' },
    });
    const unknown = await mutate('recordHolding', 'RecordHoldingInput', 'holding { balance }', {
      holderId: api.id('li'),
      productId: api.id('nothing'),
      balance: '1',
    });
    expect(unknown.userErrors).toEqual([{ field: 'productId', code: 'NOT_FOUND', message: `No product with id "${api.id('nothing')}".` }]);
  });

  it('assigns one manager per client, replacing the previous one', async () => {
    await mutate('upsertStaff', 'UpsertStaffInput', 'staff { id }', { id: api.id('wm'), name: '周经理', role: 'WEALTH_MANAGER', branchId: api.id('br') });
    await mutate('assignManager', 'AssignManagerInput', 'manager { id }', { clientId: api.id('wang'), staffId: api.id('rm') });
    const second = await mutate('assignManager', 'AssignManagerInput', 'manager { id branch { id name } }', {
      clientId: api.id('wang'),
      staffId: api.id('wm'),
    });
    expect(second.manager).toEqual({ id: api.id('wm'), branch: { id: api.id('br'), name: '浦东支行' } });
    const result = await api.graphql(
      `query ($id: ID!, $wm: ID!, $rm: ID!) {
        person(id: $id) { manager { id } }
        wm: staff(id: $wm) { clientCount } rm: staff(id: $rm) { clientCount }
      }`,
      { id: api.id('wang'), wm: api.id('wm'), rm: api.id('rm') },
    );
    expect(result.data).toEqual({ person: { manager: { id: api.id('wm') } }, wm: { clientCount: 1 }, rm: { clientCount: 0 } });
  });

  it('filters persons by manager, branch, status, tier and name, with totalCount', async () => {
    await mutate('assignManager', 'AssignManagerInput', 'manager { id }', { clientId: api.id('li'), staffId: api.id('rm') });
    await mutate('upsertPerson', 'UpsertPersonInput', 'person { id }', { id: api.id('li'), name: '李娜', tier: 'GOLD' });
    const query = `query ($filter: PersonFilter) { persons(filter: $filter, first: 10) { totalCount edges { node { id } } } }`;
    const ids = async (filter: Record<string, unknown>) => {
      const result = await api.graphql(query, { filter });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.persons;
      return { total: connection.totalCount, ids: connection.edges.map((e: { node: { id: string } }) => e.node.id) };
    };
    expect(await ids({ branchId: api.id('br') })).toEqual({ total: 2, ids: [api.id('li'), api.id('wang')] });
    expect(await ids({ managerId: api.id('rm') })).toEqual({ total: 1, ids: [api.id('li')] });
    expect(await ids({ branchId: api.id('br'), tier: 'GOLD' })).toEqual({ total: 1, ids: [api.id('li')] });
    expect(await ids({ branchId: api.id('br'), status: 'PROSPECT' })).toEqual({ total: 0, ids: [] });
    expect(await ids({ branchId: api.id('br'), search: '王' })).toEqual({ total: 1, ids: [api.id('wang')] });
  });

  it('filters the whole bank by tier or status alone (index-backed anchors)', async () => {
    const query = `query ($filter: PersonFilter) { persons(filter: $filter, first: 100) { totalCount edges { node { id tier status } } } }`;
    const gold = (await api.graphql(query, { filter: { tier: 'GOLD' } })).data!.persons;
    expect(gold.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(api.id('li'));
    expect(gold.edges.every((e: { node: { tier: string } }) => e.node.tier === 'GOLD')).toBe(true);
    const active = (await api.graphql(query, { filter: { status: 'ACTIVE', tier: 'GOLD' } })).data!.persons;
    expect(active.edges.every((e: { node: { tier: string; status: string } }) => e.node.tier === 'GOLD' && e.node.status === 'ACTIVE')).toBe(true);
    expect(active.totalCount).toBeLessThanOrEqual(gold.totalCount);
  });
});
