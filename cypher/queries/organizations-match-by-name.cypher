// The TEXT index on Organization.name serves CONTAINS.
MATCH (n:Organization)
WHERE n.name CONTAINS $search
WITH n
