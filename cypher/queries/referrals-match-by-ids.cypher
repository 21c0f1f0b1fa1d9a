UNWIND $ids AS id
MATCH (r:Referral {id: id})
WITH r
