// products-page read backwards: the page before $before (or the shelf's last), nearest first.
MATCH (pr:Product)
WHERE ($category IS NULL OR pr.category = $category)
  AND ($before IS NULL OR pr.id < $before)
RETURN pr
ORDER BY pr.id DESC
LIMIT $limit
