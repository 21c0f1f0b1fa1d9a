import { ReferralStatus, ReferrerKind } from '../domain/model';
import type { BankState } from './bank-state';
import { DAY_MS, FIRST_CLIENT_DAY, HOUR_MS, REF_DAY, REFERRAL_WINDOW_DAYS, REFERRER_SETTLING_DAYS } from './calendar';
import { S_ACTIVE } from './person-codes';
import { pickReferrer } from './pick-referrer';

/** What growing the forest leaves for the later referral steps. */
export interface ReferralForest {
  /** Per branch, client referrers once per ticket they hold. */
  readonly urns: number[][];
  /** Index in `bank.drafts` of the attributed referral of each person won by one; -1 for the others. */
  readonly attributedDraft: Int32Array;
}

/** How many tickets a client holds in the referrer urn: satisfied clients refer, unsatisfied ones do not. */
function urnWeight(bank: BankState, p: number): number {
  if (bank.status[p] !== S_ACTIVE || bank.age[p] < 22 || bank.optOut[p]) return 0;
  if (bank.influence[p]) return 40;
  const s = bank.satisfaction[p];
  const base = s >= 9 ? 3 : s === 8 ? 2 : s >= 6 ? 1 : 0;
  // Clients who came by referral refer more themselves.
  return base === 0 ? 0 : base + (bank.referredDay[p] >= 0 ? 2 : 0);
}

/**
 * Attributed referrals, grown day by day over the last five years: each
 * client won by referral draws a referrer from a per-branch urn of settled,
 * satisfied clients, a referrer gains tickets with every conversion
 * (preferential attachment, so a few centres of influence bring many), and
 * a new client joins the urn once settled in. A referrer has always
 * converted before their referee, so the attributed referrals form a forest.
 */
export function growReferralForest(bank: BankState): ReferralForest {
  const { rng, n } = bank;
  const span = REF_DAY - FIRST_CLIENT_DAY + 1;
  const eligibleHead = new Int32Array(span).fill(-1);
  const eligibleNext = new Int32Array(n).fill(-1);
  const convertHead = new Int32Array(span).fill(-1);
  const convertNext = new Int32Array(n).fill(-1);
  const forest: ReferralForest = {
    urns: Array.from({ length: bank.branchCount }, () => []),
    attributedDraft: new Int32Array(n).fill(-1),
  };

  for (let p = 0; p < n; p++) {
    if (bank.status[p] === S_ACTIVE && bank.age[p] >= 18 && rng.chance(0.3)) {
      const earliest = Math.max(REF_DAY - REFERRAL_WINDOW_DAYS, bank.birthDay[p] + 18 * 365);
      const day = rng.between(Math.min(earliest, REF_DAY - 7), REF_DAY - 7);
      bank.referredDay[p] = day;
      bank.sinceDay[p] = day;
      bank.createdMs[p] = rng.businessTime(day);
      bank.lastContactMs[p] = Math.max(bank.lastContactMs[p], bank.createdMs[p]);
      convertNext[p] = convertHead[day - FIRST_CLIENT_DAY];
      convertHead[day - FIRST_CLIENT_DAY] = p;
    } else if (bank.sinceDay[p] >= 0 && urnWeight(bank, p) > 0) {
      const day = Math.max(FIRST_CLIENT_DAY, bank.sinceDay[p] + REFERRER_SETTLING_DAYS);
      if (day > REF_DAY) continue;
      eligibleNext[p] = eligibleHead[day - FIRST_CLIENT_DAY];
      eligibleHead[day - FIRST_CLIENT_DAY] = p;
    }
  }

  for (let day = FIRST_CLIENT_DAY; day <= REF_DAY; day++) {
    const slot = day - FIRST_CLIENT_DAY;
    for (let p = eligibleHead[slot]; p >= 0; p = eligibleNext[p]) {
      const urn = forest.urns[bank.branch[p]];
      for (let k = urnWeight(bank, p); k > 0; k--) urn.push(p);
    }
    for (let p = convertHead[slot]; p >= 0; p = convertNext[p]) {
      attributeConversion(bank, forest, p, day);
      const settled = day + REFERRER_SETTLING_DAYS;
      if (settled <= REF_DAY && urnWeight(bank, p) > 0) {
        eligibleNext[p] = eligibleHead[settled - FIRST_CLIENT_DAY];
        eligibleHead[settled - FIRST_CLIENT_DAY] = p;
      }
    }
  }
  return forest;
}

/** The attributed referral that won `p` on `day`, its stages counted back from the conversion. */
function attributeConversion(bank: BankState, forest: ReferralForest, p: number, day: number): void {
  const { rng } = bank;
  const convertedMs = rng.businessTime(day);
  const qualifiedMs = convertedMs - rng.between(2, 30) * DAY_MS - rng.millis(4 * HOUR_MS);
  const contactedMs = qualifiedMs - rng.between(1, 20) * DAY_MS;
  const createdMs = contactedMs - HOUR_MS - rng.millis(4 * DAY_MS);
  const source = pickReferrer(bank, forest.urns, p, day, 0.35, 0.12, -1);
  if (source.kind === ReferrerKind.PERSON) {
    // Rich get richer: each conversion earns the referrer more tickets.
    const urn = forest.urns[bank.branch[source.referrer]];
    urn.push(source.referrer, source.referrer, source.referrer);
  }
  forest.attributedDraft[p] = bank.drafts.length;
  bank.drafts.push({
    ...source,
    referee: p,
    status: ReferralStatus.CONVERTED,
    attributed: true,
    createdMs,
    contactedMs,
    qualifiedMs,
    convertedMs,
    closedMs: NaN,
  });
}
