MATCH (p:Person)
WITH p
