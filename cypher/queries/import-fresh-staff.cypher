// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): staff, created.
UNWIND $rows AS row
CREATE (:Staff:Entity {id: row.id, name: row.name, role: row.role,
               createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
