/**
 * Contact history for the attention list (docs/domain.md#contact-plans: contact
 * plans by phone and face to face, on occasions such as product maturity,
 * salons and seminars, birthdays and holidays).
 */

/** How a member of staff was in touch with a person. */
export enum InteractionKind {
  /** A phone call. */
  CALL = 'CALL',
  /** A face-to-face meeting at the branch. */
  MEETING = 'MEETING',
  /** A visit to the client's home or business. */
  VISIT = 'VISIT',
  /** A message: text, WeChat, e-mail or letter (a written thank-you counts). */
  MESSAGE = 'MESSAGE',
  /** A salon, seminar or client event the person attended. */
  EVENT = 'EVENT',
}

/** The longest note kept with an interaction. */
export const NOTE_MAX_LENGTH = 2000;

/** Clocks differ a little between a front end and the server; further ahead is a mistake. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** An interaction as stored. */
export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  at: Date;
  note: string | null;
  satisfaction: number | null;
  personId: string;
  staffId: string | null;
  createdAt: Date;
}

/**
 * Why an interaction time is refused, or null: contact history records what
 * happened, so nothing later than `now` plus CLOCK_SKEW_MS.
 * @example futureRefusal(new Date('2030-01-01'), new Date('2026-11-23T14:00:00Z')) // 'must not be in the future; …'
 */
export function futureRefusal(at: Date, now: Date): string | null {
  if (at.getTime() <= now.getTime() + CLOCK_SKEW_MS) return null;
  return `must not be in the future; got ${at.toISOString()}, and it is now ${now.toISOString()} (5 minutes of clock skew allowed).`;
}
