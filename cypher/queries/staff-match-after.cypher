// The unfiltered page (and the anchor of `active: true`, which most staff are): a range seek on the
// id index returns staff in id order, so ORDER BY … LIMIT stops after one page.
MATCH (n:Staff)
WHERE n.id > coalesce($after, '')
WITH n
