// The branch node and the client count come along, so staff { branch clientCount } is one round trip.
UNWIND $ids AS id
MATCH (s:Staff {id: id})
OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
RETURN s, b, COUNT { (s)<-[:MANAGED_BY]-(:Person) } AS clientCount
