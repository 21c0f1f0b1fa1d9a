import { ClientKind, StaffRole } from '../../src/domain/model';
import { GraphQLResponse, startTestApi, TestApi } from '../helpers/test-api';

/**
 * The referral and manager rules under concurrency: conflicting requests go
 * through the HTTP API all at once, then direct Cypher checks the rule held
 * and each loser was answered with a userError (or, for a conversion that
 * may not be attributed, a conversion without attribution), never an error.
 */
const RACERS = 50;
const PAIRS = 30;
const RINGS = 10;

const createReferral = `mutation ($input: CreateReferralInput!) {
  createReferral(input: $input) { referral { id } userErrors { field code message } } }`;
const convert = `mutation ($id: ID!) {
  advanceReferral(input: { id: $id, to: CONVERTED }) {
    referral { id status attributed rewardStatus referee { status } } userErrors { field code message } } }`;
const assignManager = `mutation ($input: AssignManagerInput!) {
  assignManager(input: $input) { manager { id } userErrors { field code message } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Sends every request before awaiting any, so they reach the server together. */
function allAtOnce<T>(count: number, send: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => send(i)));
}

/** The payload of a mutation, after checking the request did not fail as a whole. */
function payload(response: GraphQLResponse, field: string): any {
  expect(response.errors).toBeUndefined();
  return response.data![field];
}

async function createPersons(ids: string[], status = 'PROSPECT'): Promise<void> {
  await api.cypher(
    `UNWIND $ids AS id
     CREATE (:Person {id: id, name: '客户', status: $status, aumCents: 0, introductionsOptOut: false,
                      createdAt: datetime(), updatedAt: datetime()})`,
    { ids, status },
  );
}

/** QUALIFIED referrals (one step before conversion) between existing persons. */
async function createQualified(referrals: { id: string; from: string; to: string }[]): Promise<void> {
  await api.cypher(
    `UNWIND $referrals AS row
     MATCH (referrer:Person {id: row.from}), (referee:Person {id: row.to})
     CREATE (referrer)-[:REFERRED]->(:Referral {id: row.id, status: 'QUALIFIED', channel: 'CLIENT_INTRODUCTION',
             attributed: false, rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})
             -[:REFERS]->(referee)`,
    { referrals },
  );
}

/**
 * Runs `race` while a transaction of the test holds the nodes with `ids`
 * (a write takes Neo4j's exclusive lock), and lets go once `waiting`
 * transactions running a statement that mentions `statementPart` are blocked.
 */
async function whileLocked<T>(ids: string[], waiting: number, statementPart: string, race: () => Promise<T>): Promise<T> {
  const session = api.driver.session({ database: 'neo4j' });
  const holder = await session.beginTransaction();
  try {
    await holder.run('MATCH (n) WHERE n.id IN $ids SET n._held = true', { ids });
    const raced = race();
    for (;;) {
      const [row] = await api.cypher(
        `SHOW TRANSACTIONS YIELD status, currentQuery
         WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS $statementPart RETURN count(*) AS n`,
        { statementPart },
      );
      if (Number(row.n) >= waiting) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.rollback();
    return await raced;
  } finally {
    await session.close();
  }
}

const count = async (query: string, params: Record<string, unknown>): Promise<number> => {
  const [row] = await api.cypher(query, params);
  return Number(row.n);
};

describe('createReferral raced between the same two', () => {
  it(`leaves one open referral when ${RACERS} different ids arrive at once; every other one is refused as a duplicate`, async () => {
    const [referrer, referee] = [api.id('dup-from'), api.id('dup-to')];
    await createPersons([referrer], 'ACTIVE');
    await createPersons([referee]);
    const answers = await allAtOnce(RACERS, (i) =>
      api.graphql(createReferral, { input: { id: api.id(`dup-${i}`), referrerId: referrer, refereeId: referee, channel: 'CLIENT_INTRODUCTION' } }),
    );
    const open = await count(
      `MATCH (:Person {id: $referrer})-[:REFERRED]->(r:Referral)-[:REFERS]->(:Person {id: $referee})
       WHERE r.status IN ['NEW', 'CONTACTED', 'QUALIFIED'] RETURN count(r) AS n`,
      { referrer, referee },
    );
    console.log(`open referrals between one pair after ${RACERS} concurrent creates: ${open}`);
    expect(open).toBe(1);
    const payloads = answers.map((answer) => payload(answer, 'createReferral'));
    const winners = payloads.filter((p) => p.referral !== null);
    expect(winners).toEqual([{ referral: { id: expect.stringContaining(api.id('dup-')) }, userErrors: [] }]);
    const losers = payloads.filter((p) => p.referral === null);
    expect(losers).toHaveLength(RACERS - 1);
    for (const loser of losers) {
      expect(loser.userErrors).toEqual([
        {
          field: 'refereeId',
          code: 'DUPLICATE_OPEN_REFERRAL',
          message: `Referral "${winners[0].referral.id}" from the same referrer to this person is still open; advance it instead.`,
        },
      ]);
    }
  });
});

describe('createReferral raced with one id', () => {
  it(`stores one referral when ${RACERS} creates with one id but different referees arrive at once; the others are an id conflict`, async () => {
    const referrer = api.id('same-id-from');
    const referees = Array.from({ length: RACERS }, (_, i) => api.id(`same-id-to${i}`));
    await createPersons([referrer], 'ACTIVE');
    await createPersons(referees);
    const id = api.id('same-id');
    const answers = await allAtOnce(RACERS, (i) =>
      api.graphql(createReferral, { input: { id, referrerId: referrer, refereeId: referees[i], channel: 'CLIENT_INTRODUCTION' } }),
    );
    expect(await count('MATCH (r:Referral {id: $id}) RETURN count(r) AS n', { id })).toBe(1);
    const payloads = answers.map((answer) => payload(answer, 'createReferral'));
    expect(payloads.filter((p) => p.referral !== null)).toEqual([{ referral: { id }, userErrors: [] }]);
    expect(payloads.filter((p) => p.referral === null).map((p) => p.userErrors)).toEqual(
      referees.slice(1).map(() => [{ field: 'id', code: 'ID_CONFLICT', message: `Referral id "${id}" is already used for another referral.` }]),
    );
  });
});

describe('one step of one referral raced', () => {
  it(`makes a step once when ${RACERS} requests for it arrive at once; the others are refused as no longer allowed`, async () => {
    const [from, to, id] = [api.id('step-from'), api.id('step-to'), api.id('step-r')];
    await createPersons([from], 'ACTIVE');
    await createPersons([to]);
    await createQualified([{ id, from, to }]);
    await api.cypher("MATCH (r:Referral {id: $id}) SET r.status = 'NEW'", { id });
    const answers = await allAtOnce(RACERS, () =>
      api.graphql('mutation ($id: ID!) { advanceReferral(input: { id: $id, to: CONTACTED }) { referral { status } userErrors { field code message } } }', { id }),
    );
    const payloads = answers.map((answer) => payload(answer, 'advanceReferral'));
    expect(payloads.filter((p) => p.referral !== null)).toEqual([{ referral: { status: 'CONTACTED' }, userErrors: [] }]);
    expect(payloads.filter((p) => p.referral === null).map((p) => p.userErrors)).toEqual(
      payloads.slice(1).map(() => [
        { field: 'to', code: 'INVALID_TRANSITION', message: 'A CONTACTED referral can move to QUALIFIED, DECLINED or EXPIRED, not to CONTACTED.' },
      ]),
    );
  });

  it(`pays a reward once when ${RACERS} payments arrive at once`, async () => {
    const [from, to, id] = [api.id('pay-from'), api.id('pay-to'), api.id('pay-r')];
    await createPersons([from], 'ACTIVE');
    await createPersons([to]);
    await createQualified([{ id, from, to }]);
    expect(payload(await api.graphql(convert, { id }), 'advanceReferral').referral.rewardStatus).toBe('PENDING');
    const answers = await allAtOnce(RACERS, () =>
      api.graphql('mutation ($id: ID!) { settleReferralReward(input: { id: $id }) { referral { rewardStatus } userErrors { field code } } }', { id }),
    );
    const payloads = answers.map((answer) => payload(answer, 'settleReferralReward'));
    const paid = payloads.filter((p) => p.referral !== null).length;
    console.log(`rewards paid by ${RACERS} concurrent payments of one referral: ${paid}`);
    expect(payloads.filter((p) => p.referral !== null)).toEqual([{ referral: { rewardStatus: 'PAID' }, userErrors: [] }]);
    expect(payloads.filter((p) => p.referral === null).map((p) => p.userErrors)).toEqual(
      payloads.slice(1).map(() => [{ field: 'id', code: 'INVALID_TRANSITION' }]),
    );
  });
});

describe('conversions raced for one referee', () => {
  /** Each referee's referrals converted all at once; returns how many referees ended with more than one attribution. */
  async function raceConversions(tag: string, referees: number, perReferee: number): Promise<number> {
    const refereeIds = Array.from({ length: referees }, (_, i) => api.id(`${tag}-to${i}`));
    const referrals = refereeIds.flatMap((to, i) =>
      Array.from({ length: perReferee }, (_, j) => ({ id: api.id(`${tag}-r${i}-${j}`), from: api.id(`${tag}-from${i}-${j}`), to })),
    );
    await createPersons(referrals.map((r) => r.from), 'ACTIVE');
    await createPersons(refereeIds);
    await createQualified(referrals);

    const answers = await allAtOnce(referrals.length, (i) => api.graphql(convert, { id: referrals[i].id }));
    const rows = await api.cypher(
      `UNWIND $ids AS id
       MATCH (p:Person {id: id})
       RETURN id, COUNT { (p)<-[:INTRODUCED]-() } AS introduced,
              COUNT { (r:Referral {attributed: true})-[:REFERS]->(p) } AS attributed,
              COUNT { (r:Referral {rewardStatus: 'PENDING'})-[:REFERS]->(p) } AS pending,
              COUNT { (r:Referral {status: 'CONVERTED'})-[:REFERS]->(p) } AS converted`,
      { ids: refereeIds },
    );
    const doubled = rows.filter((row) => Number(row.introduced) > 1 || Number(row.attributed) > 1).length;
    console.log(`${tag}: referees attributed more than once: ${doubled} of ${referees} (${perReferee} conversions each at once)`);
    expect(rows.map((row) => [row.id, ...[row.introduced, row.attributed, row.pending, row.converted].map(Number)])).toEqual(
      refereeIds.map((id) => [id, 1, 1, 1, perReferee]),
    );

    const payloads = answers.map((answer) => payload(answer, 'advanceReferral'));
    expect(payloads.every((p) => p.userErrors.length === 0 && p.referral.status === 'CONVERTED' && p.referral.referee.status === 'ACTIVE')).toBe(true);
    // The one attributed conversion of each referee earns the reward; the others convert without either.
    expect(payloads.filter((p) => p.referral.attributed).map((p) => p.referral.rewardStatus)).toEqual(refereeIds.map(() => 'PENDING'));
    expect(payloads.filter((p) => !p.referral.attributed).map((p) => p.referral.rewardStatus)).toEqual(
      referrals.slice(referees).map(() => 'NOT_ELIGIBLE'),
    );
    return doubled;
  }

  it(`attributes one of ${RACERS} referrals of one referee converted at once`, async () => {
    expect(await raceConversions('many', 1, RACERS)).toBe(0);
  });

  it(`attributes one of two referrals of a referee, for ${PAIRS} referees at once`, async () => {
    expect(await raceConversions('two', PAIRS, 2)).toBe(0);
  });
});

describe('conversions raced around a ring of referrals', () => {
  /**
   * `rings` rings of `size` persons, each referring the next; the referrals
   * of `before` (positions in each ring) converted first, then every other
   * one of all rings at once.
   */
  async function raceRings(size: number, rings: number, before: number[] = []): Promise<void> {
    const tag = `ring${size}-${before.length}`;
    const members = Array.from({ length: rings }, (_, ring) => Array.from({ length: size }, (_, k) => api.id(`${tag}-${ring}-${k}`)));
    const referrals = members.flatMap((ring, r) => ring.map((from, k) => ({ id: api.id(`${tag}-r${r}-${k}`), from, to: ring[(k + 1) % size] })));
    await createPersons(members.flat());
    await createQualified(referrals);
    const first = referrals.filter((_, i) => before.includes(i % size));
    for (const { id } of first) expect(payload(await api.graphql(convert, { id }), 'advanceReferral').referral.attributed).toBe(true);

    const raced = referrals.filter((referral) => !first.includes(referral));
    const answers = await allAtOnce(raced.length, (i) => api.graphql(convert, { id: raced[i].id }));
    const rows = await api.cypher(
      `UNWIND $rings AS ring
       RETURN size([id IN ring WHERE EXISTS { (:Person {id: id})-[:INTRODUCED*]->(:Person {id: id}) }]) > 0 AS cycle,
              size([id IN ring WHERE EXISTS { (:Person {id: id})<-[:INTRODUCED]-() }]) AS attributed`,
      { rings: members },
    );
    const cycles = rows.filter((row) => row.cycle).length;
    console.log(`rings of ${size}, ${before.length} converted first: attribution cycles in ${cycles} of ${rings} (the rest of each ring converted at once)`);
    expect(cycles).toBe(0);
    // All but one referral of each ring are attributed: only the one that would close it is not.
    expect(rows.map((row) => Number(row.attributed))).toEqual(members.map(() => size - 1));

    const payloads = answers.map((answer) => payload(answer, 'advanceReferral'));
    expect(payloads.every((p) => p.userErrors.length === 0 && p.referral.status === 'CONVERTED')).toBe(true);
    expect(payloads.filter((p) => !p.referral.attributed).map((p) => p.referral.rewardStatus)).toEqual(members.map(() => 'NOT_ELIGIBLE'));

    // Every member still has a chain up to a root.
    const chains = await allAtOnce(size, (k) =>
      api.graphql('query ($id: ID!) { referralChain(personId: $id) { length } }', { id: members[0][k] }),
    );
    expect(chains.map((chain) => chain.data!.referralChain?.length)).toEqual(
      Array.from({ length: size }, () => expect.any(Number)),
    );
  }

  it(`forms no cycle when P→Q and Q→P convert at once, for ${PAIRS} pairs at once`, async () => {
    await raceRings(2, PAIRS);
  });

  it(`forms no cycle when A→B, B→C, C→A convert at once, for ${RINGS} rings at once`, async () => {
    await raceRings(3, RINGS);
  });

  it(`forms no cycle when A→B, B→C, C→D, D→A convert at once, for ${RINGS} rings at once`, async () => {
    await raceRings(4, RINGS);
  });

  it(`forms no cycle when A→B and C→D converted, then B→C and D→A convert at once, for ${PAIRS} rings at once`, async () => {
    // B→C and D→A share no person: locking only the two ends of each would not keep them apart.
    await raceRings(4, PAIRS, [0, 2]);
  });
});

describe('assignManager raced for one client', () => {
  it.each([ClientKind.PERSON, ClientKind.ORGANIZATION])(
    `leaves one manager of a %s client after ${RACERS} assignments at once, each refused none`,
    async (clientKind) => {
      const clientId = api.id(`client-${clientKind}`);
      const staffIds = Array.from({ length: RACERS }, (_, i) => api.id(`rm-${clientKind}-${i}`));
      await api.cypher(
        `CALL { WITH 1 AS one WHERE $clientKind = 'PERSON'
                CREATE (:Person {id: $clientId, name: '客户', status: 'ACTIVE', aumCents: 0, introductionsOptOut: false,
                                 createdAt: datetime(), updatedAt: datetime()})
                UNION
                WITH 1 AS one WHERE $clientKind = 'ORGANIZATION'
                CREATE (:Organization {id: $clientId, name: '公司', isClient: true}) }
         UNWIND $staffIds AS id
         CREATE (:Staff {id: id, name: '经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})`,
        { clientKind, clientId, staffIds },
      );
      // HTTP spreads the arrivals over milliseconds, narrower than one statement's window: a
      // transaction of the test holds the managers until every assignment is under way.
      const answers = await whileLocked(staffIds, RACERS, 'MANAGED_BY', () =>
        allAtOnce(RACERS, (i) => api.graphql(assignManager, { input: { clientKind, clientId, staffId: staffIds[i] } })),
      );
      const managers = await api.cypher('MATCH ({id: $clientId})-[:MANAGED_BY]->(s:Staff) RETURN s.id AS id', { clientId });
      console.log(`${clientKind} client: managers after ${RACERS} concurrent assignments: ${managers.length}`);
      expect(managers).toHaveLength(1);
      expect(staffIds).toContain(managers[0].id);
      // Each assignment replaces the one before it: all succeed, the last to commit stays.
      expect(answers.map((answer) => payload(answer, 'assignManager'))).toEqual(
        staffIds.map((id) => ({ manager: { id }, userErrors: [] })),
      );
    },
  );
});

