import { ReferralStatus, ReferrerKind } from '../domain/model';
import type { BankState, ReferralDraft } from './bank-state';
import { DAY_MS, HOUR_MS, REF_DAY, REF_MS } from './calendar';
import { S_PROSPECT } from './person-codes';
import { pickReferrer } from './pick-referrer';
import type { ReferralForest } from './referral-forest';
import { Weighted } from './weighted';

/** Prospect grades (0 = A, 1 = B, 2 = C) by how far their open referral has come. */
const GRADE_UNREFERRED = new Weighted<number>([[0, 10], [1, 30], [2, 60]]);
const GRADE_NEW = new Weighted<number>([[0, 10], [1, 40], [2, 50]]);
const GRADE_CONTACTED = new Weighted<number>([[0, 25], [1, 50], [2, 25]]);
const GRADE_QUALIFIED = new Weighted<number>([[0, 70], [1, 30]]);

/**
 * The rest of the lifecycle: open referrals of prospects (one at most per
 * prospect), closed ones (DECLINED, EXPIRED) in their past, earlier failed
 * referrals of clients later won by another, and a few second referrals
 * that converted after the attributed one (so are not attributed). Grades
 * every prospect on the way.
 */
export function addOtherReferrals(bank: BankState, forest: ReferralForest): void {
  const { rng, n } = bank;
  for (let p = 0; p < n; p++) {
    if (bank.status[p] === S_PROSPECT && bank.age[p] >= 18) {
      let grade = GRADE_UNREFERRED;
      if (rng.chance(0.45)) {
        const status = rng.chance(0.35) ? ReferralStatus.NEW : rng.chance(0.54) ? ReferralStatus.CONTACTED : ReferralStatus.QUALIFIED;
        const ago = status === ReferralStatus.NEW ? rng.between(1, 14) : status === ReferralStatus.CONTACTED ? rng.between(8, 60) : rng.between(30, 80);
        const createdMs = rng.businessTime(REF_DAY - ago);
        const contactedMs = status === ReferralStatus.NEW ? NaN : createdMs + HOUR_MS + rng.millis(4 * DAY_MS);
        const qualifiedMs = status === ReferralStatus.QUALIFIED ? contactedMs + rng.between(1, 20) * DAY_MS : NaN;
        bank.drafts.push({ ...pickReferrer(bank, forest.urns, p, REF_DAY - ago, 0.3, 0.25, -1), referee: p, status, attributed: false, createdMs, contactedMs, qualifiedMs, convertedMs: NaN, closedMs: NaN });
        grade = status === ReferralStatus.QUALIFIED ? GRADE_QUALIFIED : status === ReferralStatus.CONTACTED ? GRADE_CONTACTED : GRADE_NEW;
      }
      bank.grade[p] = grade.sample(rng);
      if (rng.chance(0.2)) addClosedReferral(bank, forest, p, REF_DAY - rng.between(100, 700), -1);
    } else if (bank.status[p] === S_PROSPECT) {
      bank.grade[p] = 2;
    } else if (bank.referredDay[p] >= 0) {
      const won = bank.drafts[forest.attributedDraft[p]];
      if (rng.chance(0.1)) {
        const day = Math.floor(won.createdMs / DAY_MS) - rng.between(120, 600);
        addClosedReferral(bank, forest, p, day, won.kind === ReferrerKind.PERSON ? won.referrer : -1);
      }
      if (rng.chance(0.02)) addLateConversion(bank, forest, p, won);
    }
  }
}

/** A referral of `p` opened on `day` that came to nothing: DECLINED after a contact, or EXPIRED untouched. */
function addClosedReferral(bank: BankState, forest: ReferralForest, p: number, day: number, exclude: number): void {
  const { rng } = bank;
  const createdMs = rng.businessTime(day);
  const declined = rng.chance(0.55);
  const contactedMs = declined || rng.chance(0.6) ? createdMs + HOUR_MS + rng.millis(4 * DAY_MS) : NaN;
  const qualifiedMs = declined && rng.chance(0.4) ? contactedMs + rng.between(1, 20) * DAY_MS : NaN;
  // An untouched referral expires after 90 days.
  const closedMs = declined ? (Number.isNaN(qualifiedMs) ? contactedMs : qualifiedMs) + rng.between(1, 20) * DAY_MS : createdMs + 90 * DAY_MS;
  bank.drafts.push({
    ...pickReferrer(bank, forest.urns, p, day, 0.2, 0.3, exclude),
    referee: p,
    status: declined ? ReferralStatus.DECLINED : ReferralStatus.EXPIRED,
    attributed: false,
    createdMs,
    contactedMs,
    qualifiedMs,
    convertedMs: NaN,
    closedMs,
  });
}

/** A second referral opened while the first was in progress, converting just after it: CONVERTED but not attributed. */
function addLateConversion(bank: BankState, forest: ReferralForest, p: number, won: ReferralDraft): void {
  const { rng } = bank;
  const createdMs = won.createdMs + rng.between(1, 5) * DAY_MS;
  const contactedMs = createdMs + HOUR_MS + rng.millis(2 * DAY_MS);
  const qualifiedMs = contactedMs + rng.between(1, 5) * DAY_MS;
  const convertedMs = Math.max(won.convertedMs + rng.between(1, 15) * DAY_MS, qualifiedMs + DAY_MS);
  if (convertedMs >= REF_MS) return;
  const source = pickReferrer(bank, forest.urns, p, Math.floor(createdMs / DAY_MS), 0, 0.3, won.kind === ReferrerKind.PERSON ? won.referrer : -1);
  if (source.kind === won.kind && source.referrer === won.referrer) return;
  bank.drafts.push({ ...source, referee: p, status: ReferralStatus.CONVERTED, attributed: false, createdMs, contactedMs, qualifiedMs, convertedMs, closedMs: NaN });
}
