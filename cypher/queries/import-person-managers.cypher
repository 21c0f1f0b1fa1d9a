// Demo import: (:Person)-[:MANAGED_BY {since}]->(:Staff). One client, one manager: any other manager link is removed.
UNWIND $rows AS row
MATCH (p:Person {id: row.clientId})
MATCH (s:Staff {id: row.staffId})
CALL (p, s) {
  MATCH (p)-[old:MANAGED_BY]->(other:Staff)
  WHERE other <> s
  DELETE old
}
MERGE (p)-[m:MANAGED_BY]->(s)
SET m.since = datetime(row.since)
