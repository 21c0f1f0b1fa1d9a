/*
 * The demo bank's calendar: days are numbered from 1970-01-01 and instants are
 * ms since then, both counted back from a fixed reference date, and written
 * out as the ISO strings the rows carry.
 */

/** Every date in the demo bank is at or before this day; nothing reads the clock. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const REF_DAY = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`) / DAY_MS;
export const REF_MS = REF_DAY * DAY_MS;
export const FIRST_CLIENT_DAY = Date.parse('2005-01-01T00:00:00Z') / DAY_MS;
/** A client refers only once settled in; also keeps conversion times rising down every chain. */
export const REFERRER_SETTLING_DAYS = 60;
/** Referral conversions fall in the last five years. */
export const REFERRAL_WINDOW_DAYS = 5 * 365;

/*
 * ISO strings from caches: a million people share a few tens of thousands of
 * calendar days and 86,400 clock times, so each instant is one concatenation
 * of two shared strings instead of a Date and a fresh string.
 */
const DAY_CACHE_OFFSET = 60_000; // days before 1970-01-01 the cache covers (back to 1805)
const dayStrings: string[] = [];
const dayPrefixes: string[] = [];
const clockStrings: string[] = [];

/** "YYYY-MM-DD" of a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  const slot = day + DAY_CACHE_OFFSET;
  return dayStrings[slot] ?? (dayStrings[slot] = new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** "YYYY-MM-DDTHH:MM:SS.000Z" of an instant in ms, as `Date.prototype.toISOString` writes it. */
export function isoInstant(ms: number): string {
  if (ms % 1000 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  const second = (ms - day * DAY_MS) / 1000;
  const slot = day + DAY_CACHE_OFFSET;
  const prefix = dayPrefixes[slot] ?? (dayPrefixes[slot] = `${isoDay(day)}T`);
  const clock = clockStrings[second] ?? (clockStrings[second] = new Date(second * 1000).toISOString().slice(11));
  return prefix + clock;
}

/** The instant as an ISO string, or null for NaN (a stage not reached). */
export function orNull(ms: number): string | null {
  return Number.isNaN(ms) ? null : isoInstant(ms);
}

/** The instant, or -Infinity for NaN (a stage not reached), so it never wins a `Math.max`. */
export function orMinus(ms: number): number {
  return Number.isNaN(ms) ? -Infinity : ms;
}
