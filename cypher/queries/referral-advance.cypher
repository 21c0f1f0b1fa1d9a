MATCH (referrer)-[:REFERRED]->(r:Referral {id: $id})-[:REFERS]->(referee:Person)
SET r.status = $status, r += $stamps
FOREACH (_ IN CASE WHEN $converts THEN [1] ELSE [] END |
  SET referee.status = $refereeStatus,
      referee.tier = coalesce(referee.tier, 'STANDARD'),
      referee.updatedAt = $now)
// Only the attributed referral earns the reward; it also becomes a direct
// INTRODUCED edge, so chains are plain paths.
FOREACH (_ IN CASE WHEN $attribute THEN [1] ELSE [] END |
  SET r.attributed = true, r.rewardStatus = 'PENDING'
  CREATE (referrer)-[:INTRODUCED {referralId: r.id, at: $now}]->(referee))
WITH r
