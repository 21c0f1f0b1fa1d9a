import type { TestApi } from './test-api';

/**
 * A small referral forest for worked-answer tests, every id prefixed:
 *
 *   lobby (Staff) ──rA──▶ a ──rB──▶ b ──rC──▶ c
 *                          ├──rD──▶ d
 *                          └──rE┄┄▶ e   (NEW: made, not converted, so no INTRODUCED)
 *   f ──rG──▶ g
 *     └─rH──▶ h
 *
 * AUM: a 5,000.00, b 100.00, c 50.25, d 200.50, e 0, f 10.00, g 1,000.00, h 2,000.00.
 * a–h (and `fillers` more persons with no referrals, ids after h) are
 * clients of `rm`; `rm` and `lobby` are based at branch `br`.
 */
export async function createReferralForest(api: TestApi, fillers = 0): Promise<void> {
  const people = [
    ['a', '王伟', 'ACTIVE', 500000],
    ['b', '李娜', 'ACTIVE', 10000],
    ['c', '张敏', 'ACTIVE', 5025],
    ['d', '刘洋', 'ACTIVE', 20050],
    ['e', '陈静', 'PROSPECT', 0],
    ['f', '杨军', 'ACTIVE', 1000],
    ['g', '赵磊', 'ACTIVE', 100000],
    ['h', '黄丽', 'ACTIVE', 200000],
    ...Array.from({ length: fillers }, (_, i) => [`z${String(i).padStart(3, '0')}`, `客户${i}`, 'ACTIVE', 0]),
  ].map(([id, name, status, aumCents]) => ({ id: api.id(id as string), name, status, aumCents }));
  await api.cypher(
    `CREATE (br:Branch {id: $prefix + 'br', name: '徐汇支行'})
     CREATE (rm:Staff {id: $prefix + 'rm', name: '周经理', role: 'RELATIONSHIP_MANAGER'})-[:BASED_AT]->(br)
     CREATE (:Staff {id: $prefix + 'lobby', name: '吴大堂', role: 'LOBBY_MANAGER'})-[:BASED_AT]->(br)
     WITH rm
     UNWIND $people AS row
     CREATE (:Person {id: row.id, name: row.name, status: row.status, aumCents: row.aumCents, introductionsOptOut: false,
                      createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY]->(rm)`,
    { prefix: api.prefix, people },
  );
  const referrals = [
    ['rA', 'lobby', 'a', 'CONVERTED'],
    ['rB', 'a', 'b', 'CONVERTED'],
    ['rC', 'b', 'c', 'CONVERTED'],
    ['rD', 'a', 'd', 'CONVERTED'],
    ['rE', 'a', 'e', 'NEW'],
    ['rG', 'f', 'g', 'CONVERTED'],
    ['rH', 'f', 'h', 'CONVERTED'],
  ].map(([id, from, to, status]) => ({ id: api.id(id), from: api.id(from), to: api.id(to), status }));
  await api.cypher(
    `UNWIND $referrals AS row
     CALL {
       WITH row MATCH (s:Staff {id: row.from}) RETURN s AS referrer
       UNION
       WITH row MATCH (p:Person {id: row.from}) RETURN p AS referrer
     }
     MATCH (referee:Person {id: row.to})
     CREATE (referrer)-[:REFERRED]->(r:Referral {id: row.id, status: row.status, channel: 'CLIENT_INTRODUCTION',
             attributed: row.status = 'CONVERTED', rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})
             -[:REFERS]->(referee)
     FOREACH (_ IN CASE WHEN row.status = 'CONVERTED' THEN [1] ELSE [] END |
       CREATE (referrer)-[:INTRODUCED {referralId: row.id, at: datetime()}]->(referee))`,
    { referrals },
  );
}
