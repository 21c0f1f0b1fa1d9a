UNWIND $ids AS id
MATCH (:Person {id: id})-[w:WORKS_AT]->(o:Organization)
RETURN id AS personId, o, w.title AS title, coalesce(w.keyPerson, false) AS keyPerson
ORDER BY personId, o.id
