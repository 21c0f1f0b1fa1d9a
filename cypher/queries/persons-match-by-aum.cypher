// A range seek on the AUM index (in fen); the shared filter checks the upper bound too.
MATCH (p:Person)
WHERE p.aumCents >= $aumMinCents
WITH p
