import { Gender } from '../domain/model';
import type { PersonRow } from './bank-rows';
import type { BankState } from './bank-state';
import { DAY_MS, HOUR_MS, isoDay, isoInstant, orMinus, orNull, REF_MS } from './calendar';
import { drawEmail, drawMobileNumber } from './contact-details';
import { GRADES, NO_TIER, RISKS, S_PROSPECT, STATUSES, TIERS } from './person-codes';

/**
 * The persons as rows. A prospect was last contacted at their last referral
 * activity (`lastTouchMs`, from makeReferralRows), or else sometimes soon
 * after coming on file; a record is updated at its latest contact or
 * referral activity.
 */
export function makePersonRows(bank: BankState, lastTouchMs: Float64Array): PersonRow[] {
  const { rng, n } = bank;
  const persons = new Array<PersonRow>(n);
  for (let p = 0; p < n; p++) {
    const status = bank.status[p];
    if (status === S_PROSPECT) {
      bank.lastContactMs[p] = lastTouchMs[p] > 0 ? lastTouchMs[p] : rng.chance(0.4) ? Math.min(REF_MS - HOUR_MS, bank.createdMs[p] + rng.millis(30 * DAY_MS)) : NaN;
    }
    const createdMs = bank.createdMs[p];
    const lastContactMs = bank.lastContactMs[p];
    const updatedMs = Math.max(createdMs, orMinus(lastContactMs), lastTouchMs[p]);
    const createdAt = isoInstant(createdMs);
    const lastContactAt = orNull(lastContactMs);
    const updatedAt = updatedMs === createdMs ? createdAt : updatedMs === lastContactMs ? (lastContactAt as string) : isoInstant(updatedMs);
    const tier = bank.tier[p];
    const age = bank.age[p];
    persons[p] = {
      id: bank.ids[p],
      name: bank.name[p],
      status: STATUSES[status],
      tier: tier === NO_TIER ? null : TIERS[tier],
      prospectGrade: status === S_PROSPECT ? GRADES[bank.grade[p]] : null,
      aumCents: bank.aum[p],
      riskProfile: RISKS[bank.risk[p] - 1],
      satisfaction: bank.satisfaction[p] < 0 ? null : bank.satisfaction[p],
      gender: bank.male[p] ? Gender.MALE : Gender.FEMALE,
      birthDate: isoDay(bank.birthDay[p]),
      phone: drawMobileNumber(rng),
      email: age >= 18 && rng.chance(age >= 65 ? 0.3 : 0.85) ? drawEmail(rng, bank.birthDay[p]) : null,
      address: bank.address[p],
      occupation: bank.occupation[p],
      lastContactAt,
      introductionsOptOut: bank.optOut[p] === 1,
      createdAt,
      updatedAt,
    };
  }
  return persons;
}
