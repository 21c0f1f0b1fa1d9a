UNWIND $ids AS id
MATCH (s:Staff {id: id})
RETURN id AS staffId, COUNT { (s)<-[:MANAGED_BY]-(:Person) } AS total
