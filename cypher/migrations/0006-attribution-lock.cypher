// The one node every conversion locks first (see referral-advance-lock.cypher);
// it is MERGEd there, and this keeps it single even when two conversions
// create it at once.
CREATE CONSTRAINT attribution_lock_id_unique IF NOT EXISTS FOR (n:AttributionLock) REQUIRE n.id IS UNIQUE;
