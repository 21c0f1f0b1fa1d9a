// Shared by every persons(...) anchor. The anchor has already narrowed by manager, branch,
// name, tier or status; a manager or branch check it applied itself comes in as null.
WHERE ($status IS NULL OR p.status = $status)
  AND ($tier IS NULL OR p.tier = $tier)
  AND ($search IS NULL OR p.name CONTAINS $search)
  AND ($createdBy IS NULL OR p.createdBy = $createdBy)
  AND ($riskProfiles IS NULL OR p.riskProfile IN $riskProfiles)
  AND ($aumMinCents IS NULL OR p.aumCents >= $aumMinCents)
  AND ($aumMaxCents IS NULL OR p.aumCents <= $aumMaxCents)
  AND ($lastContactFrom IS NULL OR p.lastContactAt >= datetime($lastContactFrom))
  AND ($lastContactBefore IS NULL OR p.lastContactAt < datetime($lastContactBefore))
  AND ($holdsProductId IS NULL OR EXISTS { (p)-[:HOLDS {status: 'ACTIVE'}]->(:Product {id: $holdsProductId}) })
  AND ($checkManagerId IS NULL OR EXISTS { (p)-[:MANAGED_BY]->(:Staff {id: $checkManagerId}) })
  AND ($checkBranchId IS NULL OR EXISTS { (p)-[:MANAGED_BY]->(:Staff)-[:BASED_AT]->(:Branch {id: $checkBranchId}) })
