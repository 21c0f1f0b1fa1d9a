// Records one interaction (cypher/MODEL.md) after interaction-record-facts
// passed: the node and its edges, then the person's contact facts. Contact
// only moves lastContactAt forward (an older interaction recorded late leaves
// it); satisfaction is replaced unless a later interaction already assessed it.
// MERGE, not CREATE: a concurrent request with the same id waits on the
// unique constraint and then finds the node made first, without edges only
// if this statement made it; otherwise this one changes nothing.
MATCH (person:Person {id: $personId})
MERGE (i:Interaction {id: $id})
  ON CREATE SET i:Entity, i.kind = $kind, i.at = $at, i.note = $note, i.satisfaction = $satisfaction, i.createdAt = $now
WITH i, person
WHERE NOT EXISTS { (i)-[:WITH_PERSON]->() }
CREATE (i)-[:WITH_PERSON]->(person)
WITH i, person
OPTIONAL MATCH (staff:Staff {id: $staffId})
FOREACH (s IN CASE WHEN staff IS NULL THEN [] ELSE [staff] END | CREATE (i)-[:BY_STAFF]->(s))
WITH i, person,
     $satisfaction IS NOT NULL
       AND NOT EXISTS { (person)<-[:WITH_PERSON]-(later:Interaction) WHERE later.at > $at AND later.satisfaction IS NOT NULL } AS assesses
SET person.lastContactAt = CASE WHEN person.lastContactAt IS NULL OR person.lastContactAt < $at THEN $at ELSE person.lastContactAt END,
    person.satisfaction = CASE WHEN assesses THEN $satisfaction ELSE person.satisfaction END,
    person.updatedAt = $now
RETURN i.id AS id
