MATCH (referee:Person {id: $refereeId})
CALL {
  MATCH (x:Person {id: $referrerId}) WHERE $referrerKind = 'PERSON' RETURN x
  UNION
  MATCH (x:Staff {id: $referrerId}) WHERE $referrerKind = 'STAFF' RETURN x
  UNION
  MATCH (x:Organization {id: $referrerId}) WHERE $referrerKind = 'ORGANIZATION' RETURN x
}
CREATE (r:Referral:Entity {
  id: $id, status: 'NEW', channel: $channel, note: $note, attributed: false,
  rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime(), createdBy: $createdBy
})
CREATE (x)-[:REFERRED]->(r)-[:REFERS]->(referee)
WITH r
OPTIONAL MATCH (s:Staff {id: $assignedStaffId})
FOREACH (assignee IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (r)-[:ASSIGNED_TO]->(assignee))
WITH r
