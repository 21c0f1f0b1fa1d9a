// What recordInteraction checks before writing, in its write transaction:
// whether the person and the member of staff exist (id index seeks), and
// whether the id is already used, by which person's interaction (a retry).
OPTIONAL MATCH (person:Person {id: $personId})
OPTIONAL MATCH (staff:Staff {id: $staffId})
OPTIONAL MATCH (existing:Interaction {id: $id})-[:WITH_PERSON]->(existingPerson:Person)
RETURN person IS NOT NULL AS personFound, staff IS NOT NULL AS staffFound,
       existing IS NOT NULL AS idTaken, existingPerson.id AS existingPersonId
