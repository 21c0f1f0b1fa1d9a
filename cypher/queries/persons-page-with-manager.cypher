// Columns named as in managers-by-client-ids, so one mapper reads both.
WITH *, COLLECT {
  MATCH (p)-[:MANAGED_BY]->(s:Staff)
  OPTIONAL MATCH (s)-[:BASED_AT]->(b:Branch)
  RETURN {clientId: p.id, s: s, b: b}
} AS manager
