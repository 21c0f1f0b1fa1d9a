// Demo import: KNOWS ties, stored once per pair from the smaller id; strength in (0, 1].
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[k:KNOWS]->(b)
SET k.kind = row.kind,
    k.strength = row.strength