describe('assignManager raced against a move out of the branch', () => {
  it(`never lets a branch head pull back a client an admin moved to another branch meanwhile, for ${PAIRS} clients at once`, async () => {
    const clientIds = Array.from({ length: PAIRS }, (_, i) => api.id(`moved-${i}`));
    await api.cypher(
      `CREATE (b1:Branch {id: $p + 'mb1', name: '一支行'}), (b2:Branch {id: $p + 'mb2', name: '二支行'})
       CREATE (head:Staff {id: $p + 'mbh1', name: '高行长', role: 'BRANCH_HEAD', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b1)
       CREATE (home:Staff {id: $p + 'mrm1', name: '陈经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b1)
       CREATE (other:Staff {id: $p + 'mrm1b', name: '林经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b1)
       CREATE (away:Staff {id: $p + 'mrm2', name: '何经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(b2)
       WITH home
       UNWIND $clientIds AS id
       CREATE (:Person {id: id, name: '客户', status: 'ACTIVE', aumCents: 0, introductionsOptOut: false,
                        createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(home)`,
      { p: api.prefix, clientIds },
    );
    const head = { staffId: api.id('mbh1'), role: StaffRole.BRANCH_HEAD, branchId: api.id('mb1') };
    const move = (clientId: string, staffId: string, as?: typeof head) =>
      api.graphql(assignManager, { input: { clientKind: ClientKind.PERSON, clientId, staffId } }, as ? { as } : {});
    // Both requests pass their checks while the client is still in branch 1, then wait on its lock.
    const answers = await whileLocked(clientIds, 2 * PAIRS, 'MANAGED_BY', () =>
      allAtOnce(2 * PAIRS, (i) => (i % 2 === 0 ? move(clientIds[i >> 1], api.id('mrm2')) : move(clientIds[i >> 1], api.id('mrm1b'), head))),
    );
    const managers = await api.cypher('UNWIND $ids AS id MATCH (:Person {id: id})-[:MANAGED_BY]->(s:Staff) RETURN s.id AS id', { ids: clientIds });
    const pulledBack = managers.filter((row) => row.id !== api.id('mrm2')).length;
    console.log(`clients pulled back into branch 1 after an admin moved them out: ${pulledBack} of ${PAIRS}`);
    expect(managers).toHaveLength(PAIRS);
    expect(pulledBack).toBe(0);
    const headAnswers = answers.filter((_, i) => i % 2 === 1).map((answer) => payload(answer, 'assignManager'));
    for (const answer of headAnswers) {
      expect([[], ['NOT_IN_YOUR_BRANCH']]).toContainEqual(answer.userErrors.map((error: { code: string }) => error.code));
    }
  });
});

