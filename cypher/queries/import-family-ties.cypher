// Demo import: FAMILY ties, stored once per pair from the smaller id; kind is what the end node is to the start node.
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[f:FAMILY]->(b)
SET f.kind = row.kind
