  AND ($after IS NULL OR p.id > $after)
RETURN p
ORDER BY p.id
LIMIT $limit
