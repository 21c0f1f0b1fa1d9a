// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): persons, created;
// aumCents and satisfaction arrive as integers (a null property is simply not stored).
UNWIND $rows AS row
CREATE (:Person:Entity {id: row.id, name: row.name, status: row.status, tier: row.tier, prospectGrade: row.prospectGrade,
                aumCents: row.aumCents, riskProfile: row.riskProfile, satisfaction: row.satisfaction, gender: row.gender,
                birthDate: date(row.birthDate), phone: row.phone, email: row.email, address: row.address,
                occupation: row.occupation, lastContactAt: datetime(row.lastContactAt),
                introductionsOptOut: row.introductionsOptOut,
                createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt)})
