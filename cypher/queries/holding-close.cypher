// Closes what a client holds of a product: the holding is kept, with its last
// balance and `since`, as CLOSED (undoes recordHolding without forgetting it).
// The holder is locked before the holding is read, so of two closes of one
// holding the second finds it closed (closed: false); a person's AUM is then
// derived again by person-aum-derive in the same transaction.
CALL {
  MATCH (h:Person {id: $holderId}) WHERE $holderKind = 'PERSON' RETURN h
  UNION
  MATCH (h:Organization {id: $holderId}) WHERE $holderKind = 'ORGANIZATION' RETURN h
}
MATCH (pr:Product {id: $productId})
SET h._lock = true
REMOVE h._lock
WITH h, pr
OPTIONAL MATCH (h)-[x:HOLDS {status: 'ACTIVE'}]->(pr)
WITH h, pr, x, x IS NOT NULL AS closed
CALL {
  WITH x, closed
  WITH x WHERE closed
  SET x.status = 'CLOSED'
}
RETURN h.id AS holderId, pr, x, closed
