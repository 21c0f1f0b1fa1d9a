MERGE (b:Branch {id: $id})
  ON CREATE SET b.createdAt = datetime()
SET b += $props, b.updatedAt = datetime()
RETURN b
