// What a household's rule reads, in one round trip: who created it, and
// for each member who created them and their manager with the manager's
// branch (a household has a handful), so the viewer's access to every
// member is known at once.
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN id AS householdId, h.createdBy AS createdBy, COLLECT {
  MATCH (h)<-[:MEMBER_OF]-(p:Person)
  OPTIONAL MATCH (p)-[:MANAGED_BY]->(s:Staff)
  OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
  RETURN {clientId: p.id, createdBy: p.createdBy, s: s, b: b}
} AS members
