UNWIND $ids AS id
MATCH (:Household {id: id})<-[m:MEMBER_OF]-(p:Person)
RETURN id AS householdId, p, m.role AS role
ORDER BY householdId, p.id
