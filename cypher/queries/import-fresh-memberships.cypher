// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Person)-[:MEMBER_OF {role}]->(:Household).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (h:Household {id: row.householdId})
CREATE (p)-[:MEMBER_OF {role: row.role}]->(h)
