// What a referral's rules read, in one round trip: who recorded it, its
// assignee's branch, and who created its referee and manages them (with the
// manager's branch).
UNWIND $ids AS id
MATCH (r:Referral {id: id})-[:REFERS]->(referee:Person)
OPTIONAL MATCH (r)-[:ASSIGNED_TO]->(assignee:Staff)
OPTIONAL MATCH (assignee)-[:BASED_AT]->(assigneeBranch:Branch)
OPTIONAL MATCH (referee)-[:MANAGED_BY]->(s:Staff)
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN id AS referralId, r.createdBy AS createdBy, assignee.id AS assigneeId, assigneeBranch.id AS assigneeBranchId,
       referee.id AS clientId, referee.createdBy AS refereeCreatedBy, s, b
