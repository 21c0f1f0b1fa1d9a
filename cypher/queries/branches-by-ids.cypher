UNWIND $ids AS id
MATCH (b:Branch {id: id})
RETURN b
