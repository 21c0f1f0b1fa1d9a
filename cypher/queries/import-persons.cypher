// Demo import: one batch of persons, merged by id; aumCents and satisfaction arrive as integers.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p:Entity, p.name = row.name,
    p.status = row.status,
    p.tier = row.tier,
    p.prospectGrade = row.prospectGrade,
    p.aumCents = row.aumCents,
    p.riskProfile = row.riskProfile,
    p.satisfaction = row.satisfaction,
    p.gender = row.gender,
    p.birthDate = date(row.birthDate),
    p.phone = row.phone,
    p.email = row.email,
    p.address = row.address,
    p.occupation = row.occupation,
    p.lastContactAt = datetime(row.lastContactAt),
    p.introductionsOptOut = row.introductionsOptOut,
    p.createdAt = datetime(row.createdAt),
    p.updatedAt = datetime(row.updatedAt)
