// Demo import into a fresh graph (importBank's fresh mode: none of the bank's ids exist yet): (:Interaction)-[:WITH_PERSON]->(:Person),
// -[:BY_STAFF]->(:Staff), created; satisfaction arrives as an integer or null.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (s:Staff {id: row.staffId})
CREATE (p)<-[:WITH_PERSON]-(:Interaction:Entity {id: row.id, kind: row.kind, at: datetime(row.at), note: row.note,
                                                satisfaction: row.satisfaction, createdAt: datetime(row.at)})-[:BY_STAFF]->(s)
