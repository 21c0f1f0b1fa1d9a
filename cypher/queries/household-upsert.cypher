// Sets one household's changes after household-claim.
MATCH (h:Household {id: $id})
SET h += $props, h.updatedAt = datetime()
RETURN h
