// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Person)-[:MANAGED_BY {since}]->(:Staff), one per client.
UNWIND $rows AS row
MATCH (p:Person {id: row.clientId})
MATCH (s:Staff {id: row.staffId})
CREATE (p)-[:MANAGED_BY {since: datetime(row.since)}]->(s)
