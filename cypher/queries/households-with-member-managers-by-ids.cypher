// What a household's rule reads, in one round trip: who created it, and
// each member with their manager and the manager's branch (a household has
// a handful), so the viewer's access to every member is known at once.
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN h, h.createdBy AS createdBy, COLLECT {
  MATCH (h)<-[m:MEMBER_OF]-(p:Person)
  OPTIONAL MATCH (p)-[:MANAGED_BY]->(s:Staff)
  OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
  RETURN {person: p, role: m.role, s: s, b: b} ORDER BY p.id
} AS members
