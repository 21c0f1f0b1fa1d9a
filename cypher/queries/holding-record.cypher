// The holder is a person or an organization (a corporate client).
CALL {
  MATCH (h:Person {id: $holderId}) WHERE $holderKind = 'PERSON' RETURN h
  UNION
  MATCH (h:Organization {id: $holderId}) WHERE $holderKind = 'ORGANIZATION' RETURN h
}
MATCH (pr:Product {id: $productId})
MERGE (h)-[x:HOLDS]->(pr)
SET x.balanceCents = $balanceCents, x.status = $status, x.since = coalesce($since, x.since, date())
RETURN h.id AS holderId, pr, x
