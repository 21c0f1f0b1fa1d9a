// The channel index serves the anchor; the shared filter checks the rest.
MATCH (r:Referral)
WHERE r.channel = $channel
WITH r
