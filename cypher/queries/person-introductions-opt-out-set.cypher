// Records whether a person may be asked to introduce others; no row when there is no such person.
MATCH (p:Person {id: $id})
SET p.introductionsOptOut = $optOut, p.updatedAt = datetime()
RETURN p
