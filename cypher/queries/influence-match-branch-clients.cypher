// Anchor for ranking one branch: clients of the staff based there. The
// subquery keeps the plan starting from the branch, however few clients it has.
MATCH (:Branch {id: $branchId})<-[:BASED_AT]-(staff:Staff)
CALL {
  WITH staff
  MATCH (staff)<-[:MANAGED_BY]-(client:Person)
  RETURN client AS p
}
WITH p
