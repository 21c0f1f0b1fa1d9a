import { ReferrerKind, RewardStatus } from '../domain/model';
import type { ReferralRow } from './bank-rows';
import type { BankState } from './bank-state';
import { DAY_MS, isoInstant, orMinus, orNull, REF_MS } from './calendar';
import { idFormat, organizationId } from './ids';
import { NOTES } from './vocabulary';

/**
 * The referral drafts as rows, in the order they were made. Also moves each
 * referee's record back to their first referral, and returns each person's
 * last referral activity (-Infinity when none) for their own `updatedAt`.
 */
export function makeReferralRows(bank: BankState, staffId: (index: number) => string): { referrals: ReferralRow[]; lastTouchMs: Float64Array } {
  const { rng, n } = bank;
  const orgCount = bank.orgs.length;
  bank.drafts.sort((a, b) => a.createdMs - b.createdMs || a.referee - b.referee);
  const referralId = idFormat('R', bank.drafts.length, 7);
  const lastTouchMs = new Float64Array(n).fill(-Infinity);
  const referrals = bank.drafts.map((draft, index): ReferralRow => {
    const p = draft.referee;
    bank.createdMs[p] = Math.min(bank.createdMs[p], draft.createdMs);
    const touched = Math.max(orMinus(draft.contactedMs), orMinus(draft.qualifiedMs), orMinus(draft.convertedMs), orMinus(draft.closedMs));
    lastTouchMs[p] = Math.max(lastTouchMs[p], touched);
    const referrerId =
      draft.kind === ReferrerKind.PERSON ? bank.ids[draft.referrer]
      : draft.kind === ReferrerKind.STAFF ? staffId(draft.referrer)
      : organizationId(draft.referrer, orgCount);
    const rewardStatus =
      !draft.attributed || draft.kind !== ReferrerKind.PERSON ? RewardStatus.NOT_ELIGIBLE
      : draft.convertedMs < REF_MS - 30 * DAY_MS ? RewardStatus.PAID
      : RewardStatus.PENDING;
    return {
      id: referralId(index),
      referrerKind: draft.kind,
      referrerId,
      refereeId: bank.ids[p],
      assignedStaffId: staffId(bank.manager[p]),
      status: draft.status,
      channel: draft.channel,
      note: rng.chance(0.8) ? rng.pick(NOTES[draft.channel]) : null,
      attributed: draft.attributed,
      rewardStatus,
      createdAt: isoInstant(draft.createdMs),
      updatedAt: isoInstant(Math.max(draft.createdMs, touched)),
      contactedAt: orNull(draft.contactedMs),
      qualifiedAt: orNull(draft.qualifiedMs),
      convertedAt: orNull(draft.convertedMs),
      closedAt: orNull(draft.closedMs),
    };
  });
  return { referrals, lastTouchMs };
}
