// Read after referral-create-lock, so what it finds holds until commit.
OPTIONAL MATCH (referee:Person {id: $refereeId})
OPTIONAL MATCH (existing:Referral {id: $id})
RETURN
  referee.status AS refereeStatus,
  CASE $referrerKind
    WHEN 'PERSON' THEN EXISTS { (:Person {id: $referrerId}) }
    WHEN 'STAFF' THEN EXISTS { (:Staff {id: $referrerId}) }
    ELSE EXISTS { (:Organization {id: $referrerId}) }
  END AS referrerFound,
  CASE WHEN $assignedStaffId IS NULL THEN null ELSE EXISTS { (:Staff {id: $assignedStaffId}) } END AS assigneeFound,
  [(referrer)-[:REFERRED]->(open:Referral)-[:REFERS]->(referee)
    WHERE referrer.id = $referrerId AND open.status IN ['NEW', 'CONTACTED', 'QUALIFIED'] | open.id][0] AS openDuplicateId,
  existing IS NOT NULL AS idTaken,
  [(existing)-[:REFERS]->(p:Person) | p.id][0] AS existingRefereeId,
  [(x)-[:REFERRED]->(existing) | x.id][0] AS existingReferrerId
