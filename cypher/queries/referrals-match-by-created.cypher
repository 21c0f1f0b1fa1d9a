// A range seek on the created-at index; the shared filter checks the rest of the window.
MATCH (r:Referral)
WHERE r.createdAt >= datetime($createdFrom)
WITH r
