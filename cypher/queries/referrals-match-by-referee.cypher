MATCH (:Person {id: $refereeId})<-[:REFERS]-(r:Referral)
WITH r
