// The TEXT index on Person.name serves CONTAINS.
MATCH (p:Person)
WHERE p.name CONTAINS $search
WITH p
