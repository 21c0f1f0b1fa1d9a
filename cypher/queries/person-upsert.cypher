// Sets one person's changes after person-claim; properties absent from $props are kept.
MATCH (p:Person {id: $id})
SET p += $props, p.updatedAt = datetime()
RETURN p
