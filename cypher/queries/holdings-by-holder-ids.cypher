UNWIND $ids AS id
CALL {
  WITH id
  MATCH (h:Person {id: id}) WHERE $holderKind = 'PERSON' RETURN h
  UNION
  WITH id
  MATCH (h:Organization {id: id}) WHERE $holderKind = 'ORGANIZATION' RETURN h
}
MATCH (h)-[x:HOLDS]->(pr:Product)
RETURN id AS holderId, pr, x
ORDER BY holderId, pr.id
