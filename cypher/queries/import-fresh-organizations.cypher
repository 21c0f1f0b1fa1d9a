// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): organizations, created;
// employeeCount and registeredCapitalCents arrive as integers.
UNWIND $rows AS row
CREATE (:Organization:Entity {id: row.id, name: row.name, industry: row.industry, employeeCount: row.employeeCount,
                      registeredCapitalCents: row.registeredCapitalCents, isClient: row.isClient,
                      createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
