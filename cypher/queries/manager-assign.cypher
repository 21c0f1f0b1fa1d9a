// "One client, one manager": assigning a manager replaces the previous one.
// The client is locked (a write to it takes Neo4j's exclusive lock, held to
// commit) before its current managers are read, so concurrent assignments
// to one client run one after another and the last leaves the only edge.
// A branch head may move only a client nobody manages or one managed in
// their branch ($withinBranchId): that is checked again here, after the
// lock, so a client moved away meanwhile is not pulled back (allowed: false).
CALL {
  MATCH (c:Person {id: $clientId}) WHERE $clientKind = 'PERSON' RETURN c
  UNION
  MATCH (c:Organization {id: $clientId}) WHERE $clientKind = 'ORGANIZATION' RETURN c
}
MATCH (s:Staff {id: $staffId})
SET c._lock = true
REMOVE c._lock
WITH c, s
OPTIONAL MATCH (c)-[:MANAGED_BY]->(current:Staff)
OPTIONAL MATCH (current)-[:BASED_AT]->(currentBranch:Branch)
WITH c, s, collect(CASE WHEN current IS NOT NULL THEN coalesce(currentBranch.id, '') END) AS currentBranches
WITH c, s, $withinBranchId IS NULL OR all(branchId IN currentBranches WHERE branchId = $withinBranchId) AS allowed
CALL {
  WITH c, s, allowed
  WITH c, s WHERE allowed
  OPTIONAL MATCH (c)-[old:MANAGED_BY]->(other:Staff)
  WHERE other <> s
  WITH c, s, collect(old) AS previous
  FOREACH (assignment IN previous | DELETE assignment)
  MERGE (c)-[m:MANAGED_BY]->(s)
    ON CREATE SET m.since = datetime()
}
WITH c, s, allowed
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN c, s, b.id AS branchId, allowed
