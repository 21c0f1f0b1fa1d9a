// Deactivated staff carry active = false (the active ones may carry no flag at all, so only this side seeks the index).
MATCH (n:Staff)
WHERE n.active = false
WITH n