describe('removals raced', () => {
  const endEmployment = `mutation ($input: EndEmploymentInput!) {
    endEmployment(input: $input) { person { id } userErrors { field code } } }`;
  const addMember = `mutation ($input: AddHouseholdMemberInput!) {
    addHouseholdMember(input: $input) { household { id } userErrors { field code } } }`;
  const removeMember = `mutation ($input: RemoveHouseholdMemberInput!) {
    removeHouseholdMember(input: $input) { household { id } userErrors { field code } } }`;

  it(`ends one employment once when ${RACERS} ends of it arrive at once, keeping one past employment`, async () => {
    const [personId, organizationId] = [api.id('leaver'), api.id('employer')];
    await createPersons([personId], 'ACTIVE');
    await api.cypher(
      `MATCH (p:Person {id: $personId})
       CREATE (p)-[:WORKS_AT {title: '工程师', keyPerson: true}]->(:Organization {id: $organizationId, name: '公司', isClient: false})`,
      { personId, organizationId },
    );
    const answers = await whileLocked([personId], RACERS, 'WORKED_AT', () =>
      allAtOnce(RACERS, () => api.graphql(endEmployment, { input: { personId, organizationId } })),
    );
    const payloads = answers.map((answer) => payload(answer, 'endEmployment'));
    const [row] = await api.cypher(
      `MATCH (p:Person {id: $personId})
       RETURN COUNT { (p)-[:WORKS_AT]->() } AS current, [(p)-[w:WORKED_AT]->() | w {.title, .keyPerson}] AS past`,
      { personId },
    );
    console.log(`past employments after ${RACERS} concurrent ends of one: ${row.past.length}`);
    expect({ current: Number(row.current), past: row.past }).toEqual({ current: 0, past: [{ title: '工程师', keyPerson: true }] });
    expect(payloads.filter((p) => p.person !== null)).toEqual([{ person: { id: personId }, userErrors: [] }]);
    expect(payloads.filter((p) => p.person === null).map((p) => p.userErrors)).toEqual(
      Array.from({ length: RACERS - 1 }, () => [{ field: 'organizationId', code: 'NOT_PRESENT' }]),
    );
  });

  it(`leaves each client with the new manager when a reassignment and the old manager's removal arrive at once, for ${PAIRS} clients at once`, async () => {
    const clientIds = Array.from({ length: PAIRS }, (_, i) => api.id(`handover-${i}`));
    const [leaving, arriving] = [api.id('rm-leaving'), api.id('rm-arriving')];
    await createPersons(clientIds, 'ACTIVE');
    await api.cypher(
      `CREATE (old:Staff {id: $leaving, name: '旧经理', role: 'RELATIONSHIP_MANAGER'}), (:Staff {id: $arriving, name: '新经理', role: 'RELATIONSHIP_MANAGER'})
       WITH old
       UNWIND $clientIds AS id
       MATCH (p:Person {id: id})
       CREATE (p)-[:MANAGED_BY]->(old)`,
      { leaving, arriving, clientIds },
    );
    const unassign = `mutation ($input: UnassignManagerInput!) { unassignManager(input: $input) { manager { id } userErrors { field code } } }`;
    const answers = await whileLocked(clientIds, 2 * PAIRS, 'MANAGED_BY', () =>
      allAtOnce(2 * PAIRS, (i) =>
        i % 2 === 0
          ? api.graphql(assignManager, { input: { clientId: clientIds[i >> 1], staffId: arriving } })
          : api.graphql(unassign, { input: { clientId: clientIds[i >> 1], staffId: leaving } }),
      ),
    );
    const rows = await api.cypher(
      'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN id, [(p)-[:MANAGED_BY]->(s) | s.id] AS managers ORDER BY id',
      { ids: clientIds },
    );
    expect(rows.map((row) => row.managers)).toEqual(clientIds.map(() => [arriving]));
    // Removed before the handover, or found already replaced: never an error, never two managers.
    for (const answer of answers.filter((_, i) => i % 2 === 1).map((a) => payload(a, 'unassignManager'))) {
      expect([{ manager: { id: leaving }, userErrors: [] }, { manager: null, userErrors: [{ field: 'staffId', code: 'NOT_PRESENT' }] }]).toContainEqual(answer);
    }
  });

  it(`leaves each person in one household when a move and a removal of them arrive at once, for ${PAIRS} persons at once`, async () => {
    const personIds = Array.from({ length: PAIRS }, (_, i) => api.id(`mover-${i}`));
    const [from, to] = [api.id('hh-from'), api.id('hh-to')];
    await createPersons(personIds, 'ACTIVE');
    await api.cypher(
      `CREATE (from:Household {id: $from, name: '旧家'}), (:Household {id: $to, name: '新家'})
       WITH from
       UNWIND $personIds AS id
       MATCH (p:Person {id: id})
       CREATE (p)-[:MEMBER_OF {role: 'OTHER'}]->(from)`,
      { from, to, personIds },
    );
    const answers = await whileLocked(personIds, 2 * PAIRS, 'MEMBER_OF', () =>
      allAtOnce(2 * PAIRS, (i) =>
        i % 2 === 0
          ? api.graphql(addMember, { input: { householdId: to, personId: personIds[i >> 1], role: 'OTHER' } })
          : api.graphql(removeMember, { input: { householdId: from, personId: personIds[i >> 1] } }),
      ),
    );
    const rows = await api.cypher(
      'UNWIND $ids AS id MATCH (:Person {id: id})-[:MEMBER_OF]->(h:Household) RETURN id, collect(h.id) AS households ORDER BY id',
      { ids: personIds },
    );
    const removed = answers.filter((_, i) => i % 2 === 1).map((answer) => payload(answer, 'removeHouseholdMember'));
    console.log(`removals that found the person still there, of ${PAIRS} raced with a move: ${removed.filter((p) => p.household).length}`);
    expect(rows.map((row) => row.households)).toEqual(personIds.map(() => [to]));
    expect(answers.filter((_, i) => i % 2 === 0).map((answer) => payload(answer, 'addHouseholdMember'))).toEqual(
      personIds.map(() => ({ household: { id: to }, userErrors: [] })),
    );
    // Removed before the move, or found them gone: never an error, never a second household.
    for (const answer of removed) {
      expect([{ household: { id: from }, userErrors: [] }, { household: null, userErrors: [{ field: 'personId', code: 'NOT_PRESENT' }] }]).toContainEqual(answer);
    }
  });
});
