// Demo import: (referrer:Person)-[:REFERRED]->(:Referral) and, for an attributed referral, (referrer)-[:INTRODUCED {referralId, at}]->(referee).
UNWIND $rows AS row
MATCH (r:Referral {id: row.id})
MATCH (referrer:Person {id: row.referrerId})
MERGE (referrer)-[:REFERRED]->(r)
WITH referrer, row
WHERE row.attributed
MATCH (referee:Person {id: row.refereeId})
MERGE (referrer)-[i:INTRODUCED {referralId: row.id}]->(referee)
SET i.at = datetime(row.convertedAt)
