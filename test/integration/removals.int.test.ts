import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Every relationship a mutation makes, another ends: each removal ends it,
 * is audited, answers NOT_PRESENT (naming the field) when it is not there
 * and NOT_FOUND for unknown ids, changing nothing. Who may call them is
 * test/integration/object-rules.int.test.ts; races, races.int.test.ts.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (b:Branch {id: $p + 'br', name: '支行', city: '上海'})
     CREATE (rm:Staff {id: $p + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b)
     WITH rm
     UNWIND ['wang', 'li', 'son', 'friend'] AS local
     CREATE (p:Person {id: $p + local, name: local, status: 'ACTIVE', aumCents: 0, introductionsOptOut: false,
                      createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY {since: datetime()}]->(rm)
     WITH count(*) AS made
     CREATE (:Household {id: $p + 'hh', name: '王家', createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Organization {id: $p + 'org', name: '申城科技', isClient: true, createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Product {id: $p + 'fund', name: '基金', category: 'FUND', riskLevel: 'R3', createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Product {id: $p + 'td', name: '定期存款', category: 'TERM_DEPOSIT', riskLevel: 'R1', createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Product {id: $p + 'card', name: '信用卡', category: 'CREDIT_CARD', riskLevel: 'R1', createdAt: datetime(), updatedAt: datetime()})`,
    { p: api.prefix },
  );
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

const codes = (payload: { userErrors: { field: string; code: string }[] }) => payload.userErrors.map(({ field, code }) => ({ field, code }));

/** The WRITE audit lines of one mutation naming this id. */
async function audited(operation: string, id: string): Promise<number> {
  const [row] = await api.cypher(
    `MATCH (e:AuditEvent {action: 'WRITE', operation: $operation}) WHERE $id IN e.targetIds RETURN count(e) AS n`,
    { operation, id },
  );
  return Number(row.n);
}

describe('removeFamilyTie and removeAcquaintance', () => {
  it('end a family tie either way round, audited, and then answer NOT_PRESENT', async () => {
    await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } }', { personId: api.id('wang'), relativeId: api.id('son'), kind: 'CHILD' });
    // Recorded from wang's side, removed from the son's.
    const removed = await mutate('removeFamilyTie', 'RemoveFamilyTieInput', 'pair { person { id } other { id } }', {
      personId: api.id('son'),
      relativeId: api.id('wang'),
    });
    expect(removed).toEqual({ pair: { person: { id: api.id('son') }, other: { id: api.id('wang') } }, userErrors: [] });
    const [row] = await api.cypher(`MATCH (:Person {id: $id})-[f:FAMILY]-() RETURN count(f) AS n`, { id: api.id('wang') });
    expect(Number(row.n)).toBe(0);
    expect(await audited('removeFamilyTie', api.id('son'))).toBe(1);

    const again = await mutate('removeFamilyTie', 'RemoveFamilyTieInput', 'pair { person { id } }', { personId: api.id('wang'), relativeId: api.id('son') });
    expect(again.pair).toBeNull();
    expect(codes(again)).toEqual([{ field: 'relativeId', code: 'NOT_PRESENT' }]);
  });

  it('end an acquaintance tie, leaving other ties of the pair, and refuse a tie to oneself', async () => {
    await mutate('relateAcquaintance', 'RelateAcquaintanceInput', 'pair { person { id } }', {
      personId: api.id('li'),
      acquaintanceId: api.id('friend'),
      kind: 'FRIEND',
      strength: 0.6,
    });
    await mutate('relateFamily', 'RelateFamilyInput', 'pair { person { id } }', { personId: api.id('li'), relativeId: api.id('friend'), kind: 'RELATIVE' });
    const removed = await mutate('removeAcquaintance', 'RemoveAcquaintanceInput', 'pair { other { id } }', {
      personId: api.id('friend'),
      acquaintanceId: api.id('li'),
    });
    expect(removed).toEqual({ pair: { other: { id: api.id('li') } }, userErrors: [] });
    const [row] = await api.cypher(
      `MATCH (a:Person {id: $a}), (b:Person {id: $b}) RETURN COUNT { (a)-[:KNOWS]-(b) } AS knows, COUNT { (a)-[:FAMILY]-(b) } AS family`,
      { a: api.id('li'), b: api.id('friend') },
    );
    expect({ knows: Number(row.knows), family: Number(row.family) }).toEqual({ knows: 0, family: 1 });
    expect(await audited('removeAcquaintance', api.id('friend'))).toBe(1);

    const again = await mutate('removeAcquaintance', 'RemoveAcquaintanceInput', 'pair { other { id } }', { personId: api.id('li'), acquaintanceId: api.id('friend') });
    expect(codes(again)).toEqual([{ field: 'acquaintanceId', code: 'NOT_PRESENT' }]);
    const self = await mutate('removeAcquaintance', 'RemoveAcquaintanceInput', 'pair { other { id } }', { personId: api.id('li'), acquaintanceId: api.id('li') });
    expect(codes(self)).toEqual([{ field: 'acquaintanceId', code: 'SELF_RELATION' }]);
  });

  it('answer unknown ids as NOT_FOUND naming the field', async () => {
    const unknown = await mutate('removeFamilyTie', 'RemoveFamilyTieInput', 'pair { other { id } }', { personId: api.id('nobody'), relativeId: api.id('wang') });
    expect(unknown.userErrors).toEqual([{ field: 'personId', code: 'NOT_FOUND', message: `No person with id "${api.id('nobody')}".` }]);
    const both = await mutate('removeAcquaintance', 'RemoveAcquaintanceInput', 'pair { other { id } }', { personId: api.id('wang'), acquaintanceId: api.id('nobody') });
    expect(codes(both)).toEqual([{ field: 'acquaintanceId', code: 'NOT_FOUND' }]);
  });
});

describe('removeHouseholdMember', () => {
  it('takes a person out of a household, which stays, and then answers NOT_PRESENT', async () => {
    for (const [local, role] of [['wang', 'HEAD'], ['li', 'SPOUSE']]) {
      await mutate('addHouseholdMember', 'AddHouseholdMemberInput', 'household { id }', { householdId: api.id('hh'), personId: api.id(local), role });
    }
    const removed = await mutate('removeHouseholdMember', 'RemoveHouseholdMemberInput', 'household { id name }', {
      householdId: api.id('hh'),
      personId: api.id('li'),
    });
    expect(removed).toEqual({ household: { id: api.id('hh'), name: '王家' }, userErrors: [] });
    const members = await api.cypher(`MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id`, { id: api.id('hh') });
    expect(members).toEqual([{ id: api.id('wang') }]);
    const read = await api.graphql(`query ($id: ID!) { person(id: $id) { household { role } } }`, { id: api.id('li') });
    expect(read.data!.person.household).toBeNull();
    expect(await audited('removeHouseholdMember', api.id('li'))).toBe(1);

    const again = await mutate('removeHouseholdMember', 'RemoveHouseholdMemberInput', 'household { id }', { householdId: api.id('hh'), personId: api.id('li') });
    expect(again.household).toBeNull();
    expect(codes(again)).toEqual([{ field: 'personId', code: 'NOT_PRESENT' }]);
  });

  it('answers unknown ids as NOT_FOUND naming the field', async () => {
    const unknown = await mutate('removeHouseholdMember', 'RemoveHouseholdMemberInput', 'household { id }', { householdId: api.id('nohh'), personId: api.id('nobody') });
    expect(codes(unknown)).toEqual([
      { field: 'householdId', code: 'NOT_FOUND' },
      { field: 'personId', code: 'NOT_FOUND' },
    ]);
  });
});

describe('endEmployment', () => {
  const employed = `query ($person: ID!, $org: ID!) {
    person(id: $person) { employments { title organization { id } } }
    organization(id: $org) { employees(first: 10) { totalCount edges { node { person { id } } } } employeeProspects { person { id } } }
  }`;

  it('ends a current employment and keeps it as past: current reads no longer list it; a new setEmployment starts another', async () => {
    const [person, org] = [api.id('friend'), api.id('org')];
    await api.cypher(`MATCH (p:Person {id: $person}) SET p.status = 'PROSPECT'`, { person });
    await mutate('setEmployment', 'SetEmploymentInput', 'person { id }', { personId: person, organizationId: org, title: '工程师', keyPerson: true });
    const before = (await api.graphql(employed, { person, org })).data!;
    expect(before.person.employments).toEqual([{ title: '工程师', organization: { id: org } }]);
    expect(before.organization.employees.totalCount).toBe(1);
    expect(before.organization.employeeProspects).toEqual([{ person: { id: person } }]);

    const ended = await mutate('endEmployment', 'EndEmploymentInput', 'person { id employments { title } }', { personId: person, organizationId: org });
    expect(ended).toEqual({ person: { id: person, employments: [] }, userErrors: [] });
    const after = (await api.graphql(employed, { person, org })).data!;
    expect(after).toEqual({ person: { employments: [] }, organization: { employees: { totalCount: 0, edges: [] }, employeeProspects: [] } });
    const [past] = await api.cypher(
      `MATCH (:Person {id: $person})-[w:WORKED_AT]->(:Organization {id: $org}) RETURN w.title AS title, w.keyPerson AS keyPerson, w.until = date() AS endedToday`,
      { person, org },
    );
    expect(past).toEqual({ title: '工程师', keyPerson: true, endedToday: true });
    expect(await audited('endEmployment', person)).toBe(1);

    const again = await mutate('endEmployment', 'EndEmploymentInput', 'person { id }', { personId: person, organizationId: org });
    expect(again.person).toBeNull();
    expect(codes(again)).toEqual([{ field: 'organizationId', code: 'NOT_PRESENT' }]);

    await mutate('setEmployment', 'SetEmploymentInput', 'person { id }', { personId: person, organizationId: org, title: '总监' });
    const rehired = (await api.graphql(employed, { person, org })).data!;
    expect(rehired.person.employments).toEqual([{ title: '总监', organization: { id: org } }]);
    const [history] = await api.cypher(
      `MATCH (p:Person {id: $person}) RETURN COUNT { (p)-[:WORKS_AT]->() } AS current, COUNT { (p)-[:WORKED_AT]->() } AS past`,
      { person },
    );
    expect({ current: Number(history.current), past: Number(history.past) }).toEqual({ current: 1, past: 1 });
  });

  it('answers unknown ids as NOT_FOUND naming the field', async () => {
    const unknown = await mutate('endEmployment', 'EndEmploymentInput', 'person { id }', { personId: api.id('wang'), organizationId: api.id('noorg') });
    expect(unknown.userErrors).toEqual([{ field: 'organizationId', code: 'NOT_FOUND', message: `No organization with id "${api.id('noorg')}".` }]);
  });
});

describe('unassignManager', () => {
  it('ends a management, leaving the client managed by nobody; a manager who is not theirs is NOT_PRESENT', async () => {
    const [client, rm] = [api.id('son'), api.id('rm')];
    const removed = await mutate('unassignManager', 'UnassignManagerInput', 'manager { id }', { clientId: client, staffId: rm });
    expect(removed).toEqual({ manager: { id: rm }, userErrors: [] });
    const read = await api.graphql(`query ($id: ID!, $rm: ID!) { person(id: $id) { manager { id } } staff(id: $rm) { clientCount } }`, { id: client, rm });
    expect(read.data).toEqual({ person: { manager: null }, staff: { clientCount: 3 } });
    expect(await audited('unassignManager', client)).toBe(1);

    const again = await mutate('unassignManager', 'UnassignManagerInput', 'manager { id }', { clientId: client, staffId: rm });
    expect(codes(again)).toEqual([{ field: 'staffId', code: 'NOT_PRESENT' }]);
  });

  it('ends an organization’s management too, and answers unknown ids as NOT_FOUND naming the field', async () => {
    const [org, rm] = [api.id('org'), api.id('rm')];
    await mutate('assignManager', 'AssignManagerInput', 'manager { id }', { clientKind: 'ORGANIZATION', clientId: org, staffId: rm });
    const removed = await mutate('unassignManager', 'UnassignManagerInput', 'manager { id }', { clientKind: 'ORGANIZATION', clientId: org, staffId: rm });
    expect(removed.userErrors).toEqual([]);
    const read = await api.graphql(`query ($id: ID!) { organization(id: $id) { manager { id } } }`, { id: org });
    expect(read.data!.organization.manager).toBeNull();

    const unknown = await mutate('unassignManager', 'UnassignManagerInput', 'manager { id }', { clientId: api.id('nobody'), staffId: api.id('nostaff') });
    expect(codes(unknown)).toEqual([
      { field: 'clientId', code: 'NOT_FOUND' },
      { field: 'staffId', code: 'NOT_FOUND' },
    ]);
  });
});

describe('closeHolding', () => {
  const hold = (productId: string, balance: string) =>
    mutate('recordHolding', 'RecordHoldingInput', 'holding { status }', { holderId: api.id('wang'), productId: api.id(productId), balance });

  it('keeps the holding as CLOSED with its balance and recomputes AUM from the open asset holdings', async () => {
    await hold('fund', '1200.50');
    await hold('td', '300.00');
    await hold('card', '5000.00');
    const aum = async () => (await api.graphql(`query ($id: ID!) { person(id: $id) { aum } }`, { id: api.id('wang') })).data!.person.aum;
    expect(await aum()).toBe('1500.50');

    const closed = await mutate('closeHolding', 'CloseHoldingInput', 'holding { balance status product { id } }', {
      holderId: api.id('wang'),
      productId: api.id('fund'),
    });
    expect(closed).toEqual({ holding: { balance: '1200.50', status: 'CLOSED', product: { id: api.id('fund') } }, userErrors: [] });
    expect(await aum()).toBe('300.00');
    const [row] = await api.cypher(`MATCH (:Person {id: $id})-[x:HOLDS]->() RETURN count(x) AS n`, { id: api.id('wang') });
    expect(Number(row.n)).toBe(3);
    expect(await audited('closeHolding', api.id('wang'))).toBe(1);

    const again = await mutate('closeHolding', 'CloseHoldingInput', 'holding { status }', { holderId: api.id('wang'), productId: api.id('fund') });
    expect(again.holding).toBeNull();
    expect(codes(again)).toEqual([{ field: 'productId', code: 'NOT_PRESENT' }]);
    expect(await aum()).toBe('300.00');
  });

  it('answers a product never held as NOT_PRESENT, and unknown ids as NOT_FOUND naming the field', async () => {
    const never = await mutate('closeHolding', 'CloseHoldingInput', 'holding { status }', { holderId: api.id('li'), productId: api.id('td') });
    expect(codes(never)).toEqual([{ field: 'productId', code: 'NOT_PRESENT' }]);
    const unknown = await mutate('closeHolding', 'CloseHoldingInput', 'holding { status }', {
      holderKind: 'ORGANIZATION',
      holderId: api.id('noorg'),
      productId: api.id('fund'),
    });
    expect(unknown.userErrors).toEqual([{ field: 'holderId', code: 'NOT_FOUND', message: `No organization with id "${api.id('noorg')}".` }]);
  });
});
