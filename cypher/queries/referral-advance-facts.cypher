// Read after referral-advance-lock, so what it finds holds until commit.
MATCH (referrer)-[:REFERRED]->(r:Referral {id: $id})-[:REFERS]->(referee:Person)
RETURN r.status AS status,
       referee.status AS refereeStatus,
       EXISTS { (referee)<-[:INTRODUCED]-() } AS refereeAlreadyAttributed,
       referee = referrer OR EXISTS { (referee)-[:INTRODUCED*]->(referrer) } AS wouldCloseCycle
