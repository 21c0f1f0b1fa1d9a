// Columns named as in household-memberships-by-person-ids, so one mapper reads both.
WITH *, COLLECT {
  MATCH (p)-[m:MEMBER_OF]->(h:Household)
  RETURN {personId: p.id, h: h, role: m.role}
} AS household
