// Demo import: (:Organization)-[:MANAGED_BY {since}]->(:Staff). One client, one manager: any other manager link is removed.
UNWIND $rows AS row
MATCH (o:Organization {id: row.clientId})
MATCH (s:Staff {id: row.staffId})
CALL (o, s) {
  MATCH (o)-[old:MANAGED_BY]->(other:Staff)
  WHERE other <> s
  DELETE old
}
MERGE (o)-[m:MANAGED_BY]->(s)
SET m.since = datetime(row.since)
