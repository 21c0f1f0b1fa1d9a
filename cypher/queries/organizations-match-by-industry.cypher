MATCH (n:Organization)
WHERE n.industry = $industry
WITH n
