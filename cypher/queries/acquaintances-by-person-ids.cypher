UNWIND $ids AS id
MATCH (:Person {id: id})-[k:KNOWS]-(other:Person)
RETURN id AS personId, other, k.kind AS kind, k.strength AS strength
ORDER BY personId, strength DESC, other.id
