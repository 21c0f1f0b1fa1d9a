MERGE (h:Household {id: $id})
  ON CREATE SET h.createdAt = datetime()
SET h += $props, h.updatedAt = datetime()
RETURN h
