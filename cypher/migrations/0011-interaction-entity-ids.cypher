// Interactions are entities too (node(id:) answers them), so their ids join
// the one id space of 0007-entity-ids: interactions recorded before get the label.
MATCH (n:Interaction) WHERE NOT n:Entity SET n:Entity;
