// Shared by every referrals(...) anchor.
WHERE ($status IS NULL OR r.status = $status)
  AND ($createdBy IS NULL OR r.createdBy = $createdBy)
  AND ($assignedStaffId IS NULL OR EXISTS { (r)-[:ASSIGNED_TO]->(:Staff {id: $assignedStaffId}) })
  AND ($refereeId IS NULL OR EXISTS { (r)-[:REFERS]->(:Person {id: $refereeId}) })
  AND ($referrerId IS NULL OR EXISTS { MATCH (x)-[:REFERRED]->(r) WHERE x.id = $referrerId })
