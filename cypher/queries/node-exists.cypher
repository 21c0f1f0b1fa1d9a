// Which of the named nodes exist; used to say which id a failed write could not find.
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (b:Branch {id: $branchId})
OPTIONAL MATCH (pr:Product {id: $productId})
OPTIONAL MATCH (h:Household {id: $householdId})
RETURN p IS NOT NULL AS person, o IS NOT NULL AS organization, s IS NOT NULL AS staff,
       b IS NOT NULL AS branch, pr IS NOT NULL AS product, h IS NOT NULL AS household
