// Referrals each person made, newest first.
UNWIND $ids AS personId
MATCH (referrer:Person {id: personId})-[:REFERRED]->(r:Referral)-[:REFERS]->(referee:Person)
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
RETURN personId, r, referee AS counterpart,
       'PERSON' AS referrerKind, referrer.id AS referrerId, referee.id AS refereeId, assignee.id AS assignedStaffId
ORDER BY r.createdAt DESC, r.id DESC
