import { PersonStatus, ReferrerKind, UserErrorCode } from './model';
import type { UserError } from './outcome';

/** What the graph says about a referral about to be created. */
export interface ReferralCreationFacts {
  referrerFound: boolean;
  /** null when no person has the referee id. */
  refereeStatus: PersonStatus | null;
  /** null when no assignee was asked for. */
  assigneeFound: boolean | null;
  /** An open referral between the same two, if any. */
  openDuplicateId: string | null;
}

export interface ReferralCreationRequest {
  referrerKind: ReferrerKind;
  referrerId: string;
  refereeId: string;
  assignedStaffId: string | null;
}

/**
 * Why a referral may not be created (docs/rules.md#referral-lifecycle), empty when it may.
 * @example creationRefusals({ referrerKind: PERSON, referrerId: 'p1', refereeId: 'p1', assignedStaffId: null }, facts)
 *   // [{ field: 'refereeId', code: 'SELF_REFERRAL', message: 'A person cannot refer themselves.' }]
 */
export function creationRefusals(request: ReferralCreationRequest, facts: ReferralCreationFacts): UserError[] {
  const errors: UserError[] = [];
  if (request.referrerKind === ReferrerKind.PERSON && request.referrerId === request.refereeId) {
    errors.push({ field: 'refereeId', code: UserErrorCode.SELF_REFERRAL, message: 'A person cannot refer themselves.' });
  }
  if (!facts.referrerFound) {
    errors.push({
      field: 'referrerId',
      code: UserErrorCode.NOT_FOUND,
      message: `No ${request.referrerKind.toLowerCase()} with id "${request.referrerId}" (referrerKind is ${request.referrerKind}).`,
    });
  }
  if (facts.refereeStatus === null) {
    errors.push({ field: 'refereeId', code: UserErrorCode.NOT_FOUND, message: `No person with id "${request.refereeId}".` });
  } else if (facts.refereeStatus === PersonStatus.ACTIVE) {
    errors.push({
      field: 'refereeId',
      code: UserErrorCode.REFEREE_ALREADY_CLIENT,
      message: `Person "${request.refereeId}" is already an active client; refer prospects or lapsed clients.`,
    });
  }
  if (facts.assigneeFound === false) {
    errors.push({
      field: 'assignedStaffId',
      code: UserErrorCode.NOT_FOUND,
      message: `No staff with id "${request.assignedStaffId}".`,
    });
  }
  if (facts.openDuplicateId !== null) {
    errors.push({
      field: 'refereeId',
      code: UserErrorCode.DUPLICATE_OPEN_REFERRAL,
      message: `Referral "${facts.openDuplicateId}" from the same referrer to this person is still open; advance it instead.`,
    });
  }
  return errors;
}

/**
 * The attributed referral is the first to convert, and attributed referrals
 * form a forest: a conversion is attributed unless the referee already has
 * an attributed referral or attributing it would close a cycle (the referrer
 * was themselves brought in, directly or not, by the referee). Only the
 * attributed referral earns a reward.
 */
export function isAttributable(facts: { refereeAlreadyAttributed: boolean; wouldCloseCycle: boolean }): boolean {
  return !facts.refereeAlreadyAttributed && !facts.wouldCloseCycle;
}
