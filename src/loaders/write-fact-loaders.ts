import type DataLoader from 'dataloader';
import type { Database } from '../db/database';
import type { HouseholdMemberRow } from '../db/households';
import type { ManagerRow } from '../db/staff';
import { findHouseholdFacts, findOrganizationFacts, findPersonFacts, findReferralFacts } from '../db/write-facts';
import type { HouseholdRecord, OrganizationRecord, PersonRecord } from '../domain/records';
import { one } from './keyed';

/** The read loaders whose caches the write facts fill. */
export interface PrimedByWriteFacts {
  personById: DataLoader<string, PersonRecord | null>;
  managerOfPerson: DataLoader<string, ManagerRow | null>;
  organizationById: DataLoader<string, OrganizationRecord | null>;
  managerOfOrganization: DataLoader<string, ManagerRow | null>;
  householdById: DataLoader<string, HouseholdRecord | null>;
  membersOfHousehold: DataLoader<string, HouseholdMemberRow[]>;
}

/**
 * What the write rules (src/auth/operation-rules.ts) read: one round trip
 * per kind of object, whose rows also prime the read loaders, so the
 * viewer's access to the persons involved, and the mutation's answer about
 * them, need no further lookup.
 */
export function writeFactLoaders(db: Database, primed: PrimedByWriteFacts) {
  const primePerson = (person: PersonRecord, manager: ManagerRow | null): void => {
    primed.personById.prime(person.id, person);
    primed.managerOfPerson.prime(person.id, manager);
  };
  return {
    personFacts: one(async (ids) => {
      const rows = await findPersonFacts(db, ids);
      for (const row of rows) primePerson(row.client, row.manager);
      return rows;
    }, (row) => row.clientId),
    organizationFacts: one(async (ids) => {
      const rows = await findOrganizationFacts(db, ids);
      for (const row of rows) {
        primed.organizationById.prime(row.clientId, row.client);
        primed.managerOfOrganization.prime(row.clientId, row.manager);
      }
      return rows;
    }, (row) => row.clientId),
    householdFacts: one(async (ids) => {
      const rows = await findHouseholdFacts(db, ids);
      for (const { household, members } of rows) {
        primed.householdById.prime(household.id, household);
        primed.membersOfHousehold.prime(household.id, members.map(({ member }) => member));
        for (const { member, manager } of members) primePerson(member.person, manager);
      }
      return rows;
    }, (row) => row.household.id),
    referralFacts: one(async (ids) => {
      const rows = await findReferralFacts(db, ids);
      for (const row of rows) primePerson(row.referee, row.refereeManager);
      return rows;
    }, (row) => row.referralId),
  };
}
