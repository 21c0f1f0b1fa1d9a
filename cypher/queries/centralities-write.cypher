UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.pagerank = row.pagerank, p.betweenness = row.betweenness
