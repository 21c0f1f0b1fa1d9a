// Shared tail: a referral with the ids of its ends. With $withEnds, the end nodes
// too, so a reader of single referrals can prime its loaders instead of looking the
// ends up again (lists leave them out: returning a node reads all its properties).
// Expects `r` bound.
MATCH (referrer)-[:REFERRED]->(r)-[:REFERS]->(referee:Person)
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
RETURN r,
       CASE WHEN referrer:Person THEN 'PERSON' WHEN referrer:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS referrerKind,
       referrer.id AS referrerId,
       referee.id AS refereeId,
       assignee.id AS assignedStaffId,
       CASE WHEN $withEnds THEN referrer END AS referrer,
       CASE WHEN $withEnds THEN referee END AS referee
