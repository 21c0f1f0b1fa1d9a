// The attributed referrals above each person, from the original source down.
// A person has at most one incoming INTRODUCED (attributed referrals form a
// forest), so walking up costs the chain's length; *0.. makes a person nobody
// introduced their own root.
UNWIND $ids AS personId
MATCH (person:Person {id: personId})
MATCH path = (person)<-[:INTRODUCED*0..]-(root)
WHERE NOT EXISTS { (root)<-[:INTRODUCED]-() }
RETURN personId,
       CASE WHEN root:Person THEN 'PERSON' WHEN root:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS rootKind,
       root.id AS rootId,
       [introduced IN reverse(relationships(path)) |
         {referralId: introduced.referralId, referrerId: startNode(introduced).id, refereeId: endNode(introduced).id}] AS hops,
       [node IN nodes(path) WHERE node:Person] AS persons
