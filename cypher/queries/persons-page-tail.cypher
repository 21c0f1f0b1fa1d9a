  AND ($after IS NULL OR p.id > $after)
WITH p
ORDER BY p.id
LIMIT $limit
