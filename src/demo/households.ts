import { FamilyKind, HouseholdRole } from '../domain/model';
import { inverseFamilyKind } from '../domain/ties';
import type { BankState } from './bank-state';
import { isoInstant, REF_DAY } from './calendar';
import { drawHomeAddress } from './contact-details';
import { idFormat } from './ids';
import { drawPersonName, drawSurname } from './names';
import { Weighted } from './weighted';

const HOUSEHOLD_SIZE = new Weighted<number>([[1, 25], [2, 30], [3, 25], [4, 13], [5, 7]]);
/** Roles of a household's members by size, the head first. */
const HOUSEHOLD_SHAPES: ReadonlyArray<Weighted<readonly HouseholdRole[]>> = (() => {
  const { HEAD, SPOUSE, CHILD, PARENT, OTHER } = HouseholdRole;
  return [
    new Weighted<readonly HouseholdRole[]>([[[HEAD], 1]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE], 75], [[HEAD, PARENT], 15], [[HEAD, CHILD], 10]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE, CHILD], 80], [[HEAD, SPOUSE, PARENT], 20]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE, CHILD, CHILD], 65], [[HEAD, SPOUSE, CHILD, PARENT], 35]]),
    new Weighted<readonly HouseholdRole[]>([
      [[HEAD, SPOUSE, CHILD, PARENT, PARENT], 50],
      [[HEAD, SPOUSE, CHILD, CHILD, PARENT], 30],
      [[HEAD, SPOUSE, CHILD, CHILD, OTHER], 20],
    ]),
  ];
})();

/** What member B is to member A, by their household roles (OTHER is the head's sibling). */
function familyKindBetween(a: HouseholdRole, b: HouseholdRole): FamilyKind {
  const { HEAD, SPOUSE, CHILD, PARENT, OTHER } = HouseholdRole;
  if (a === HEAD) return b === SPOUSE ? FamilyKind.SPOUSE : b === CHILD ? FamilyKind.CHILD : b === PARENT ? FamilyKind.PARENT : FamilyKind.SIBLING;
  if (b === HEAD) return inverseFamilyKind(familyKindBetween(b, a));
  if (a === SPOUSE && b === CHILD) return FamilyKind.CHILD;
  if (a === CHILD && b === SPOUSE) return FamilyKind.PARENT;
  if (a === CHILD && b === CHILD) return FamilyKind.SIBLING;
  if (a === PARENT && b === PARENT) return FamilyKind.SPOUSE;
  if (a === PARENT && b === OTHER) return FamilyKind.CHILD;
  if (a === OTHER && b === PARENT) return FamilyKind.PARENT;
  return FamilyKind.RELATIVE;
}

function setPerson(bank: BankState, p: number, age: number, male: boolean, surname: string, branch: number, address: string): void {
  bank.age[p] = age;
  bank.male[p] = male ? 1 : 0;
  bank.birthDay[p] = REF_DAY - Math.floor(age * 365.25) - bank.rng.int(365);
  bank.name[p] = drawPersonName(bank.rng, male, surname);
  bank.branch[p] = branch;
  bank.address[p] = address;
}

/**
 * Households of one to five, members next to each other in index order;
 * every pair inside a household gets the FAMILY tie their roles imply;
 * one person in ten is on file without a household.
 */
