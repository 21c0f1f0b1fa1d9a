UNWIND $ids AS id
MATCH (:Person {id: id})-[m:MEMBER_OF]->(h:Household)
RETURN id AS personId, h, m.role AS role
