// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): referral nodes, created;
// their ends are linked by import-fresh-referral-links and import-fresh-referred-by-*.
UNWIND $rows AS row
CREATE (:Referral:Entity {id: row.id, status: row.status, channel: row.channel, note: row.note, attributed: row.attributed,
                  rewardStatus: row.rewardStatus, createdAt: datetime(row.createdAt), updatedAt: datetime(row.updatedAt),
                  contactedAt: datetime(row.contactedAt), qualifiedAt: datetime(row.qualifiedAt),
                  convertedAt: datetime(row.convertedAt), closedAt: datetime(row.closedAt)})