export function makeHouseholdsAndPeople(bank: BankState): void {
  const { rng, n } = bank;
  const householdId = idFormat('H', n, 7);
  let branch = 0;
  for (let i = 0; i < n; ) {
    while (i >= bank.branchStart[branch + 1]) branch++;
    if (rng.chance(0.1)) {
      setPerson(bank, i, rng.between(20, 82), rng.chance(0.5), drawSurname(rng), branch, drawHomeAddress(bank, branch));
      i++;
      continue;
    }
    const roles = HOUSEHOLD_SHAPES[Math.min(HOUSEHOLD_SIZE.sample(rng), n - i) - 1].sample(rng);
    const h = bank.households.length;
    const address = drawHomeAddress(bank, branch);
    const familyName = drawSurname(rng);
    const hasParent = roles.includes(HouseholdRole.PARENT);
    const hasChild = roles.includes(HouseholdRole.CHILD);
    const headAge = hasParent ? rng.between(28, 55) : hasChild ? rng.between(30, 68) : rng.between(22, 85);
    const headMale = rng.chance(0.65);
    let parentsPlaced = 0;
    for (let k = 0; k < roles.length; k++) {
      const p = i + k;
      const role = roles[k];
      switch (role) {
        case HouseholdRole.HEAD:
          setPerson(bank, p, headAge, headMale, familyName, branch, address);
          break;
        case HouseholdRole.SPOUSE:
          // Chinese wives keep their own surname.
          setPerson(bank, p, Math.max(20, headAge + rng.between(-6, 6)), !headMale, headMale ? drawSurname(rng) : familyName, branch, address);
          break;
        case HouseholdRole.CHILD:
          setPerson(bank, p, Math.max(1, headAge - rng.between(24, 36)), rng.chance(0.5), headMale ? familyName : drawSurname(rng), branch, address);
          break;
        case HouseholdRole.PARENT: {
          const fatherFirst = parentsPlaced++ === 0 ? rng.chance(0.6) : bank.male[p - 1] === 0;
          setPerson(bank, p, Math.min(95, headAge + rng.between(24, 34)), fatherFirst, fatherFirst ? familyName : drawSurname(rng), branch, address);
          break;
        }
        case HouseholdRole.OTHER:
          setPerson(bank, p, Math.max(18, headAge + rng.between(-8, 8)), rng.chance(0.5), familyName, branch, address);
          break;
        default: {
          const unexpected: never = role;
          throw new Error(`Unknown household role ${String(unexpected)}`);
        }
      }
      bank.household[p] = h;
      bank.memberships.push({ personId: bank.ids[p], householdId: householdId(h), role });
    }
    for (let a = 0; a < roles.length; a++) {
      for (let b = a + 1; b < roles.length; b++) addFamilyTie(bank, i + a, i + b, familyKindBetween(roles[a], roles[b]));
    }
    // Relatives in another household nearby: grown-up siblings, cousins.
    if (h > 0 && rng.chance(0.08)) {
      const other = bank.householdHead[Math.max(0, h - rng.between(1, 30))];
      if (Math.abs(bank.age[other] - headAge) <= 15) addFamilyTie(bank, other, i, rng.chance(0.6) ? FamilyKind.SIBLING : FamilyKind.RELATIVE);
    }
    bank.households.push({ id: householdId(h), name: `${bank.name[i]}家庭`, address, createdAt: '', updatedAt: '' });
    bank.householdHead.push(i);
    bank.householdWealth.push(rng.next());
    i += roles.length;
  }
}

/** `kind` is what `b` is to `a`; stored from the smaller index (= smaller id). */
function addFamilyTie(bank: BankState, a: number, b: number, kind: FamilyKind): void {
  if (a === b || !bank.pairs.add(a, b)) return;
  if (a < b) bank.familyTies.push({ fromId: bank.ids[a], toId: bank.ids[b], kind });
  else bank.familyTies.push({ fromId: bank.ids[b], toId: bank.ids[a], kind: inverseFamilyKind(kind) });
}

/** Dates each household by its members: created with the first on file, updated with the last. */
export function stampHouseholds(bank: BankState): void {
  const householdCreated = new Float64Array(bank.households.length).fill(Infinity);
  const householdUpdated = new Float64Array(bank.households.length);
  for (let p = 0; p < bank.n; p++) {
    const h = bank.household[p];
    if (h >= 0) {
      householdCreated[h] = Math.min(householdCreated[h], bank.createdMs[p]);
      householdUpdated[h] = Math.max(householdUpdated[h], bank.createdMs[p]);
    }
  }
  for (let h = 0; h < bank.households.length; h++) {
    bank.households[h].createdAt = isoInstant(householdCreated[h]);
    bank.households[h].updatedAt = isoInstant(householdUpdated[h]);
  }
}
