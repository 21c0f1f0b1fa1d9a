// Demo import: (:Person)-[:WORKS_AT {title, keyPerson}]->(:Organization).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[w:WORKS_AT]->(o)
SET w.title = row.title,
    w.keyPerson = row.keyPerson
