// A page of households in id order with their members: every two are tied.
MATCH (h:Household)
WHERE h.id > $after
WITH h
ORDER BY h.id
LIMIT $limit
RETURN h.id AS id, [(h)<-[:MEMBER_OF]-(member:Person) | member.id] AS members
