// Shared tail: a referral with the ids of its ends. Expects `r` bound.
MATCH (referrer)-[:REFERRED]->(r)-[:REFERS]->(referee:Person)
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
RETURN r,
       CASE WHEN referrer:Person THEN 'PERSON' WHEN referrer:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS referrerKind,
       referrer.id AS referrerId,
       referee.id AS refereeId,
       assignee.id AS assignedStaffId
