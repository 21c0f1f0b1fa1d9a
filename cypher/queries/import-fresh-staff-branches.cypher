// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Staff)-[:BASED_AT]->(:Branch).
UNWIND $rows AS row
MATCH (s:Staff {id: row.id})
MATCH (b:Branch {id: row.branchId})
CREATE (s)-[:BASED_AT]->(b)
