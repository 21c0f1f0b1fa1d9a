MERGE (pr:Product {id: $id})
  ON CREATE SET pr:Entity, pr.createdAt = datetime()
SET pr += $props, pr.updatedAt = datetime()
RETURN pr
