// audit-events-page-tail read backwards: the page just newer than the cursor (or the oldest), nearest first.
WITH e
WHERE $beforeAt IS NULL OR e.at > datetime($beforeAt) OR (e.at = datetime($beforeAt) AND e.id > $beforeId)
WITH e
ORDER BY e.at, e.id
LIMIT $limit
RETURN e
