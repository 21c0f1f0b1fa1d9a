MATCH (pr:Product)
WHERE ($category IS NULL OR pr.category = $category)
  AND ($after IS NULL OR pr.id > $after)
RETURN pr
ORDER BY pr.id
LIMIT $limit
