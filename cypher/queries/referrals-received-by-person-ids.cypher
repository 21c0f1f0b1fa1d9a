// Referrals of each person, newest first.
UNWIND $ids AS personId
MATCH (referrer)-[:REFERRED]->(r:Referral)-[:REFERS]->(referee:Person {id: personId})
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
RETURN personId, r, CASE WHEN referrer:Person THEN referrer END AS counterpart,
       CASE WHEN referrer:Person THEN 'PERSON' WHEN referrer:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS referrerKind,
       referrer.id AS referrerId, referee.id AS refereeId, assignee.id AS assignedStaffId
ORDER BY r.createdAt DESC, r.id DESC
