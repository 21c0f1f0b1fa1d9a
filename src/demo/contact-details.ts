import type { BankState } from './bank-state';
import { isoDay } from './calendar';
import type { Random } from './random';
import { CITIES, MOBILE_PREFIXES, VOCABULARY } from './vocabulary';

/** A flat in the branch's district: city, district, street, number, building, room. */
export function drawHomeAddress(bank: BankState, branch: number): string {
  const { rng } = bank;
  const floor = rng.between(1, 28);
  const room = `${floor}${String(rng.between(1, 6)).padStart(2, '0')}`;
  return `${CITIES[bank.branchCity[branch]].city}${bank.branchDistrict[branch]}${rng.pick(VOCABULARY.streets)}${rng.between(1, 999)}号${rng.between(1, 30)}栋${room}室`;
}

/** An eleven-digit mainland mobile number. */
export function drawMobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(100_000_000)).padStart(8, '0');
}

/** A QQ number address or letters and digits (often the birth year) at a Chinese mail provider. */
export function drawEmail(rng: Random, birthDay: number): string {
  if (rng.chance(0.35)) return `${rng.between(10_000_000, 3_999_999_999)}@qq.com`;
  let local = '';
  for (let k = rng.between(2, 5); k > 0; k--) local += String.fromCharCode(97 + rng.int(26));
  local += rng.chance(0.5) ? isoDay(birthDay).slice(0, 4) : String(rng.between(1, 999));
  return `${local}@${rng.pick(VOCABULARY.emailDomains)}`;
}
