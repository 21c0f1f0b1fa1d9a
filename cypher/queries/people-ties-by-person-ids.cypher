// One hop of the people graph (src/domain/tie-strength.ts) from each person
// in $ids, for the path searches of src/domain/neighbourhood-search.ts: one
// row per tie with a summary of the person at the other end (what a search
// needs; results read full records): status and opt-out, and, with
// $clientFacts, for an ACTIVE client what ranks them as an introducer and
// their AUM. Starts from the Person id index; cost grows with the ties of
// $ids, not with the graph.
CALL {
  // Family, acquaintance, household and referral ties: the shared clause.
  UNWIND $ids AS id
  MATCH (person:Person {id: id})
  CALL { /* person-neighbours */ }
  RETURN id, other, tie, null AS organizationName
  UNION ALL
  // Colleague ties (the rule of tie-strength.ts), reading each organization
  // once for all of its employees in $ids: a frontier often holds many
  // colleagues of one large firm, whom the per-person clause would each scan.
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[w:WORKS_AT]->(o:Organization)
  WITH o, collect({id: id, key: coalesce(w.keyPerson, false)}) AS members
  MATCH (o)<-[c:WORKS_AT]-(employee:Person)
  WITH o, members, collect({person: employee, key: coalesce(c.keyPerson, false)}) AS employees
  WITH o, members, employees, size(employees) <= $smallOrganization AS small, [e IN employees WHERE e.key] AS keyPersons
  UNWIND members AS member
  UNWIND CASE WHEN small OR member.key THEN employees ELSE keyPersons END AS colleague
  WITH o, member, colleague
  WHERE colleague.person.id <> member.id
  RETURN member.id AS id, colleague.person AS other,
         {tie: 'COLLEAGUE', keyPerson: member.key OR colleague.key, organizationId: o.id} AS tie, o.name AS organizationName
}
// A search's last round needs only the ties that reach $reaching (ids) or,
// with $reachingActive, an ACTIVE client: the rest are dropped here.
WITH id, other, tie, organizationName
WHERE ($reaching IS NULL OR other.id IN $reaching) AND (NOT $reachingActive OR other.status = 'ACTIVE')
RETURN id AS fromId,
       other {.id, .status, .introductionsOptOut,
              client: CASE WHEN $clientFacts AND other.status = 'ACTIVE' THEN other {.satisfaction, .aumCents,
                lastContactAt: other.lastContactAt.epochMillis,
                referralsBrought: COUNT { (other)-[:INTRODUCED]->() }} END} AS summary,
       tie, organizationName
