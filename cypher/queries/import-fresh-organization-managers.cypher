// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Organization)-[:MANAGED_BY {since}]->(:Staff), one per client.
UNWIND $rows AS row
MATCH (o:Organization {id: row.clientId})
MATCH (s:Staff {id: row.staffId})
CREATE (o)-[:MANAGED_BY {since: datetime(row.since)}]->(s)
