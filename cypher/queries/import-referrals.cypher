// Demo import: one batch of referral nodes, merged by id; their ends are linked by import-referral-links and import-referred-by-*.
UNWIND $rows AS row
MERGE (r:Referral {id: row.id})
SET r:Entity, r.status = row.status,
    r.channel = row.channel,
    r.note = row.note,
    r.attributed = row.attributed,
    r.rewardStatus = row.rewardStatus,
    r.createdAt = datetime(row.createdAt),
    r.updatedAt = datetime(row.updatedAt),
    r.contactedAt = datetime(row.contactedAt),
    r.qualifiedAt = datetime(row.qualifiedAt),
    r.convertedAt = datetime(row.convertedAt),
    r.closedAt = datetime(row.closedAt)
