import { LRUCache } from 'lru-cache';
import type { StaffRecord } from '../domain/records';
import type { Viewer } from '../domain/viewer';
import { unauthenticated } from '../errors';

/** The stored record of a member of staff, or null when there is none. */
export type StaffLookup = (staffId: string) => Promise<StaffRecord | null>;

/** Checks a verified token's claims against the staff record; resolves to the viewer, or throws UNAUTHENTICATED. */
export type StaffCheck = (viewer: Viewer) => Promise<Viewer>;

/** One message for every mismatch, so a token's holder cannot probe which staff ids, roles or branches exist. */
export const STAFF_MISMATCH =
  'The token does not name an active member of staff with the role and branch it claims (unknown, deactivated, or moved since it was issued); ask for a new token.';

/** Staff records kept at once; more than a bank's staff, so the cache only bounds memory against forged ids. */
const RECORDS_KEPT = 10_000;

/**
 * A signature proves who issued a token, not that its claims still hold:
 * `sub` must be an existing, active member of staff whose role and branch
 * are the token's. Each record is remembered for `cacheMs` (0: looked up
 * on every request), apart from the verified-token cache, so deactivating
 * someone or moving them takes effect within `cacheMs`. Unknown ids are
 * remembered too, and concurrent requests of one staff member share one
 * lookup. A failed lookup (the database down) is passed on, not cached.
 */
export function staffCheck(lookup: StaffLookup, cacheMs: number): StaffCheck {
  const cache = new LRUCache<string, { record: StaffRecord | null }>({
    max: RECORDS_KEPT,
    ttl: cacheMs,
    fetchMethod: async (staffId) => ({ record: await lookup(staffId) }),
  });
  const find = async (staffId: string) => (cacheMs > 0 ? ((await cache.fetch(staffId))?.record ?? null) : lookup(staffId));
  return async (viewer) => {
    const record = await find(viewer.staffId);
    if (!record || !matches(record, viewer)) throw unauthenticated(STAFF_MISMATCH);
    return viewer;
  };
}

function matches(record: StaffRecord, viewer: Viewer): boolean {
  return record.active && record.role === viewer.role && record.branchId === viewer.branchId;
}
