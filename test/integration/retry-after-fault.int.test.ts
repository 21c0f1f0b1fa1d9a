import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * A write whose answer is lost (SERVICE_UNAVAILABLE after the commit, a cut
 * connection) is retried by the client with the same input. The first
 * attempt is made to commit here, then the same mutation is sent again, one
 * after another and many at once, as a client that never saw the answer
 * would: one record, the same answer, nothing else changed. The suite in
 * faults.int.test.ts does the same after a real outage.
 */
const RETRIES = 50;

const create = `mutation ($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral { id status attributed rewardStatus createdAt referrer { ... on Person { id } } referee { id status } assignedStaff { id } }
    userErrors { field code message }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `UNWIND $persons AS person
     CREATE (:Person {id: person.id, name: '客户', status: person.status, aumCents: 0, introductionsOptOut: false,
                      createdAt: datetime(), updatedAt: datetime()})
     WITH count(*) AS persons
     CREATE (:Staff {id: $staff, name: '孙经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})`,
    {
      persons: [
        { id: api.id('from'), status: 'ACTIVE' },
        ...['to1', 'to2', 'to3'].map((id) => ({ id: api.id(id), status: 'PROSPECT' })),
      ],
      staff: api.id('rm'),
    },
  );
});
afterAll(() => api.close());

/** Everything of this suite in the graph, as comparable text. */
async function fingerprint(): Promise<string[]> {
  const rows = await api.cypher(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[rel]->(m)
     RETURN n.id AS id, properties(n) AS node, type(rel) AS type, m.id AS to, properties(rel) AS rel`,
    { prefix: api.prefix },
  );
  return rows.map((row) => JSON.stringify(row)).sort();
}

const referralCount = async (id: string): Promise<number> => {
  const [row] = await api.cypher('MATCH (r:Referral {id: $id}) RETURN count(r) AS n', { id });
  return Number(row.n);
};

const inputFor = (id: string, referee: string) => ({
  id: api.id(id),
  referrerId: api.id('from'),
  refereeId: api.id(referee),
  channel: 'CLIENT_INTRODUCTION',
  assignedStaffId: api.id('rm'),
  note: '同事介绍',
});

describe('retrying a create whose answer was lost', () => {
  it('answers the referral made first and changes nothing more', async () => {
    const input = inputFor('r1', 'to1');
    const first = await api.graphql(create, { input });
    expect(first.data!.createReferral.userErrors).toEqual([]);
    const after = await fingerprint();

    const retry = await api.graphql(create, { input });
    expect(retry).toEqual(first);
    expect(await referralCount(input.id)).toBe(1);
    expect(await fingerprint()).toEqual(after);
  });

  it(`answers every one of ${RETRIES} copies sent at once the same, with one referral made`, async () => {
    const input = inputFor('r2', 'to2');
    const answers = await Promise.all(Array.from({ length: RETRIES }, () => api.graphql(create, { input })));
    expect(answers[0].data!.createReferral.userErrors).toEqual([]);
    expect(answers.filter((answer) => JSON.stringify(answer) !== JSON.stringify(answers[0]))).toEqual([]);
    expect(await referralCount(input.id)).toBe(1);
    const [edges] = await api.cypher(
      `MATCH (r:Referral {id: $id})
       RETURN COUNT { ()-[:REFERRED]->(r) } AS referred, COUNT { (r)-[:REFERS]->() } AS refers, COUNT { (r)-[:ASSIGNED_TO]->() } AS assigned`,
      { id: input.id },
    );
    expect([edges.referred, edges.refers, edges.assigned].map(Number)).toEqual([1, 1, 1]);
  });

  it('refuses the same id for other ends, changing nothing', async () => {
    const before = await fingerprint();
    const other = await api.graphql(create, { input: { ...inputFor('r1', 'to3') } });
    expect(other.data!.createReferral).toEqual({
      referral: null,
      userErrors: [{ field: 'id', code: 'ID_CONFLICT', message: `Referral id "${api.id('r1')}" is already used for another referral.` }],
    });
    expect(await fingerprint()).toEqual(before);
  });
});

describe('retrying a step whose answer was lost', () => {
  it('refuses the repeat as already made and changes nothing', async () => {
    const id = api.id('r1');
    const step = 'mutation ($id: ID!) { advanceReferral(input: { id: $id, to: CONTACTED }) { referral { status } userErrors { field code message } } }';
    expect((await api.graphql(step, { id })).data!.advanceReferral).toEqual({ referral: { status: 'CONTACTED' }, userErrors: [] });
    const after = await fingerprint();
    expect((await api.graphql(step, { id })).data!.advanceReferral).toEqual({
      referral: null,
      userErrors: [
        { field: 'to', code: 'INVALID_TRANSITION', message: 'A CONTACTED referral can move to QUALIFIED, DECLINED or EXPIRED, not to CONTACTED.' },
      ],
    });
    expect(await fingerprint()).toEqual(after);
  });
});

describe('the cost of the locks', () => {
  it('a create and a conversion each send three statements, and the audit line', async () => {
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const before = api.db.roundTrips;
      const answer = await api.graphql(query, variables);
      expect(answer.errors).toBeUndefined();
      return api.db.roundTrips - before;
    };
    const createOnly = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code } } }';
    const step = 'mutation ($id: ID!, $to: ReferralStatus!) { advanceReferral(input: { id: $id, to: $to }) { referral { id } userErrors { code } } }';
    const id = api.id('r3');
    // lock the referee, read the facts, create and read back; then the audit line
    expect(await statements(createOnly, { input: inputFor('r3', 'to3') })).toBe(4);
    expect(await statements(step, { id, to: 'CONTACTED' })).toBe(4);
    expect(await statements(step, { id, to: 'QUALIFIED' })).toBe(4);
    // lock the attribution, the referee and the referral, read the facts, convert and read back; the audit line
    expect(await statements(step, { id, to: 'CONVERTED' })).toBe(4);
  });
});
