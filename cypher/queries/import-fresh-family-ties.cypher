// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): FAMILY ties, once per pair from the smaller id;
// kind is what the end node is to the start node.
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
CREATE (a)-[:FAMILY {kind: row.kind}]->(b)
