// Anchor for ranking the whole bank by referral influence: people who
// introduced someone, found from the INTRODUCED relationships themselves, so
// the cost is the size of the referral forest, not of the people graph.
MATCH (p:Person)-[:INTRODUCED]->(:Person)
WITH DISTINCT p
