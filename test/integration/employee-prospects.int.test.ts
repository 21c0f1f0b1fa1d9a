import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Organization.employeeProspects on a hand-built graph. 申城科技 has 6
 * employees in the graph (a small firm: everyone is a colleague; 0.5 with a
 * key person, 0.35 between peers). ACTIVE: 王总 (key person), 王芳.
 *   赵敏 PROSPECT, sibling of 王芳:      0.8 (beats colleague 0.35) + 王总 0.5          = 1.3, 2 clients
 *   陈静 PROSPECT, friend of client 钱七 (0.4) and of prospect 吴敏 (0.9, not a client):
 *                                        王总 0.5 + 王芳 0.35 + 钱七 0.4                 = 1.25, 3 clients
 *   孙丽 DORMANT key person:             王总 0.5 + 王芳 0.5 (she is key)                = 1, 2 clients
 *   李雷 CHURNED, friend of 钱七 (0.15):  王总 0.5 + 王芳 0.35 + 钱七 0.15                = 1, 3 clients
 * Equal scores put the key person first: 赵敏, 陈静, 孙丽, 李雷.
 * 北方物流: ACTIVE 周强 and PROSPECT 郑丽, peers: 0.35.
 */
let api: TestApi;

const prospects = `query ($id: ID!, $first: Int) {
  organization(id: $id) {
    employeeProspects(first: $first) { person { id name status } keyPerson score activeClientTies explanation { name value explanation } }
  }
}`;

beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (a:Organization {id: $prefix + 'sc', name: '申城科技', isClient: true})
     CREATE (b:Organization {id: $prefix + 'bf', name: '北方物流', isClient: true})
     WITH a, b
     UNWIND $people AS row
     CREATE (p:Person {id: $prefix + row[0], name: row[1], status: row[2], aumCents: 0, introductionsOptOut: false,
                       createdAt: datetime(), updatedAt: datetime()})
     FOREACH (_ IN CASE WHEN row[3] = 'sc' THEN [1] ELSE [] END | CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: row[4]}]->(a))
     FOREACH (_ IN CASE WHEN row[3] = 'bf' THEN [1] ELSE [] END | CREATE (p)-[:WORKS_AT {title: '职员', keyPerson: row[4]}]->(b))`,
    {
      prefix: api.prefix,
      people: [
        ['a1', '王总', 'ACTIVE', 'sc', true], ['a2', '王芳', 'ACTIVE', 'sc', false],
        ['p1', '赵敏', 'PROSPECT', 'sc', false], ['p2', '陈静', 'PROSPECT', 'sc', false],
        ['e1', '李雷', 'CHURNED', 'sc', false], ['e2', '孙丽', 'DORMANT', 'sc', true],
        ['o1', '钱七', 'ACTIVE', null, false], ['o2', '吴敏', 'PROSPECT', null, false],
        ['b1', '周强', 'ACTIVE', 'bf', false], ['b2', '郑丽', 'PROSPECT', 'bf', false],
      ],
    },
  );
  await api.cypher(
    `MATCH (a2:Person {id: $prefix + 'a2'}), (p1:Person {id: $prefix + 'p1'}), (p2:Person {id: $prefix + 'p2'}),
           (e1:Person {id: $prefix + 'e1'}), (o1:Person {id: $prefix + 'o1'}), (o2:Person {id: $prefix + 'o2'})
     CREATE (a2)-[:FAMILY {kind: 'SIBLING'}]->(p1),
            (o1)-[:KNOWS {kind: 'FRIEND', strength: 0.4}]->(p2), (o2)-[:KNOWS {kind: 'FRIEND', strength: 0.9}]->(p2),
            (e1)-[:KNOWS {kind: 'FRIEND', strength: 0.15}]->(o1)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

describe('Organization.employeeProspects', () => {
  it('ranks non-ACTIVE employees by their ties to ACTIVE clients, key persons first on equal scores', async () => {
    const result = await api.graphql(prospects, { id: api.id('sc') });
    expect(result.errors).toBeUndefined();
    expect(result.data!.organization.employeeProspects).toEqual([
      {
        person: { id: api.id('p1'), name: '赵敏', status: 'PROSPECT' }, keyPerson: false, score: 1.3, activeClientTies: 2,
        explanation: [
          { name: 'tie:SIBLING', value: 0.8, explanation: 'sibling 王芳 is a client' },
          { name: 'tie:COLLEAGUE', value: 0.5, explanation: 'colleague 王总 at 申城科技 is a client' },
        ],
      },
      {
        person: { id: api.id('p2'), name: '陈静', status: 'PROSPECT' }, keyPerson: false, score: 1.25, activeClientTies: 3,
        explanation: [
          { name: 'tie:COLLEAGUE', value: 0.85, explanation: '2 colleagues at 申城科技 are clients' },
          { name: 'tie:FRIEND', value: 0.4, explanation: 'friend 钱七 is a client' },
        ],
      },
      {
        person: { id: api.id('e2'), name: '孙丽', status: 'DORMANT' }, keyPerson: true, score: 1, activeClientTies: 2,
        explanation: [{ name: 'tie:COLLEAGUE', value: 1, explanation: '2 colleagues at 申城科技 are clients' }],
      },
      {
        person: { id: api.id('e1'), name: '李雷', status: 'CHURNED' }, keyPerson: false, score: 1, activeClientTies: 3,
        explanation: [
          { name: 'tie:COLLEAGUE', value: 0.85, explanation: '2 colleagues at 申城科技 are clients' },
          { name: 'tie:FRIEND', value: 0.15, explanation: 'friend 钱七 is a client' },
        ],
      },
    ]);
  });

  it('respects first and refuses it outside 1–50, naming the field', async () => {
    const two = await api.graphql(prospects, { id: api.id('sc'), first: 2 });
    expect(two.data!.organization.employeeProspects.map((p: any) => p.person.name)).toEqual(['赵敏', '陈静']);
    const bad = await api.graphql(prospects, { id: api.id('sc'), first: 51 });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('costs one round trip for every organization in the request, whatever first each asks', async () => {
    const one = `{ a: organization(id: "${api.id('sc')}") { employeeProspects(first: 1) { person { id } } } }`;
    const many = `{
      a: organization(id: "${api.id('sc')}") { top: employeeProspects(first: 1) { person { id } } all: employeeProspects { score } }
      b: organization(id: "${api.id('bf')}") { employeeProspects { person { name } score activeClientTies } }
    }`;
    const roundTrips = async (query: string) => {
      const before = api.db.roundTrips;
      const result = await api.graphql(query);
      expect(result.errors).toBeUndefined();
      return { count: api.db.roundTrips - before, data: result.data! };
    };
    const single = await roundTrips(one);
    const several = await roundTrips(many);
    // organizationById, then the batched prospects query
    expect([single.count, several.count]).toEqual([2, 2]);
    expect(several.data.a.all.map((p: { score: number }) => p.score)).toEqual([1.3, 1.25, 1, 1]);
    expect(several.data.b.employeeProspects).toEqual([{ person: { name: '郑丽' }, score: 0.35, activeClientTies: 1 }]);
  });
});
