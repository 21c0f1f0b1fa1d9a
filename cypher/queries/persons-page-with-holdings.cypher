// Columns named as in holdings-by-holder-ids, so one mapper reads both.
WITH *, COLLECT {
  MATCH (p)-[x:HOLDS]->(pr:Product)
  RETURN {holderId: p.id, pr: pr, x: x}
  ORDER BY pr.id
} AS holdings
