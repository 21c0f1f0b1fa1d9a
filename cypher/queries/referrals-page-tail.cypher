  // Newest first; the cursor is the last row's (createdAt, id).
  AND ($afterCreatedAt IS NULL OR r.createdAt < datetime($afterCreatedAt)
       OR (r.createdAt = datetime($afterCreatedAt) AND r.id < $afterId))
WITH r
ORDER BY r.createdAt DESC, r.id DESC
LIMIT $limit
