// One hop of the people graph (src/domain/tie-strength.ts) from each person
// in $ids, for the path searches of src/domain/neighbourhood-search.ts: one
// row per tie (fromIds: the person of $ids, or for a colleague every one
// tied to them) with a summary of the person at the other end (what a search
// needs; results read full records): status and opt-out, and, with
// $clientFacts, for an ACTIVE client what ranks them as an introducer and
// their AUM. Starts from the Person id index; cost grows with the ties of
// $ids, not with the graph.
CALL {
  // Family, acquaintance, household and referral ties: the shared clause.
  UNWIND $ids AS id
  MATCH (person:Person {id: id})
  CALL { /* person-neighbours */ }
  RETURN [id] AS fromIds, other, tie, null AS organizationName
  UNION ALL
  // Colleague ties (the rule of tie-strength.ts), reading each organization
  // once for all of its employees in $ids: a frontier often holds many
  // colleagues of one large firm, whom the per-person clause would each scan.
  // One row per colleague and kind of member (key person or not), listing
  // the members tied to them (fromIds): colleagues are cliques, so rows per
  // (member, colleague) pair were most of the result.
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[w:WORKS_AT]->(o:Organization)
  WITH o, collect({id: id, key: coalesce(w.keyPerson, false)}) AS members
  MATCH (o)<-[c:WORKS_AT]-(employee:Person)
  WITH o, members, collect({person: employee, key: coalesce(c.keyPerson, false)}) AS employees
  WITH o, members, employees, size(employees) <= $smallOrganization AS small, size([e IN employees WHERE e.key]) AS keyPersons
  UNWIND employees AS colleague
  UNWIND [true, false] AS memberKey
  WITH o, colleague, memberKey, CASE WHEN small OR colleague.key THEN size(employees) - 1 ELSE keyPersons END AS theirs,
       [m IN members WHERE m.key = memberKey AND m.id <> colleague.person.id AND (small OR memberKey OR colleague.key) | m.id] AS fromIds
  WHERE size(fromIds) > 0
  // colleagues: how many colleagues `other` has at o by the same rule, known
  // here for free, so a search can tell how many rows expanding them would read.
  RETURN fromIds, colleague.person AS other,
         {tie: 'COLLEAGUE', keyPerson: memberKey OR colleague.key, organizationId: o.id, colleagues: theirs} AS tie, o.name AS organizationName
}
// A search's last round needs only the ties that reach $reaching (ids) or,
// with $reachingActive, an ACTIVE client: the rest are dropped here.
WITH fromIds, other, tie, organizationName
WHERE ($reaching IS NULL OR other.id IN $reaching) AND (NOT $reachingActive OR other.status = 'ACTIVE')
RETURN fromIds,
       other {.id, .status, .introductionsOptOut,
              client: CASE WHEN $clientFacts AND other.status = 'ACTIVE' THEN other {.satisfaction, .aumCents,
                lastContactAt: other.lastContactAt.epochMillis,
                referralsBrought: COUNT { (other)-[:INTRODUCED]->() }} END} AS summary,
       tie, organizationName
