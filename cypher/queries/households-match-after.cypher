// The unfiltered page: a range seek on the id index returns households in id order,
// so ORDER BY … LIMIT stops after one page.
MATCH (n:Household)
WHERE n.id > coalesce($after, '')
WITH n
