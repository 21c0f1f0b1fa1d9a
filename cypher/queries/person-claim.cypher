// upsertPerson's first statement: creates the person with their creation facts
// when the id is free, else takes the lock of the one there (a write to the
// node, held to commit), so the rule is checked again on what is there now and
// two viewers creating one id at once run one after the other. person-upsert
// then sets the changes.
// A new person needs a name ($name null: an update that keeps it). Whether the
// id is new is known only here, so a person just made without one is deleted
// again in this transaction and nothing is created.
MERGE (p:Person {id: $id})
  ON CREATE SET p:Entity, p.createdAt = datetime(), p.createdBy = $createdBy, p.status = 'PROSPECT', p.aumCents = 0,
                p.introductionsOptOut = false, p._created = true
  ON MATCH SET p._lock = true
WITH p, p._created IS NOT NULL AS created
REMOVE p._created, p._lock
WITH p, created
CALL {
  WITH p, created
  WITH p WHERE created AND $name IS NULL
  DELETE p
}
RETURN created
