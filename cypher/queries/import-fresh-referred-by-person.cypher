// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (referrer:Person)-[:REFERRED]->(:Referral)
// and, for an attributed referral, (referrer)-[:INTRODUCED {referralId, at}]->(referee).
UNWIND $rows AS row
MATCH (r:Referral {id: row.id})
MATCH (referrer:Person {id: row.referrerId})
CREATE (referrer)-[:REFERRED]->(r)
WITH referrer, row
WHERE row.attributed
MATCH (referee:Person {id: row.refereeId})
CREATE (referrer)-[:INTRODUCED {referralId: row.id, at: datetime(row.convertedAt)}]->(referee)
