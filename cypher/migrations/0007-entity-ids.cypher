// Ids are unique across all entity types, as node(id:) and clients' normalised caches need: every
// entity also carries the Entity label, and one constraint covers them all. Statements that create
// entities add the label, and these give it to nodes made before. A bank whose data already uses one id
// for two kinds of record stops here with the constraint's message naming the id.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
MATCH (n:Person) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Organization) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Household) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Staff) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Branch) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Product) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Referral) WHERE NOT n:Entity SET n:Entity;
