// With the branch node, as staff-by-ids returns it.
OPTIONAL MATCH (n)-[:BASED_AT]->(b:Branch)
RETURN n AS s, b
ORDER BY s.id
