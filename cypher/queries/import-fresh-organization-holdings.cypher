// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Organization)-[:HOLDS {balanceCents, since, status}]->(:Product).
UNWIND $rows AS row
MATCH (o:Organization {id: row.holderId})
MATCH (prd:Product {id: row.productId})
CREATE (o)-[:HOLDS {balanceCents: row.balanceCents, since: date(row.since), status: row.status}]->(prd)
