UNWIND $ids AS id
MATCH (b:Branch {id: id})<-[:BASED_AT]-(s:Staff)
RETURN id AS branchId, s
ORDER BY branchId, s.id
