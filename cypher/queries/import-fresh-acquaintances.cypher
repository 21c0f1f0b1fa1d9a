// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): KNOWS ties, once per pair from the smaller id; strength in (0, 1].
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
CREATE (a)-[:KNOWS {kind: row.kind, strength: row.strength}]->(b)
