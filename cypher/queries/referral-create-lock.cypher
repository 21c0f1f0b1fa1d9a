// Locks the referee of a referral about to be created (a write takes Neo4j's
// exclusive lock, held until commit; the property is removed again, so the
// graph is unchanged). Every create and every conversion of a referral of
// this person takes this lock first, so the facts read next (an open
// referral between the same two, the referee's status, the id) hold until
// commit. The referee is the node contended for, so it is locked before any
// other: a transaction waiting for it holds nothing another needs.
MATCH (referee:Person {id: $refereeId})
SET referee._lock = true
REMOVE referee._lock
RETURN referee.id AS id
