// The holder is a person or an organization (a corporate client).
CALL {
  MATCH (h:Person {id: $holderId}) WHERE $holderKind = 'PERSON' RETURN h
  UNION
  MATCH (h:Organization {id: $holderId}) WHERE $holderKind = 'ORGANIZATION' RETURN h
}
MATCH (pr:Product {id: $productId})
MERGE (h)-[x:HOLDS]->(pr)
SET x.balanceCents = $balanceCents, x.status = $status, x.since = coalesce($since, x.since, date())
WITH h, pr, x
// A person's AUM is the sum of open asset balances; cards, loans and services are not assets.
CALL {
  WITH h
  OPTIONAL MATCH (h)-[held:HOLDS {status: 'ACTIVE'}]->(asset:Product)
  WHERE NOT asset.category IN ['CREDIT_CARD', 'LOAN', 'PAYROLL_SERVICE', 'CASH_MANAGEMENT', 'DIGITAL_BANKING']
  RETURN sum(held.balanceCents) AS aumCents
}
FOREACH (person IN CASE WHEN h:Person THEN [h] ELSE [] END | SET person.aumCents = aumCents, person.updatedAt = datetime())
RETURN h.id AS holderId, pr, x
