// The record a bearer token is checked against: one index seek, and no client count (staff-by-ids counts a book of clients).
MATCH (s:Staff {id: $id})
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN s, b.id AS branchId
LIMIT 1
