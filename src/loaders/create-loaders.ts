import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { findProspectNeighbourhoods } from '../db/employee-prospects';
import { findHouseholdsByIds, findHouseholdsOfPersons, findMembersOfHouseholds } from '../db/households';
import {
  EmployeePageKey,
  findEmployeePages,
  findEmploymentsOfPersons,
  findOrganizationsByIds,
} from '../db/organizations';
import { findInteractionPages, findInteractionsByIds, InteractionPageKey } from '../db/interactions';
import { findPersonsByIds } from '../db/persons';
import { findHoldingsOf, findProductsByIds } from '../db/products';
import { findReferralsByIds, findReferralsOfPersons } from '../db/referrals';
import {
  countClientsOfStaff,
  findBranchesByIds,
  findManagersOf,
  findStaffByIds,
  findStaffOfBranches,
  StaffWithBranch,
} from '../db/staff';
import { findAcquaintancesOfPersons, findFamilyOfPersons } from '../db/ties';
import { ClientKind } from '../domain/model';
import type { PersonRecord } from '../domain/records';
import { many, one } from './keyed';
import { referralForestLoaders } from './referral-forest-loaders';
import { writeFactLoaders } from './write-fact-loaders';
import { findClientFacts } from '../db/write-facts';

/**
 * Fresh loaders for each request (one cache per request, never shared):
 * every nested list of a page costs one batched round trip, not one per row.
 * Rows that carry a related person prime `personById`.
 */
export function createLoaders(db: Database) {
  const personById = one((ids) => findPersonsByIds(db, ids), (p) => p.id);
  const primePersons = <T>(rows: T[], personOf: (row: T) => PersonRecord | null): T[] => {
    for (const person of rows.map(personOf)) if (person) personById.prime(person.id, person);
    return rows;
  };
  const countsBy = (count: (ids: readonly string[]) => Promise<Map<string, number>>) =>
    new DataLoader<string, number>(async (ids) => {
      const counts = await count(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  // Loaders that other loaders' rows prime (a first statement that already read them saves a round trip).
  const organizationById = one((ids) => findOrganizationsByIds(db, ids), (o) => o.id);
  const branchById = one((ids) => findBranchesByIds(db, ids), (b) => b.id);
  const primeBranches = <T extends StaffWithBranch>(rows: T[]): T[] => {
    for (const { branch } of rows) if (branch) branchById.prime(branch.id, branch);
    return rows;
  };
  const membersOfHousehold = many(
    async (ids) => primePersons(await findMembersOfHouseholds(db, ids), (row) => row.person),
    (row) => row.householdId,
  );
  const clientCountOfStaff = countsBy((ids) => countClientsOfStaff(db, ids));

  return {
    personById,
    householdById: one(async (ids) => {
      const rows = await findHouseholdsByIds(db, ids);
      for (const { household, members } of rows) membersOfHousehold.prime(household.id, primePersons(members, (m) => m.person));
      return rows.map((row) => row.household);
    }, (h) => h.id),
    householdOfPerson: one((ids) => findHouseholdsOfPersons(db, ids), (row) => row.personId),
    membersOfHousehold,
    organizationById,
    employmentsOfPerson: many((ids) => findEmploymentsOfPersons(db, ids), (row) => row.personId),
    employeePage: new DataLoader(
      async (keys: readonly EmployeePageKey[]) => {
        const pages = await findEmployeePages(db, keys);
        for (const page of pages) primePersons(page.items, (row) => row.person);
        return pages;
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    familyOfPerson: many(
      async (ids) => primePersons(await findFamilyOfPersons(db, ids), (row) => row.relative),
      (row) => row.personId,
    ),
    acquaintancesOfPerson: many(
      async (ids) => primePersons(await findAcquaintancesOfPersons(db, ids), (row) => row.acquaintance),
      (row) => row.personId,
    ),
    productById: one((ids) => findProductsByIds(db, ids), (p) => p.id),
    holdingsOfPerson: many((ids) => findHoldingsOf(db, ClientKind.PERSON, ids), (row) => row.holderId),
    holdingsOfOrganization: many((ids) => findHoldingsOf(db, ClientKind.ORGANIZATION, ids), (row) => row.holderId),
    staffById: one(async (ids) => {
      const rows = primeBranches(await findStaffByIds(db, ids));
      for (const row of rows) clientCountOfStaff.prime(row.staff.id, row.clientCount);
      return rows.map((row) => row.staff);
    }, (s) => s.id),
    branchById,
    staffOfBranch: many((ids) => findStaffOfBranches(db, ids), (row) => row.branchId),
    managerOfPerson: one(async (ids) => primeBranches(await findManagersOf(db, ClientKind.PERSON, ids)), (row) => row.clientId),
    /** Who created and who manages each person, without their records: what derived figures decide access on. */
    accessFactsOfPerson: one((ids) => findClientFacts(db, ClientKind.PERSON, ids), (row) => row.clientId),
    managerOfOrganization: one(
      async (ids) => primeBranches(await findManagersOf(db, ClientKind.ORGANIZATION, ids)),
      (row) => row.clientId,
    ),
    clientCountOfStaff,
    referralById: one(async (ids) => {
      const rows = await findReferralsByIds(db, ids);
      for (const { referee, personReferrer, organizationReferrer } of rows) {
        primePersons([referee, personReferrer], (person) => person);
        if (organizationReferrer) organizationById.prime(organizationReferrer.id, organizationReferrer);
      }
      return rows.map((row) => row.referral);
    }, (r) => r.id),
    referralsMadeByPerson: many(
      async (ids) => primePersons(await findReferralsOfPersons(db, 'REFERRER', ids), (row) => row.counterpart),
      (row) => row.personId,
    ),
    referralsReceivedByPerson: many(
      async (ids) => primePersons(await findReferralsOfPersons(db, 'REFEREE', ids), (row) => row.counterpart),
      (row) => row.personId,
    ),
    prospectNeighbourhoodOfOrganization: one(async (ids) => {
      const rows = await findProspectNeighbourhoods(db, ids);
      primePersons(rows.flatMap((row) => row.candidates), (candidate) => candidate.person);
      return rows;
    }, (row) => row.organization.id),
    interactionById: one((ids) => findInteractionsByIds(db, ids), (interaction) => interaction.id),
    interactionPage: new DataLoader((keys: readonly InteractionPageKey[]) => findInteractionPages(db, keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
    ...referralForestLoaders(db, personById),
    ...writeFactLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
