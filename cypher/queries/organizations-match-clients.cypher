// Corporate clients are a few of all employers: the isClient index finds them.
MATCH (n:Organization)
WHERE n.isClient = true
WITH n
