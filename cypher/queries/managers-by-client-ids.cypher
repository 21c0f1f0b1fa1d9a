// The manager's branch node comes along, so manager { branch } needs no further round trip.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (c:Person {id: id}) WHERE $clientKind = 'PERSON' RETURN c
  UNION
  WITH id
  MATCH (c:Organization {id: id}) WHERE $clientKind = 'ORGANIZATION' RETURN c
}
MATCH (c)-[:MANAGED_BY]->(s:Staff)
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN id AS clientId, s, b
