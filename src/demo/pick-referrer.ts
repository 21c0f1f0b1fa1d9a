import { ReferralChannel, ReferrerKind, StaffRole } from '../domain/model';
import type { BankState } from './bank-state';
import { staffOf } from './branches-and-staff';
import { REFERRER_SETTLING_DAYS } from './calendar';
import { Weighted } from './weighted';

const CLIENT_CHANNEL = new Weighted<ReferralChannel>([
  [ReferralChannel.CLIENT_INTRODUCTION, 84],
  [ReferralChannel.EVENT, 8],
  [ReferralChannel.DIGITAL, 6],
  [ReferralChannel.OTHER, 2],
]);

/** Who refers, by the kind of referrer, and how the referral came in. */
export interface ReferralSource {
  kind: ReferrerKind;
  referrer: number;
  channel: ReferralChannel;
}

/**
 * Who refers `p` on `day`: their employer if it banks with us (corporate-
 * retail linkage), else sometimes a lobby manager or teller, else a client
 * drawn from the urn who had settled in by then and is not `p` or `exclude`.
 * `urns` holds a list of client referrers per branch, each once per ticket.
 */
export function pickReferrer(
  bank: BankState,
  urns: readonly (readonly number[])[],
  p: number,
  day: number,
  employerChance: number,
  staffChance: number,
  exclude: number,
): ReferralSource {
  const { rng } = bank;
  const employer = bank.employer[p];
  if (employer >= 0 && bank.orgs[employer].isClient && rng.chance(employerChance)) {
    return { kind: ReferrerKind.ORGANIZATION, referrer: employer, channel: ReferralChannel.CORPORATE_LINKAGE };
  }
  if (!rng.chance(staffChance)) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const urn = urns[rng.chance(0.1) ? rng.int(bank.branchCount) : bank.branch[p]];
      if (urn.length === 0) continue;
      const q = urn[rng.int(urn.length)];
      if (q !== p && q !== exclude && bank.sinceDay[q] + REFERRER_SETTLING_DAYS <= day) {
        return { kind: ReferrerKind.PERSON, referrer: q, channel: CLIENT_CHANNEL.sample(rng) };
      }
    }
  }
  const branch = bank.branch[p];
  const lobby = staffOf(bank, branch, StaffRole.LOBBY_MANAGER);
  const tellers = staffOf(bank, branch, StaffRole.TELLER);
  const staff = rng.chance(0.55) || tellers.length === 0 ? rng.pick(lobby) : rng.pick(tellers);
  return { kind: ReferrerKind.STAFF, referrer: staff, channel: rng.chance(0.95) ? ReferralChannel.STAFF_RECOMMENDATION : ReferralChannel.EVENT };
}
