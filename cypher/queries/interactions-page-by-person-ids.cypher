// One page of interactions, newest first, for each requested person, in one
// round trip (Person.interactions under a page of persons): each key starts
// from the Person id index and reads only that person's interactions. A key
// reading forwards takes those older than its cursor, from the newest; one
// reading backwards (key.backward) those newer than its cursor, from the
// oldest; either way key.limit of them, newest first.
UNWIND $keys AS key
MATCH (person:Person {id: key.personId})
CALL {
  WITH person, key
  OPTIONAL MATCH (person)<-[:WITH_PERSON]-(i:Interaction)
  WHERE key.cursorAt IS NULL
     OR (NOT key.backward AND (i.at < key.cursorAt OR (i.at = key.cursorAt AND i.id < key.cursorId)))
     OR (key.backward AND (i.at > key.cursorAt OR (i.at = key.cursorAt AND i.id > key.cursorId)))
  OPTIONAL MATCH (i)-[:BY_STAFF]->(staff:Staff)
  WITH key, i, staff
  ORDER BY i.at DESC, i.id DESC
  WITH key, collect(CASE WHEN i IS NOT NULL THEN {i: i, staffId: staff.id} END) AS found
  RETURN CASE WHEN key.backward THEN found[-key.limit..] ELSE found[..key.limit] END AS rows
}
RETURN key.personId AS personId, key.backward AS backward, key.cursorId AS cursorId, key.limit AS limit, rows,
       COUNT { (person)<-[:WITH_PERSON]-(:Interaction) } AS total
