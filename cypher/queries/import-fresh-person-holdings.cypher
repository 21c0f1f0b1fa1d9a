// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Person)-[:HOLDS {balanceCents, since, status}]->(:Product);
// balanceCents arrives as an integer.
UNWIND $rows AS row
MATCH (p:Person {id: row.holderId})
MATCH (prd:Product {id: row.productId})
CREATE (p)-[:HOLDS {balanceCents: row.balanceCents, since: date(row.since), status: row.status}]->(prd)
