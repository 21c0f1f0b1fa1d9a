// The status index serves the anchor; the shared filter checks the rest.
MATCH (p:Person)
WHERE p.status = $status
WITH p
