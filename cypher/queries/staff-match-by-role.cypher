MATCH (n:Staff)
WHERE n.role = $role
WITH n
