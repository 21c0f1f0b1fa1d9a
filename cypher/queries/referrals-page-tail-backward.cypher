  // referrals-page-tail read backwards: the page just newer than the cursor (or the oldest), nearest first.
  AND ($beforeCreatedAt IS NULL OR r.createdAt > datetime($beforeCreatedAt)
       OR (r.createdAt = datetime($beforeCreatedAt) AND r.id > $beforeId))
WITH r
ORDER BY r.createdAt, r.id
LIMIT $limit
