// Demo import: (:Referral)-[:REFERS]->(referee:Person) and, when assigned, (:Referral)-[:ASSIGNED_TO]->(:Staff).
UNWIND $rows AS row
MATCH (r:Referral {id: row.id})
MATCH (referee:Person {id: row.refereeId})
MERGE (r)-[:REFERS]->(referee)
WITH r, row
WHERE row.assignedStaffId IS NOT NULL
MATCH (s:Staff {id: row.assignedStaffId})
MERGE (r)-[:ASSIGNED_TO]->(s)
