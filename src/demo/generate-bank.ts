import { fillAcquaintances, tieBusinessPartners, tieReferrersToReferees } from './acquaintances';
import type { GeneratedBank } from './bank-rows';
import { createBankState, type BankState } from './bank-state';
import { makeAdministratorRow, makeBranchesAndStaff, makeStaffRows } from './branches-and-staff';
import { DEMO_REFERENCE_DATE } from './calendar';
import { makeProductRows } from './catalogue';
import { makeHoldings } from './holdings';
import { makeHouseholdsAndPeople, stampHouseholds } from './households';
import { makeInteractionRows } from './interactions';
import { idFormat } from './ids';
import { assignManagers, makeManagedByRows } from './managers';
import { makeEmployers, makeOrganizationRows } from './organizations';
import { addOtherReferrals } from './other-referrals';
import { makePersonRows } from './person-rows';
import { growReferralForest } from './referral-forest';
import { makeReferralRows } from './referral-rows';
import { assignStatusAndWealth } from './status-and-wealth';

export type * from './bank-rows';
export { DEMO_REFERENCE_DATE } from './calendar';

/**
 * Generates the demo bank: about `persons` clients and prospects with their
 * households, employers, acquaintances, branches, staff, products, holdings
 * and referrals, shaped after docs/domain.md, in the rows of bank-rows.ts.
 * Deterministic and pure: no I/O, no clock, no Math.random — the same
 * options always give the same rows (deep-equal output).
 *
 * @example const bank = generateBank({ persons: 2000, seed: 20261123 });
 *   bank.persons[0].name // a Chinese name such as "王伟"
 */
export function generateBank(options: { persons: number; seed: number }): GeneratedBank {
  const { persons, seed } = options;
  if (!Number.isSafeInteger(persons) || persons < 1) {
    throw new RangeError(`generateBank: persons must be a positive integer, e.g. 2000; got ${persons}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`generateBank: seed must be an integer, e.g. 20261123; got ${seed}`);
  }
  // Every step draws from the bank's one random source, so their order is part of the output.
  const bank = createBankState(persons, seed);
  makeBranchesAndStaff(bank);
  makeHouseholdsAndPeople(bank);
  makeEmployers(bank);
  assignStatusAndWealth(bank);
  assignManagers(bank);
  const forest = growReferralForest(bank);
  addOtherReferrals(bank, forest);
  tieReferrersToReferees(bank);
  tieBusinessPartners(bank);
  fillAcquaintances(bank);
  return makeRows(bank, seed);
}

/** The finished bank as rows; the order of the calls is the order of their random draws. */
function makeRows(bank: BankState, seed: number): GeneratedBank {
  const staffId = idFormat('S', bank.staffRole.length, 4);
  const holdings = makeHoldings(bank);
  const { referrals, lastTouchMs } = makeReferralRows(bank, staffId);
  const persons = makePersonRows(bank, lastTouchMs);
  stampHouseholds(bank);
  const organizations = makeOrganizationRows(bank);
  const managedBy = makeManagedByRows(bank, persons, organizations, staffId);
  const staff = [...makeStaffRows(bank, staffId), makeAdministratorRow(bank)];
  return {
    seed,
    referenceDate: DEMO_REFERENCE_DATE,
    branches: bank.branches,
    staff,
    persons,
    households: bank.households,
    memberships: bank.memberships,
    organizations,
    employments: bank.employments,
    familyTies: bank.familyTies,
    acquaintances: bank.acquaintances,
    products: makeProductRows(),
    holdings,
    managedBy,
    referrals,
    interactions: makeInteractionRows(seed, persons, managedBy),
  };
}
