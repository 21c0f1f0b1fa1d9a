MATCH (p:Person {id: $id})
SET p.status = $status, p.updatedAt = datetime()
RETURN p
