MATCH (r:Referral)
WITH r
