// The risk-profile index serves the anchor; the shared filter checks the rest.
MATCH (p:Person)
WHERE p.riskProfile IN $riskProfiles
WITH p
