import { findPeopleTies, readPeopleTies } from '../../src/db/people-ties';
import { SMALL_ORGANIZATION_EMPLOYEES } from '../../src/domain/tie-strength';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Colleague ties as people-ties-by-person-ids reads them (the rule of
 * tie-strength.ts; the query works it out per organization, not per person):
 * at the large firm L (51 employees) the key person k is tied to everyone
 * and the others only to k; at the small firm S everyone is tied.
 * Expanding k, n1, n2 and s1 gives k's 50 colleagues (key ties), n1–k and
 * n2–k (key ties), and s1–s2, s1–s3; the last round keeps only ties reaching
 * the given persons.
 */
let api: TestApi;
const others = Array.from({ length: SMALL_ORGANIZATION_EMPLOYEES - 2 }, (_, i) => `l${i}`);

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (L:Organization {id: $prefix + 'L', name: 'Large'}), (S:Organization {id: $prefix + 'S', name: 'Small'})
     WITH L, S
     UNWIND $large AS employee
     CREATE (:Person {id: $prefix + employee.id, name: employee.id, status: 'PROSPECT', introductionsOptOut: false})
            -[:WORKS_AT {keyPerson: employee.key}]->(L)
     WITH DISTINCT S
     UNWIND ['s1', 's2', 's3'] AS id
     CREATE (:Person {id: $prefix + id, name: id, status: 'PROSPECT', introductionsOptOut: false})-[:WORKS_AT]->(S)`,
    { prefix: api.id(''), large: [{ id: 'k', key: true }, ...['n1', 'n2', ...others].map((id) => ({ id, key: false }))] },
  );
});

afterAll(() => api.close());

async function colleagueTies(ids: string[], filter: Set<string> | null): Promise<string[]> {
  const rows = await findPeopleTies(api.db, ids.map(api.id), filter && new Set([...filter].map(api.id)), false);
  const local = (id: string) => id.slice(api.id('').length);
  return rows.map((row) => `${local(row.fromId)}-${local(row.to.id)} ${row.tie.tie.tie} ${row.tie.strength} ${row.tie.organizationName}`).sort();
}

test('colleague ties of a large firm through its key person, and of a small firm', async () => {
  const key = (from: string, to: string) => `${from}-${to} COLLEAGUE 0.5 Large`;
  expect({
    all: await colleagueTies(['k', 'n1', 'n2', 's1'], null),
    reaching: await colleagueTies(['k', 'n1', 's1'], new Set(['n1', 'k', 's3'])),
  }).toEqual({
    all: [
      ...['n1', 'n2', ...others].map((id) => key('k', id)),
      key('n1', 'k'),
      key('n2', 'k'),
      's1-s2 COLLEAGUE 0.35 Small',
      's1-s3 COLLEAGUE 0.35 Small',
    ].sort(),
    reaching: [key('k', 'n1'), key('n1', 'k'), 's1-s3 COLLEAGUE 0.35 Small'].sort(),
  });
});

test("with each colleague, how many colleagues they have there, for the search's expected rows", async () => {
  // n1 (a clerk of L) meets k, who has 50 colleagues; s1 meets s2 and s3, who have 2 each.
  const { colleagueCounts } = await readPeopleTies(api.db, ['n1', 's1'].map(api.id), null, false);
  const local = (id: string) => id.slice(api.id('').length);
  expect(colleagueCounts.map((count) => `${local(count.personId)}@${local(count.organizationId)} ${count.colleagues}`).sort()).toEqual([
    'k@L 50',
    's2@S 2',
    's3@S 2',
  ]);
});
