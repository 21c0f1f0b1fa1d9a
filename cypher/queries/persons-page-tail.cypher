  AND ($after IS NULL OR p.id > $after)
WITH p
ORDER BY p.id
LIMIT $limit
// persons-page-with-relations replaces these when the request selected relations.
WITH p, [] AS relations
