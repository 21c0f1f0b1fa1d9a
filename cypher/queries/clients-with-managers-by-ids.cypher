// What a write's rule reads of the clients it changes, in one round trip:
// who created each client, and its manager with the manager's branch.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (c:Person {id: id}) WHERE $clientKind = 'PERSON' RETURN c
  UNION
  WITH id
  MATCH (c:Organization {id: id}) WHERE $clientKind = 'ORGANIZATION' RETURN c
}
OPTIONAL MATCH (c)-[:MANAGED_BY]->(s:Staff)
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN id AS clientId, c.createdBy AS createdBy, s, b
