// Referrals each person made ($role = 'REFERRER') or received ($role = 'REFEREE'), newest first.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
MATCH (referrer)-[:REFERRED]->(r:Referral)-[:REFERS]->(referee:Person)
WHERE ($role = 'REFERRER' AND referrer = p) OR ($role = 'REFEREE' AND referee = p)
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
RETURN personId, r,
       CASE WHEN referrer:Person THEN 'PERSON' WHEN referrer:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS referrerKind,
       referrer.id AS referrerId,
       referee.id AS refereeId,
       assignee.id AS assignedStaffId
ORDER BY r.createdAt DESC, r.id DESC
