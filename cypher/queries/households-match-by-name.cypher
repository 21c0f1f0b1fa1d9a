// The TEXT index on Household.name serves CONTAINS.
MATCH (n:Household)
WHERE n.name CONTAINS $search
WITH n
