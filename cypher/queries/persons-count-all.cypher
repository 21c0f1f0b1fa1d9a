// The unfiltered totalCount: read from the count store, not by visiting every person.
MATCH (p:Person)
RETURN count(p) AS total
