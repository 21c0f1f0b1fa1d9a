// The unfiltered totalCount: read from the count store.
MATCH (n:Organization)
RETURN count(n) AS total
