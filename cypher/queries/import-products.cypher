// Demo import: one batch of products, merged by id.
UNWIND $rows AS row
MERGE (p:Product {id: row.id})
SET p:Entity, p.name = row.name,
    p.category = row.category,
    p.riskLevel = row.riskLevel,
    p.createdAt = datetime(row.createdAt),
    p.updatedAt = datetime(row.updatedAt)
