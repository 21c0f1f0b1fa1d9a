// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): households, created.
UNWIND $rows AS row
CREATE (:Household:Entity {id: row.id, name: row.name, address: row.address,
                   createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
