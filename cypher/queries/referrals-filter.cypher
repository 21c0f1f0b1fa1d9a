// Shared by every referrals(...) anchor.
WHERE ($status IS NULL OR r.status = $status)
  AND ($createdBy IS NULL OR r.createdBy = $createdBy)
  AND ($channel IS NULL OR r.channel = $channel)
  AND ($createdFrom IS NULL OR r.createdAt >= datetime($createdFrom))
  AND ($createdBefore IS NULL OR r.createdAt < datetime($createdBefore))
  AND ($assignedStaffId IS NULL OR EXISTS { (r)-[:ASSIGNED_TO]->(:Staff {id: $assignedStaffId}) })
  AND ($refereeId IS NULL OR EXISTS { (r)-[:REFERS]->(:Person {id: $refereeId}) })
  AND ($referrerId IS NULL OR EXISTS { MATCH (x)-[:REFERRED]->(r) WHERE x.id = $referrerId })
