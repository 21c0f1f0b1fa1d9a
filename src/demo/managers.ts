import { ClientKind, StaffRole } from '../domain/model';
import type { ManagedByRow, OrganizationRow, PersonRow } from './bank-rows';
import type { BankState } from './bank-state';
import { staffOf } from './branches-and-staff';
import { T_GOLD } from './person-codes';

/** One client, one manager: wealth managers serve GOLD and above, relationship managers everyone else; a household shares one where it can. */
export function assignManagers(bank: BankState): void {
  for (let p = 0; p < bank.n; p++) {
    const tier = bank.tier[p];
    const role = tier <= T_GOLD ? StaffRole.WEALTH_MANAGER : StaffRole.RELATIONSHIP_MANAGER;
    const list = staffOf(bank, bank.branch[p], role);
    const key = bank.household[p] >= 0 ? bank.household[p] : p + 0x40000000;
    bank.manager[p] = list[(Math.imul(key, 0x9e3779b1) >>> 0) % list.length];
  }
}

/** Who manages whom since when: every person from their first day on file, then client firms, each with a relationship manager of its home branch. */
export function makeManagedByRows(
  bank: BankState,
  persons: readonly PersonRow[],
  organizations: readonly OrganizationRow[],
  staffId: (index: number) => string,
): ManagedByRow[] {
  const managedBy = persons.map((person, p): ManagedByRow => ({ clientKind: ClientKind.PERSON, clientId: person.id, staffId: staffId(bank.manager[p]), since: person.createdAt }));
  for (let o = 0; o < bank.orgs.length; o++) {
    const org = bank.orgs[o];
    if (!org.isClient) continue;
    const managers = staffOf(bank, org.branch, StaffRole.RELATIONSHIP_MANAGER);
    managedBy.push({ clientKind: ClientKind.ORGANIZATION, clientId: organizations[o].id, staffId: staffId(managers[o % managers.length]), since: organizations[o].createdAt });
  }
  return managedBy;
}
