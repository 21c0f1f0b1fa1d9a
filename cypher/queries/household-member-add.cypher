// A person belongs to one household: joining one leaves any other.
MATCH (p:Person {id: $personId}), (h:Household {id: $householdId})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(other:Household)
WHERE other <> h
WITH p, h, collect(old) AS previous
FOREACH (membership IN previous | DELETE membership)
MERGE (p)-[m:MEMBER_OF]->(h)
SET m.role = $role
RETURN h
