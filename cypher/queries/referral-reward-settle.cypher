MATCH (r:Referral {id: $id})
WHERE r.rewardStatus = 'PENDING'
SET r.rewardStatus = 'PAID', r.rewardPaidAt = datetime(), r.updatedAt = datetime()
RETURN r.id AS id
