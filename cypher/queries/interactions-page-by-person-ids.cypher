// One page of interactions, newest first, for each requested person, in one
// round trip (Person.interactions under a page of persons): each key starts
// from the Person id index and reads only that person's interactions.
UNWIND $keys AS key
MATCH (person:Person {id: key.personId})
CALL {
  WITH person, key
  OPTIONAL MATCH (person)<-[:WITH_PERSON]-(i:Interaction)
  WHERE key.afterAt IS NULL OR i.at < key.afterAt OR (i.at = key.afterAt AND i.id < key.afterId)
  OPTIONAL MATCH (i)-[:BY_STAFF]->(staff:Staff)
  WITH key, i, staff
  ORDER BY i.at DESC, i.id DESC
  WITH key, collect(CASE WHEN i IS NOT NULL THEN {i: i, staffId: staff.id} END) AS found
  RETURN found[..key.limit] AS rows
}
RETURN key.personId AS personId, key.afterId AS afterId, key.limit AS limit, rows,
       COUNT { (person)<-[:WITH_PERSON]-(:Interaction) } AS total
