// Ends an acquaintance tie, stored once from the smaller id to the larger
// (src/domain/ties.ts). The first person is locked before the tie is read,
// so two removals of one pair run one after the other and the second finds
// nothing to remove (removed: false).
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
SET a._lock = true
REMOVE a._lock
WITH a, b
OPTIONAL MATCH (a)-[k:KNOWS]->(b)
WITH a, b, k, k IS NOT NULL AS removed
DELETE k
RETURN a, b, removed
