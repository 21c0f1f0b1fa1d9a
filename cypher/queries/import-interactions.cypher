// Demo import: (:Interaction)-[:WITH_PERSON]->(:Person), -[:BY_STAFF]->(:Staff), merged by id; satisfaction arrives as an integer or null.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (s:Staff {id: row.staffId})
MERGE (i:Interaction {id: row.id})
SET i:Entity,
    i.kind = row.kind,
    i.at = datetime(row.at),
    i.note = row.note,
    i.satisfaction = row.satisfaction,
    i.createdAt = datetime(row.at)
MERGE (i)-[:WITH_PERSON]->(p)
MERGE (i)-[:BY_STAFF]->(s)
