// upsertOrganization's first statement, as person-claim: creates the
// organization (its creator kept from then on: one nobody manages is its
// creator's to change) or locks the one there, so the rule is checked again
// under the lock.
MERGE (o:Organization {id: $id})
  ON CREATE SET o:Entity, o.createdAt = datetime(), o.isClient = false, o.createdBy = $createdBy, o._created = true
  ON MATCH SET o._lock = true
WITH o, o._created IS NOT NULL AS created
REMOVE o._created, o._lock
RETURN created
