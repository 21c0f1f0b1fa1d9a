MERGE (b:Branch {id: $id})
  ON CREATE SET b:Entity, b.createdAt = datetime()
SET b += $props, b.updatedAt = datetime()
RETURN b
