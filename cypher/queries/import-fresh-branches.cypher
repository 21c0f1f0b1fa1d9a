// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): branches, created.
UNWIND $rows AS row
CREATE (:Branch:Entity {id: row.id, name: row.name, city: row.city,
                createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
