// Columns named as in employments-by-person-ids, so one mapper reads both.
WITH *, COLLECT {
  MATCH (p)-[w:WORKS_AT]->(o:Organization)
  RETURN {personId: p.id, o: o, title: w.title, keyPerson: coalesce(w.keyPerson, false)}
  ORDER BY o.id
} AS employments
