// upsertHousehold's first statement, as person-claim: creates the household
// (its creator kept from then on: an empty household is its creator's to
// change) or locks the one there, so the rule is checked again under the lock.
MERGE (h:Household {id: $id})
  ON CREATE SET h:Entity, h.createdAt = datetime(), h.createdBy = $createdBy, h._created = true
  ON MATCH SET h._lock = true
WITH h, h._created IS NOT NULL AS created
REMOVE h._created, h._lock
RETURN created
