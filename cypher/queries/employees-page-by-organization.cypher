// One page of employees for each requested organization, in one round trip. For a first
// page (no cursor) every employee is matched anyway, so their number is also totalCount.
UNWIND $keys AS key
MATCH (:Organization {id: key.organizationId})<-[w:WORKS_AT]-(p:Person)
WHERE key.after IS NULL OR p.id > key.after
WITH key, p, w
ORDER BY p.id
WITH key, collect({person: p, title: w.title, keyPerson: coalesce(w.keyPerson, false)}) AS matched
RETURN key.organizationId AS organizationId, key.after AS after, key.limit AS limit, matched[..key.limit] AS rows, size(matched) AS matchedCount
