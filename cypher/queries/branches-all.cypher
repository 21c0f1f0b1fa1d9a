MATCH (b:Branch)
RETURN b
ORDER BY b.id
