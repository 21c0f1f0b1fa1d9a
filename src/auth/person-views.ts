import { AccessFacts, accessNeedsManager, accessOfRole, accessTo, PersonAccess, personAsSeen } from '../domain/person-access';
import type { PersonRecord } from '../domain/records';
import type { Viewer } from '../domain/viewer';
import type { Loaders } from '../loaders/create-loaders';

/** What access and masking read of a person: rows that carry only these can be masked too. */
export type PersonIdentity = Pick<PersonRecord, 'id' | 'name' | 'createdBy'>;

/**
 * One request's view of persons: decides each person's access once, with
 * the manager lookups batched through `managerOfPerson` (one round trip per
 * wave of persons, none for roles that do not need it).
 */
export class PersonViews {
  private readonly decided = new Map<string, PersonAccess | Promise<PersonAccess>>();

  constructor(
    readonly viewer: Viewer,
    private readonly loaders: Loaders,
    private readonly pseudonymKey: string,
  ) {}

  /** Synchronous when the role decides alone, so most fields resolve without waiting. */
  accessTo(person: PersonIdentity): PersonAccess | Promise<PersonAccess> {
    let access = this.decided.get(person.id);
    if (access === undefined) {
      access = this.decide(person);
      this.decided.set(person.id, access);
    }
    return access;
  }

  /**
   * Access to a person by id, for permission checks; null when there is no
   * such person (not looked up when the role alone decides).
   */
  async accessToId(personId: string): Promise<PersonAccess | null> {
    const byRole = accessOfRole(this.viewer);
    if (byRole) return byRole;
    const person = await this.loaders.personById.load(personId);
    return person ? this.accessTo(person) : null;
  }

  /** The records as this viewer may see them (names masked or pseudonymised), e.g. before they are told in words. */
  async asSeen<T extends PersonIdentity>(persons: readonly T[]): Promise<T[]> {
    const accesses = await Promise.all(persons.map((person) => this.accessTo(person)));
    return persons.map((person, i) => ({ ...person, ...personAsSeen(person, accesses[i], this.pseudonymKey) }));
  }

  /** The record as seen at a given access: what Person fields read from. */
  seenAt(person: PersonRecord, access: PersonAccess): PersonRecord {
    return personAsSeen(person, access, this.pseudonymKey);
  }

  private decide(person: PersonIdentity): PersonAccess | Promise<PersonAccess> {
    const facts: AccessFacts = { managerId: null, managerBranchId: null, createdBy: person.createdBy ?? null };
    const known = accessTo(this.viewer, facts);
    if (known === PersonAccess.FULL || !accessNeedsManager(this.viewer)) return known;
    return this.loaders.managerOfPerson.load(person.id).then((row) =>
      accessTo(this.viewer, { ...facts, managerId: row?.staff.id ?? null, managerBranchId: row?.staff.branchId ?? null }),
    );
  }
}
