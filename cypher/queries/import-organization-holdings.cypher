// Demo import: (:Organization)-[:HOLDS {balanceCents, since, status}]->(:Product).
UNWIND $rows AS row
MATCH (o:Organization {id: row.holderId})
MATCH (prd:Product {id: row.productId})
MERGE (o)-[h:HOLDS]->(prd)
SET h.balanceCents = row.balanceCents,
    h.since = date(row.since),
    h.status = row.status
