// Contact history (the attention list): recordInteraction and the demo import look an
// (:Interaction) up by id, so a caller's retry finds the one already made.
// The unique constraint is also the id index.
CREATE CONSTRAINT interaction_id_unique IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
