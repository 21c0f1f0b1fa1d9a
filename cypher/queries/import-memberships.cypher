// Demo import: (:Person)-[:MEMBER_OF {role}]->(:Household).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (h:Household {id: row.householdId})
MERGE (p)-[m:MEMBER_OF]->(h)
SET m.role = row.role
