// Newest first; the cursor is the last row's (at, id).
WITH e
WHERE $afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId)
WITH e
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
RETURN e
