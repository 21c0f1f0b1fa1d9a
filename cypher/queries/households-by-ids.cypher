UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN h
