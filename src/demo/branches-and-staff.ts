import { StaffRole } from '../domain/model';
import type { StaffRow } from './bank-rows';
import type { BankState } from './bank-state';
import { DAY_MS, isoInstant, REF_DAY, REFERRAL_WINDOW_DAYS } from './calendar';
import { idFormat } from './ids';
import { drawPersonName } from './names';
import { CITIES, VOCABULARY } from './vocabulary';

/**
 * Opens the branches, each named after its district and a street, and staffs
 * them in proportion to their clients: a head, wealth and relationship
 * managers, lobby managers and tellers; the first branch also has an analyst.
 */
export function makeBranchesAndStaff(bank: BankState): void {
  const { rng } = bank;
  const usedNames = new Set<string>();
  for (let b = 0; b < bank.branchCount; b++) {
    // The default bank (≤ 5 branches) is in Shanghai and Hangzhou; larger ones spread over more cities.
    const city = b < 3 ? 0 : b < 5 ? 1 : b % CITIES.length;
    const { districts, short, city: cityName } = CITIES[city];
    const district = districts[(b < 5 ? (b < 3 ? b : b - 3) : Math.floor(b / CITIES.length)) % districts.length];
    let name = `${short}${district.replace(/(新区|区)$/, '')}${rng.pick(VOCABULARY.streets).replace(/(大道|大街|路|街)$/, '')}支行`;
    if (usedNames.has(name)) name = name.replace(/支行$/, `第${b + 1}支行`);
    usedNames.add(name);
    bank.branchCity.push(city);
    bank.branchDistrict.push(district);
    const opened = isoInstant(rng.businessTime(rng.between(Date.UTC(1995, 0, 1) / DAY_MS, Date.UTC(2012, 0, 1) / DAY_MS)));
    bank.branches.push({ id: idFormat('B', bank.branchCount, 3)(b), name, city: cityName, createdAt: opened, updatedAt: opened });

    const size = bank.branchStart[b + 1] - bank.branchStart[b];
    const managers = Math.max(3, Math.round(size / 110));
    const wealthManagers = Math.max(1, Math.round(managers * 0.35));
    const roles = new Map<StaffRole, number[]>();
    const hire = (role: StaffRole, count: number): void => {
      const list: number[] = [];
      for (let k = 0; k < count; k++) {
        list.push(bank.staffRole.length);
        bank.staffRole.push(role);
        bank.staffBranch.push(b);
        bank.staffName.push(drawPersonName(rng, rng.chance(0.5)));
      }
      roles.set(role, list);
    };
    hire(StaffRole.BRANCH_HEAD, 1);
    hire(StaffRole.WEALTH_MANAGER, wealthManagers);
    hire(StaffRole.RELATIONSHIP_MANAGER, managers - wealthManagers);
    hire(StaffRole.LOBBY_MANAGER, 1 + Math.floor(size / 3000));
    hire(StaffRole.TELLER, Math.min(12, 2 + Math.floor(size / 1500)));
    if (b === 0) hire(StaffRole.ANALYST, 1);
    bank.staffByBranch.push(roles);
  }
}

/** The staff of `branch` in `role`, by staff index; empty when it has none. */
export function staffOf(bank: BankState, branch: number, role: StaffRole): number[] {
  return bank.staffByBranch[branch].get(role) ?? [];
}

/**
 * The bank's administrator, at head office (no branch), whom `npm start`'s
 * development ADMIN token and the bench's requests name. Numbered 0 and made
 * without a random draw, outside the branches' staff, so every other id and
 * row of a seed is as it was before they were added.
 */
export const DEMO_ADMIN_ID = 'S0000';

export function makeAdministratorRow(bank: BankState): StaffRow {
  const [first] = bank.branches;
  return { id: DEMO_ADMIN_ID, name: '管理员', role: StaffRole.ADMIN, branchId: null, createdAt: first.createdAt, updatedAt: first.updatedAt };
}

/** The staff as rows, each hired before the referral window opens. */
export function makeStaffRows(bank: BankState, staffId: (index: number) => string): StaffRow[] {
  const { rng } = bank;
  return bank.staffRole.map((role, s): StaffRow => {
    const hired = isoInstant(rng.businessTime(rng.between(Date.UTC(2006, 0, 1) / DAY_MS, REF_DAY - REFERRAL_WINDOW_DAYS - 120)));
    return { id: staffId(s), name: bank.staffName[s], role, branchId: bank.branches[bank.staffBranch[s]].id, createdAt: hired, updatedAt: hired };
  });
}
