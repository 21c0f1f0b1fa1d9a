// One page of employees for each requested organization, in one round trip,
// with their number (totalCount). With key.scope, only the employees whose
// record the viewer sees in full: a job and its title are ties, so a list
// that named someone else's client would tell what their masked record
// hides. The scope is the access rule (src/domain/person-access.ts): the
// viewer created them, manages them, or heads their manager's branch.
UNWIND $keys AS key
MATCH (:Organization {id: key.organizationId})<-[w:WORKS_AT]-(p:Person)
WHERE key.scope IS NULL
   OR p.createdBy = key.scope.staffId
   OR EXISTS {
        MATCH (p)-[:MANAGED_BY]->(s:Staff)
        WHERE s.id = key.scope.managerId OR EXISTS { (s)-[:BASED_AT]->(:Branch {id: key.scope.branchId}) }
      }
WITH key, p, w
ORDER BY p.id
WITH key, collect({person: p, title: w.title, keyPerson: coalesce(w.keyPerson, false)}) AS matched
// Reading forwards: those after key.cursor, from the first; backwards
// (key.backward): those before it, up to it; either way key.limit, in id order.
WITH key, matched, [row IN matched WHERE key.cursor IS NULL
                      OR (NOT key.backward AND row.person.id > key.cursor)
                      OR (key.backward AND row.person.id < key.cursor)] AS rest
RETURN key.organizationId AS organizationId, key.backward AS backward, key.cursor AS cursor, size(matched) AS matchedCount,
       CASE WHEN key.backward THEN rest[-key.limit..] ELSE rest[..key.limit] END AS rows
