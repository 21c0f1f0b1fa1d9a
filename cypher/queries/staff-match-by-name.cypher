// The TEXT index on Staff.name serves CONTAINS.
MATCH (n:Staff)
WHERE n.name CONTAINS $search
WITH n
