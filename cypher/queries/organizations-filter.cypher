// Shared by every organizations(...) anchor. An organization without the flag is no client (as the API reads it).
WHERE ($search IS NULL OR n.name CONTAINS $search)
  AND ($industry IS NULL OR n.industry = $industry)
  AND ($isClient IS NULL OR coalesce(n.isClient, false) = $isClient)
