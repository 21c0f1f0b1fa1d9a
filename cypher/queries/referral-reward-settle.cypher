// Locked before the check, so of two settlements at once only one pays.
MATCH (r:Referral {id: $id})
SET r._lock = true
REMOVE r._lock
WITH r
WHERE r.rewardStatus = 'PENDING'
SET r.rewardStatus = 'PAID', r.rewardPaidAt = datetime(), r.updatedAt = datetime()
RETURN r.id AS id
