// A range seek on the last-contact index; the shared filter checks the rest of the window.
MATCH (p:Person)
WHERE p.lastContactAt >= datetime($lastContactFrom)
WITH p
