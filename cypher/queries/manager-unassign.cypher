// Ends a member of staff's management of a client (undoes manager-assign),
// leaving the client with no manager. As in manager-assign the client is
// locked before its manager is read, so it runs one after any concurrent
// assignment or removal; the edge must still be there (present: false when
// the client is not, or no longer, managed by them), and a branch head's
// removal ($withinBranchId) is checked again under the lock: a manager moved
// to another branch meanwhile is not removed (allowed: false).
CALL {
  MATCH (c:Person {id: $clientId}) WHERE $clientKind = 'PERSON' RETURN c
  UNION
  MATCH (c:Organization {id: $clientId}) WHERE $clientKind = 'ORGANIZATION' RETURN c
}
MATCH (s:Staff {id: $staffId})
SET c._lock = true
REMOVE c._lock
WITH c, s
OPTIONAL MATCH (c)-[m:MANAGED_BY]->(s)
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
WITH c, s, m, b, m IS NOT NULL AS present, $withinBranchId IS NULL OR b.id = $withinBranchId AS allowed
CALL {
  WITH m, present, allowed
  WITH m WHERE present AND allowed
  DELETE m
}
RETURN s, b.id AS branchId, present, allowed
