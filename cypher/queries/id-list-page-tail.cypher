  // Shared by organizations, staffMembers and households: after an anchor and the list's filter, one page in id order.
  AND ($after IS NULL OR n.id > $after)
WITH n
ORDER BY n.id
LIMIT $limit
