// The pair is stored once, from the smaller id to the larger (src/domain/ties.ts).
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MERGE (a)-[f:FAMILY]->(b)
SET f.kind = $kind
RETURN a, b
