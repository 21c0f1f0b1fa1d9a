// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Person)-[:WORKS_AT {title, keyPerson}]->(:Organization).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
CREATE (p)-[:WORKS_AT {title: row.title, keyPerson: row.keyPerson}]->(o)
