UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN id AS organizationId, COUNT { (o)<-[:WORKS_AT]-(:Person) } AS total
