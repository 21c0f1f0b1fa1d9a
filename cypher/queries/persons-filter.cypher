// Shared by every persons(...) anchor; the anchor has already narrowed by manager, branch or name.
WHERE ($status IS NULL OR p.status = $status)
  AND ($tier IS NULL OR p.tier = $tier)
  AND ($search IS NULL OR p.name CONTAINS $search)
  AND ($managerId IS NULL OR EXISTS { (p)-[:MANAGED_BY]->(:Staff {id: $managerId}) })
  AND ($branchId IS NULL OR EXISTS { (p)-[:MANAGED_BY]->(:Staff)-[:BASED_AT]->(:Branch {id: $branchId}) })
