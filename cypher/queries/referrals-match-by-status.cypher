// The status index serves the anchor; the shared filter checks the rest.
MATCH (r:Referral)
WHERE r.status = $status
WITH r
