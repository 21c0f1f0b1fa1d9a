UNWIND $ids AS id
MATCH (s:Staff {id: id})
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN s, b.id AS branchId
