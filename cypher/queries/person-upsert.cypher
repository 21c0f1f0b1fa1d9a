// Creates or updates one person by id; properties absent from $props are kept.
MERGE (p:Person {id: $id})
  ON CREATE SET p.createdAt = datetime(), p.createdBy = $createdBy, p.status = 'PROSPECT', p.aumCents = 0, p.introductionsOptOut = false
SET p += $props, p.updatedAt = datetime()
RETURN p
