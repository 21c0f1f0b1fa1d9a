// The creator is kept from creation on: an empty household is its creator's to change.
MERGE (h:Household {id: $id})
  ON CREATE SET h.createdAt = datetime(), h.createdBy = $createdBy
SET h += $props, h.updatedAt = datetime()
RETURN h
