MATCH (:Staff {id: $managerId})<-[:MANAGED_BY]-(p:Person)
WITH p
