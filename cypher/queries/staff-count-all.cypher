// The unfiltered totalCount: read from the count store.
MATCH (n:Staff)
RETURN count(n) AS total
