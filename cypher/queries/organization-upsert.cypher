// The creator is kept from creation on: an organization nobody manages is its creator's to change.
MERGE (o:Organization {id: $id})
  ON CREATE SET o.createdAt = datetime(), o.isClient = false, o.createdBy = $createdBy
SET o += $props, o.updatedAt = datetime()
RETURN o
