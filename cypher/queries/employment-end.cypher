// Ends a person's current employment at an organization, keeping it as
// history: the WORKS_AT relationship (current employment, what every read
// follows) becomes a WORKED_AT with the same title and key-person flag and
// `until`, the day it ended. The person is locked before their employment is
// read, so two ends of one employment run one after the other and the second
// finds none (ended: false); a later setEmployment starts a new WORKS_AT.
MATCH (p:Person {id: $personId}), (o:Organization {id: $organizationId})
SET p._lock = true
REMOVE p._lock
WITH p, o
OPTIONAL MATCH (p)-[w:WORKS_AT]->(o)
WITH p, o, w, w IS NOT NULL AS ended
CALL {
  WITH p, o, w, ended
  WITH p, o, w WHERE ended
  CREATE (p)-[:WORKED_AT {title: w.title, keyPerson: coalesce(w.keyPerson, false), until: date()}]->(o)
  DELETE w
}
RETURN p, o, ended
