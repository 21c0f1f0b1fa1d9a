MERGE (o:Organization {id: $id})
  ON CREATE SET o.createdAt = datetime(), o.isClient = false
SET o += $props, o.updatedAt = datetime()
RETURN o
