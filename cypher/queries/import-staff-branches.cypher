// Demo import: (:Staff)-[:BASED_AT]->(:Branch), one branch per staff member.
UNWIND $rows AS row
MATCH (s:Staff {id: row.id})
MATCH (b:Branch {id: row.branchId})
MERGE (s)-[:BASED_AT]->(b)
