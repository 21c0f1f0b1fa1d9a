// A page of organizations in id order with their employees; which of them
// are colleagues follows src/domain/tie-strength.ts (src/insights/group-ties.ts).
MATCH (o:Organization)
WHERE o.id > $after
WITH o
ORDER BY o.id
LIMIT $limit
RETURN o.id AS id,
       [(o)<-[work:WORKS_AT]-(employee:Person) | {id: employee.id, keyPerson: coalesce(work.keyPerson, false)}] AS employees
