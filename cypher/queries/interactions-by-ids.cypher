// Interactions by id, each with the ids of the person and the member of staff.
UNWIND $ids AS interactionId
MATCH (i:Interaction {id: interactionId})-[:WITH_PERSON]->(person:Person)
OPTIONAL MATCH (i)-[:BY_STAFF]->(staff:Staff)
RETURN i, person.id AS personId, staff.id AS staffId
