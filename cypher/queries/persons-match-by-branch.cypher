MATCH (:Branch {id: $branchId})<-[:BASED_AT]-(:Staff)<-[:MANAGED_BY]-(p:Person)
WITH p
