// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): products, created.
UNWIND $rows AS row
CREATE (:Product:Entity {id: row.id, name: row.name, category: row.category, riskLevel: row.riskLevel,
                 createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
