// The pair is stored once, from the smaller id to the larger (src/domain/ties.ts).
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MERGE (a)-[k:KNOWS]->(b)
SET k.kind = $kind, k.strength = $strength
RETURN a, b
