// The unfiltered page: a range seek on the id index returns persons in id order,
// so ORDER BY … LIMIT stops after one page instead of reading every person.
MATCH (p:Person)
WHERE p.id > coalesce($after, '')
WITH p
