// With a branch id, the branch must exist and replaces any other; without, the branch is kept.
OPTIONAL MATCH (b:Branch {id: $branchId})
WITH b
WHERE $branchId IS NULL OR b IS NOT NULL
MERGE (s:Staff {id: $id})
  ON CREATE SET s:Entity, s.createdAt = datetime()
SET s += $props, s.updatedAt = datetime()
WITH s, b
CALL {
  WITH s, b
  WITH s, b WHERE b IS NOT NULL
  OPTIONAL MATCH (s)-[old:BASED_AT]->(other:Branch)
  WHERE other <> b
  DELETE old
  MERGE (s)-[:BASED_AT]->(b)
}
WITH s
OPTIONAL MATCH (s)-[:BASED_AT]->(current:Branch)
RETURN s, current.id AS branchId
