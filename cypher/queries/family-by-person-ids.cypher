UNWIND $ids AS id
MATCH (p:Person {id: id})-[f:FAMILY]-(relative:Person)
RETURN id AS personId, relative, f.kind AS kind, startNode(f) = p AS outgoing
ORDER BY personId, relative.id
