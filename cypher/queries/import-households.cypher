// Demo import: one batch of households, merged by id.
UNWIND $rows AS row
MERGE (h:Household {id: row.id})
SET h:Entity, h.name = row.name,
    h.address = row.address,
    h.createdAt = datetime(row.createdAt),
    h.updatedAt = datetime(row.updatedAt)
