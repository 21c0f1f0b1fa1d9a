MATCH (pr:Product)
WHERE $category IS NULL OR pr.category = $category
RETURN count(pr) AS total
