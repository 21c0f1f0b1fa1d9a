// The tier index serves the anchor; the shared filter checks the rest.
MATCH (p:Person)
WHERE p.tier = $tier
WITH p
