// A person belongs to one household: joining one leaves any other. The person
// is locked before their memberships are read, so joins and removals of one
// person run one after the other, each on the memberships the last one left.
MATCH (p:Person {id: $personId}), (h:Household {id: $householdId})
SET p._lock = true
REMOVE p._lock
WITH p, h
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(other:Household)
WHERE other <> h
WITH p, h, collect(old) AS previous
FOREACH (membership IN previous | DELETE membership)
MERGE (p)-[m:MEMBER_OF]->(h)
SET m.role = $role
RETURN h
