// The referrals one staff member recorded, from the Referral.createdBy index (front-desk staff's lists).
MATCH (r:Referral)
WHERE r.createdBy = $createdBy
WITH r
