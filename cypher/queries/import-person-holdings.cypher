// Demo import: (:Person)-[:HOLDS {balanceCents, since, status}]->(:Product); balanceCents arrives as an integer.
UNWIND $rows AS row
MATCH (p:Person {id: row.holderId})
MATCH (prd:Product {id: row.productId})
MERGE (p)-[h:HOLDS]->(prd)
SET h.balanceCents = row.balanceCents,
    h.since = date(row.since),
    h.status = row.status
