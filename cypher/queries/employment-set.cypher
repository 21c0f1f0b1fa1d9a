MATCH (p:Person {id: $personId}), (o:Organization {id: $organizationId})
MERGE (p)-[w:WORKS_AT]->(o)
SET w.title = $title, w.keyPerson = $keyPerson
RETURN p, o
