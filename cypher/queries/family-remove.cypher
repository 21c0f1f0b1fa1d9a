// Ends a family tie, whatever its kind, as acquaintance-remove ends an
// acquaintance: the pair is stored once, smaller id to larger, and the first
// person is locked before the tie is read.
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
SET a._lock = true
REMOVE a._lock
WITH a, b
OPTIONAL MATCH (a)-[f:FAMILY]->(b)
WITH a, b, f, f IS NOT NULL AS removed
DELETE f
RETURN a, b, removed
