// Shared by every staffMembers(...) anchor; a branch the anchor started from comes in as a null check.
// Staff without the flag are active (cypher/MODEL.md).
WHERE ($search IS NULL OR n.name CONTAINS $search)
  AND ($role IS NULL OR n.role = $role)
  AND ($active IS NULL OR coalesce(n.active, true) = $active)
  AND ($checkBranchId IS NULL OR EXISTS { (n)-[:BASED_AT]->(:Branch {id: $checkBranchId}) })
