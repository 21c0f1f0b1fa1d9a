import { createHmac } from 'node:crypto';
import { HouseholdRole, StaffRole } from './model';
import type { PersonRecord } from './records';
import { keepsABook, Viewer } from './viewer';

/** How much of a person a viewer may see. */
export enum PersonAccess {
  /** The whole record. */
  FULL = 'FULL',
  /** Structure and aggregates; name replaced by a stable pseudonym, contact details withheld (analysts). */
  PSEUDONYMISED = 'PSEUDONYMISED',
  /** Id and a masked name only ("王*"). */
  MASKED = 'MASKED',
}

/** What decides access: who manages the person, from which branch, and who created the record. */
export interface AccessFacts {
  managerId: string | null;
  managerBranchId: string | null;
  createdBy: string | null;
}

/**
 * Roles and masking (docs/rules.md#roles-and-masking): ADMIN sees everyone; ANALYST sees everyone
 * pseudonymised; a manager sees their own clients, a branch head the clients
 * managed in their branch, and anyone the records they created; everyone
 * else is masked.
 */
export function accessTo(viewer: Viewer, facts: AccessFacts): PersonAccess {
  const byRole = accessOfRole(viewer);
  if (byRole) return byRole;
  if (facts.createdBy !== null && facts.createdBy === viewer.staffId) return PersonAccess.FULL;
  if (keepsABook(viewer) && facts.managerId === viewer.staffId) return PersonAccess.FULL;
  if (viewer.role === StaffRole.BRANCH_HEAD && viewer.branchId !== null && facts.managerBranchId === viewer.branchId) {
    return PersonAccess.FULL;
  }
  return PersonAccess.MASKED;
}

/** The access a role has to everyone, whoever manages or created them; null when that depends on the person. */
export function accessOfRole(viewer: Viewer): PersonAccess | null {
  if (viewer.role === StaffRole.ADMIN) return PersonAccess.FULL;
  if (viewer.role === StaffRole.ANALYST) return PersonAccess.PSEUDONYMISED;
  return null;
}

/** True when the viewer's access can be decided without looking up who manages the person. */
export function accessNeedsManager(viewer: Viewer): boolean {
  return keepsABook(viewer) || viewer.role === StaffRole.BRANCH_HEAD;
}

/** "王伟" → "王*": the family name stays, so a masked person can still be told apart in a list. */
export function maskedName(name: string): string {
  const [first = ''] = Array.from(name.trim());
  return `${first}*`;
}

/** A stable pseudonym: the same person gets the same one in every request, and it cannot be reversed without the key. */
export function pseudonymOf(personId: string, key: string): string {
  return `Client ${hexDigest(personId, key)}`;
}

/** Household words a masked household name keeps after the masked head, e.g. "李*家庭". */
const householdWords = ['家庭', '家'];

/**
 * A household's name as seen by someone who may not see its head in full:
 * the first character, then "*", keeping a trailing 家庭 or 家 ("李珈家庭" →
 * "李*家庭"); analysts get a stable pseudonym of the household instead.
 */
export function householdNameAsSeen(household: { id: string; name: string }, access: PersonAccess, pseudonymKey: string): string {
  if (access === PersonAccess.FULL) return household.name;
  if (access === PersonAccess.PSEUDONYMISED) return `Household ${hexDigest(`household:${household.id}`, pseudonymKey)}`;
  const word = householdWords.find((suffix) => household.name.endsWith(suffix) && household.name.length > suffix.length) ?? '';
  return `${maskedName(household.name)}${word}`;
}

const accessOrder = [PersonAccess.MASKED, PersonAccess.PSEUDONYMISED, PersonAccess.FULL];

/** Whose access a household's name follows: its head's; without a head, the least any member has (FULL for no members: it names no one on file). */
export function householdNameAccess(members: readonly { role: HouseholdRole; access: PersonAccess }[]): PersonAccess {
  const head = members.find((member) => member.role === HouseholdRole.HEAD);
  if (head) return head.access;
  return members.reduce<PersonAccess>(
    (least, { access }) => (accessOrder.indexOf(access) < accessOrder.indexOf(least) ? access : least),
    PersonAccess.FULL,
  );
}

function hexDigest(text: string, key: string): string {
  return createHmac('sha256', key).update(text).digest('hex').slice(0, 8).toUpperCase();
}

/** Withheld from analysts: contact details, and the free-text notes of contacts (they name people and places). */
const personalDetails = new Set(['phone', 'email', 'address', 'birthDate', 'notes']);
const maskedFields = new Set(['id', 'name', 'access']);

/**
 * Whether a Person field is shown at this access level; a withheld field
 * reads as null, or as an empty list. Analysts keep structure and
 * aggregates (ties, holdings, AUM) but no contact details or notes.
 */
export function isFieldShown(access: PersonAccess, field: string): boolean {
  if (access === PersonAccess.FULL) return true;
  if (access === PersonAccess.PSEUDONYMISED) return !personalDetails.has(field);
  return maskedFields.has(field);
}

/** The record as the viewer may see it: names masked or pseudonymised; other withheld fields are dropped by the schema. */
export function personAsSeen<T extends Pick<PersonRecord, 'id' | 'name'>>(person: T, access: PersonAccess, pseudonymKey: string): T {
  if (access === PersonAccess.FULL) return person;
  const name = access === PersonAccess.MASKED ? maskedName(person.name) : pseudonymOf(person.id, pseudonymKey);
  return { ...person, name };
}

