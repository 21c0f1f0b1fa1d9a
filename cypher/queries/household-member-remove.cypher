// Takes a person out of a household (undoes household-member-add); the
// household stays, if empty. The person is locked before the membership is
// read, so two removals, or a removal and a join, of one person run one after
// the other; the second removal finds none (removed: false).
MATCH (p:Person {id: $personId}), (h:Household {id: $householdId})
SET p._lock = true
REMOVE p._lock
WITH p, h
OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h)
WITH p, h, m, m IS NOT NULL AS removed
DELETE m
RETURN h, removed
