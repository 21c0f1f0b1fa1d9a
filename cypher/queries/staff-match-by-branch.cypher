MATCH (:Branch {id: $branchId})<-[:BASED_AT]-(n:Staff)
WITH n
