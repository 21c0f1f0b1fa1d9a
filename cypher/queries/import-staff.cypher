// Demo import: one batch of staff, merged by id.
UNWIND $rows AS row
MERGE (s:Staff {id: row.id})
SET s:Entity, s.name = row.name,
    s.role = row.role,
    s.createdAt = datetime(row.createdAt),
    s.updatedAt = datetime(row.updatedAt)
