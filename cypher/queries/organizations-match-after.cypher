// The unfiltered page (and the anchor of filters no index serves well): a range seek on the id
// index returns organizations in id order, so ORDER BY … LIMIT stops after one page.
MATCH (n:Organization)
WHERE n.id > coalesce($after, '')
WITH n
