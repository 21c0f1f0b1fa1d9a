// upsertPerson's first statement: creates the person with their creation facts
// when the id is free, else takes the lock of the one there (a write to the
// node, held to commit), so the rule is checked again on what is there now and
// two viewers creating one id at once run one after the other. person-upsert
// then sets the changes.
MERGE (p:Person {id: $id})
  ON CREATE SET p:Entity, p.createdAt = datetime(), p.createdBy = $createdBy, p.status = 'PROSPECT', p.aumCents = 0,
                p.introductionsOptOut = false, p._created = true
  ON MATCH SET p._lock = true
WITH p, p._created IS NOT NULL AS created
REMOVE p._created, p._lock
RETURN created
