// Demo import: one batch of organizations, merged by id; employeeCount and registeredCapitalCents arrive as integers.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o:Entity, o.name = row.name,
    o.industry = row.industry,
    o.employeeCount = row.employeeCount,
    o.registeredCapitalCents = row.registeredCapitalCents,
    o.isClient = row.isClient,
    o.createdAt = datetime(row.createdAt),
    o.updatedAt = datetime(row.updatedAt)
