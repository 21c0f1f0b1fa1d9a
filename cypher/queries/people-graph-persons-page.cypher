// A page of persons in id order (seek on the id index, LIMIT stops it) with
// the persons they are tied to by FAMILY, KNOWS or INTRODUCED, each pair once
// (from its smaller id). Ties are undirected in meaning.
MATCH (p:Person)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $limit
RETURN p.id AS id, [(p)-[:FAMILY|KNOWS|INTRODUCED]-(other:Person) WHERE other.id > p.id | other.id] AS tiedTo
