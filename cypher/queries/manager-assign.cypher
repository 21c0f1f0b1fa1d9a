// "One client, one manager": assigning a manager replaces the previous one.
// The client is locked (a write to it takes Neo4j's exclusive lock, held to
// commit) before its current managers are read, so concurrent assignments
// to one client run one after another and the last leaves the only edge.
CALL {
  MATCH (c:Person {id: $clientId}) WHERE $clientKind = 'PERSON' RETURN c
  UNION
  MATCH (c:Organization {id: $clientId}) WHERE $clientKind = 'ORGANIZATION' RETURN c
}
MATCH (s:Staff {id: $staffId})
SET c._lock = true
REMOVE c._lock
WITH c, s
OPTIONAL MATCH (c)-[old:MANAGED_BY]->(other:Staff)
WHERE other <> s
WITH c, s, collect(old) AS previous
FOREACH (assignment IN previous | DELETE assignment)
MERGE (c)-[m:MANAGED_BY]->(s)
  ON CREATE SET m.since = datetime()
WITH c, s
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN c, s, b.id AS branchId
