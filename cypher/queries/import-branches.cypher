// Demo import: one batch of branches, merged by id so a re-run changes nothing.
UNWIND $rows AS row
MERGE (b:Branch {id: row.id})
SET b:Entity, b.name = row.name,
    b.city = row.city,
    b.createdAt = datetime(row.createdAt),
    b.updatedAt = datetime(row.updatedAt)
