// Sets one organization's changes after organization-claim.
MATCH (o:Organization {id: $id})
SET o += $props, o.updatedAt = datetime()
RETURN o
