import { PersonStatus } from '../domain/model';
import type { BankState } from './bank-state';
import { FIRST_CLIENT_DAY, REF_DAY } from './calendar';
import { S_ACTIVE, S_CHURNED, S_DORMANT, S_PROSPECT, STATUS_CODE, T_DIAMOND, T_GOLD, T_PLATINUM, T_RESTRICTED, T_STANDARD } from './person-codes';
import { OCCUPATIONS } from './vocabulary';
import { Weighted } from './weighted';

const STATUS_ADULT = new Weighted<PersonStatus>([
  [PersonStatus.ACTIVE, 68],
  [PersonStatus.PROSPECT, 14],
  [PersonStatus.DORMANT, 12],
  [PersonStatus.CHURNED, 6],
]);
const RISK_PROFILE = new Weighted<number>([[1, 8], [2, 27], [3, 38], [4, 19], [5, 8]]);
const ACTIVE_SATISFACTION = new Weighted<number>([[10, 12], [9, 22], [8, 28], [7, 18], [6, 10], [5, 6], [4, 3], [3, 1]]);
/** AUM bounds per tier in CNY (docs/domain.md#client-tiers: diamond ≥ 5,000,000, platinum ≥ 2,000,000, gold ≥ 200,000, VIP ≥ 10,000). */
const TIER_AUM_CNY: ReadonlyArray<readonly [number, number]> = [
  [5_000_000, 60_000_000],
  [2_000_000, 5_000_000],
  [200_000, 2_000_000],
  [10_000, 200_000],
  [0, 10_000],
];

/**
 * Each person's standing with the bank: status, risk profile, tier and AUM,
 * satisfaction, when they came and were last contacted, occupation if no
 * employer gave one, and whether they are a centre of influence.
 */
export function assignStatusAndWealth(bank: BankState): void {
  const { rng, n } = bank;
  for (let p = 0; p < n; p++) {
    const age = bank.age[p];
    const minor = age < 18;
    let status = minor ? (rng.chance(0.65) ? S_ACTIVE : S_PROSPECT) : STATUS_CODE[STATUS_ADULT.sample(rng)];
    if (bank.keyPerson[p] && status === S_PROSPECT && rng.chance(0.5)) status = S_ACTIVE;
    bank.status[p] = status;

    let risk = minor ? 1 : RISK_PROFILE.sample(rng);
    if (age >= 65) risk = Math.max(1, risk - 1);

    if (status === S_ACTIVE || status === S_DORMANT) {
      // Wealth follows the household half the time; owners and executives sit higher.
      const h = bank.household[p];
      let u = h >= 0 && rng.chance(0.5) ? bank.householdWealth[h] : rng.next();
      if (bank.keyPerson[p]) u = Math.max(u, rng.uniform(0.7, 1));
      if (minor) u = Math.min(u, 0.5);
      const tier = u >= 0.994 ? T_DIAMOND : u >= 0.964 ? T_PLATINUM : u >= 0.834 ? T_GOLD : u >= 0.1 ? T_STANDARD : T_RESTRICTED;
      bank.tier[p] = tier;
      if (tier <= T_PLATINUM) risk = Math.max(risk, 2);
      const [lo, hi] = TIER_AUM_CNY[tier];
      bank.aum[p] = tier === T_RESTRICTED ? rng.int(hi * 100) : Math.round(rng.logUniform(lo, hi) * 100);
      bank.satisfaction[p] = status === S_ACTIVE ? ACTIVE_SATISFACTION.sample(rng) : rng.between(2, 7);
    } else if (status === S_CHURNED) {
      bank.tier[p] = T_RESTRICTED;
      bank.satisfaction[p] = rng.between(0, 5);
    }
    bank.risk[p] = risk;

    const earliest = Math.max(FIRST_CLIENT_DAY, bank.birthDay[p] + (minor ? 30 : 18 * 365));
    if (status === S_PROSPECT) {
      bank.createdMs[p] = rng.businessTime(REF_DAY - rng.between(1, 540));
    } else {
      const latest = status === S_ACTIVE ? REF_DAY - 60 : REF_DAY - 400;
      const since = rng.between(Math.min(earliest, latest - 30), latest);
      bank.sinceDay[p] = since;
      bank.createdMs[p] = rng.businessTime(since);
      const contactAgo = status === S_ACTIVE ? (rng.chance(0.85) ? rng.between(0, 120) : rng.between(121, 365)) : status === S_DORMANT ? rng.between(200, 900) : rng.between(400, 1500);
      bank.lastContactMs[p] = Math.max(bank.createdMs[p], rng.businessTime(REF_DAY - contactAgo - 1));
    }
    if (!minor && rng.chance(0.03)) bank.optOut[p] = 1;
    if (bank.occupation[p] === undefined) {
      bank.occupation[p] = minor ? '学生' : age >= 60 && rng.chance(0.8) ? '退休人员' : age <= 24 && rng.chance(0.4) ? '学生' : rng.pick(OCCUPATIONS);
    }
    // Centres of influence: satisfied, connected clients whose word brings others.
    if (status === S_ACTIVE && !minor && bank.satisfaction[p] >= 8) {
      const p0 = bank.keyPerson[p] ? 0.08 : bank.tier[p] <= T_PLATINUM ? 0.05 : 0.015;
      if (rng.chance(p0)) bank.influence[p] = 1;
    }
  }
}
