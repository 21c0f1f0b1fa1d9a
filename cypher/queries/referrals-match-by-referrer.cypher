CALL {
  MATCH (x:Person {id: $referrerId}) RETURN x
  UNION
  MATCH (x:Staff {id: $referrerId}) RETURN x
  UNION
  MATCH (x:Organization {id: $referrerId}) RETURN x
}
MATCH (x)-[:REFERRED]->(r:Referral)
WITH r
