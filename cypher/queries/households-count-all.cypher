// The unfiltered totalCount: read from the count store.
MATCH (n:Household)
RETURN count(n) AS total
