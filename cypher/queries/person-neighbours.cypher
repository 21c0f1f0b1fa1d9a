// Clause spliced into other queries (src/db/neighbour-ties.ts): the one-hop
// people graph of `person` (src/domain/tie-strength.ts), one row per tie,
// yielding `other` (a Person) and `tie` (a map read by src/db/neighbour-ties.ts).
// Every branch expands from `person`, so the cost is its degree. COLLEAGUE ties
// follow the rule of tie-strength.ts: in an organization of more than
// $smallOrganization employees in the graph, a clerk reaches the key persons
// only (the employee count is a degree lookup, not a scan); callers that work
// colleagues out themselves pass $colleagueTies = false.
CALL {
  WITH person
  MATCH (person)-[f:FAMILY]-(other:Person)
  RETURN other, {tie: 'FAMILY', kind: f.kind, outgoing: startNode(f) = person} AS tie
  UNION ALL
  WITH person
  MATCH (person)-[k:KNOWS]-(other:Person)
  RETURN other, {tie: 'ACQUAINTANCE', kind: k.kind, strength: k.strength} AS tie
  UNION ALL
  WITH person
  MATCH (person)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(other:Person)
  WHERE other <> person
  RETURN other, {tie: 'HOUSEHOLD'} AS tie
  UNION ALL
  WITH person
  MATCH (person)-[i:INTRODUCED]-(other:Person)
  RETURN other, {tie: 'REFERRAL', outgoing: startNode(i) = person} AS tie
  UNION ALL
  WITH person
  MATCH (person)-[w:WORKS_AT]->(o:Organization)
  WHERE $colleagueTies
  WITH person, o, coalesce(w.keyPerson, false) AS selfKey, COUNT { (o)<-[:WORKS_AT]-() } AS employees
  MATCH (o)<-[c:WORKS_AT]-(other:Person)
  WHERE other <> person AND (selfKey OR employees <= $smallOrganization OR coalesce(c.keyPerson, false))
  RETURN other, {tie: 'COLLEAGUE', keyPerson: selfKey OR coalesce(c.keyPerson, false), organizationId: o.id} AS tie
}
