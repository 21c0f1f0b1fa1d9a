// Locks what a step of a referral depends on, before the facts are read by
// the next statement (a write takes Neo4j's exclusive lock, held until
// commit; the property is removed again, so the graph is unchanged).
// A conversion first locks the one AttributionLock node, then the referee;
// every step then locks the referral itself.
// Why one lock for all conversions: whether an attribution closes a cycle
// depends on the whole chain above the referrer, not on its two ends (A→B
// and C→D converted, then B→C and D→A at once share no person and would
// close A→B→C→D→A). Locking the root of the referrer's tree instead was
// sound, but measured on Neo4j 5.26 it deadlocked: a conversion waiting for
// the referee while holding another lock blocks the holder's INTRODUCED
// insert (relationship-group locks), and each deadlock costs a driver retry
// of a second or more. Conversions are a person's decision, a few a minute;
// serializing them costs milliseconds each, and whoever waits holds nothing.
// The referee is locked after it, so creates of referrals of this person
// (which lock the referee) see its status before or after the conversion.
MATCH (r:Referral {id: $id})-[:REFERS]->(referee:Person)
CALL {
  WITH referee
  WITH referee WHERE $converts
  MERGE (attribution:AttributionLock {id: 'attribution'})
  SET attribution._lock = true
  REMOVE attribution._lock
  SET referee._lock = true
  REMOVE referee._lock
  RETURN count(*) AS locked
}
SET r._lock = true
REMOVE r._lock
RETURN r.id AS id
