// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Referral)-[:REFERS]->(referee:Person)
// and, when assigned, (:Referral)-[:ASSIGNED_TO]->(:Staff).
UNWIND $rows AS row
MATCH (r:Referral {id: row.id})
MATCH (referee:Person {id: row.refereeId})
CREATE (r)-[:REFERS]->(referee)
WITH r, row
WHERE row.assignedStaffId IS NOT NULL
MATCH (s:Staff {id: row.assignedStaffId})
CREATE (r)-[:ASSIGNED_TO]->(s)
