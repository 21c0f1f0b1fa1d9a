import type { Database } from '../db/database';
import { findClientFacts, findHouseholdFacts, findReferralFacts } from '../db/write-facts';
import { ClientKind } from '../domain/model';
import { one } from './keyed';

/**
 * What the write rules (src/auth/operation-rules.ts) read: one round trip
 * per kind of object, batched. Never cached, and never priming the read
 * loaders: each rule must see the graph as it is now, not as an earlier
 * mutation of the same request left it, and the answer is read after the write.
 */
export function writeFactLoaders(db: Database) {
  const uncached = { cache: false } as const;
  return {
    personFacts: one((ids) => findClientFacts(db, ClientKind.PERSON, ids), (row) => row.clientId, uncached),
    organizationFacts: one((ids) => findClientFacts(db, ClientKind.ORGANIZATION, ids), (row) => row.clientId, uncached),
    householdFacts: one((ids) => findHouseholdFacts(db, ids), (row) => row.householdId, uncached),
    referralFacts: one((ids) => findReferralFacts(db, ids), (row) => row.referralId, uncached),
  };
}
