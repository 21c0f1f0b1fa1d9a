import {
  AccessFacts,
  accessNeedsManager,
  accessOfRole,
  accessTo,
  householdNameAccess,
  householdNameAsSeen,
  PersonAccess,
  personAsSeen,
} from '../domain/person-access';
import { PseudonymousIds } from '../domain/pseudonymous-ids';
import type { HouseholdRecord, PersonRecord } from '../domain/records';
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
  /** Real id → token, for the ids shown or taken in this request (analysts only). */
  private readonly tokens = new Map<string, string>();
  private readonly pseudonymousIds: PseudonymousIds | null;

  constructor(
    readonly viewer: Viewer,
    private readonly loaders: Loaders,
    private readonly pseudonymKey: string,
  ) {
    this.pseudonymousIds = accessOfRole(viewer) === PersonAccess.PSEUDONYMISED ? new PseudonymousIds(pseudonymKey) : null;
  }

  /** True when this viewer sees, and names, persons by pseudonymous ids only. */
  get pseudonymises(): boolean {
    return this.pseudonymousIds !== null;
  }

  /** A person's id as this viewer is shown it: a stable token for analysts, the id itself for everyone else. */
  shownId(personId: string): string {
    if (!this.pseudonymousIds) return personId;
    let token = this.tokens.get(personId);
    if (token === undefined) {
      token = this.pseudonymousIds.of(personId);
      this.tokens.set(personId, token);
    }
    return token;
  }

  /** The real id behind an id this viewer gave; null when an analyst gave anything but a token of ours. */
  personIdFrom(given: string): string | null {
    if (!this.pseudonymousIds) return given;
    const personId = this.pseudonymousIds.idOf(given);
    if (personId !== null) this.tokens.set(personId, given);
    return personId;
  }

  /** Text told to this viewer with every real id of this request replaced by the token they know it by (e.g. an error echoing an argument). */
  inWords(text: string): string {
    // Longest first, so an id that is the start of another (P1, P12) does not break the longer one.
    const ids = [...this.tokens.keys()].filter((id) => text.includes(id)).sort((a, b) => b.length - a.length);
    return ids.reduce((told, id) => told.split(id).join(this.tokens.get(id)!), text);
  }

  /** A household's name as this viewer may see it: as their access to its head allows (src/domain/person-access.ts). */
  async householdName(household: Pick<HouseholdRecord, 'id' | 'name'>): Promise<string> {
    const byRole = accessOfRole(this.viewer);
    if (byRole) return householdNameAsSeen(household, byRole, this.pseudonymKey);
    const members = await this.loaders.membersOfHousehold.load(household.id);
    const accesses = await Promise.all(members.map((member) => this.accessTo(member.person)));
    const access = householdNameAccess(members.map((member, i) => ({ role: member.role, access: accesses[i] })));
    return householdNameAsSeen(household, access, this.pseudonymKey);
  }

  /** Synchronous when the role decides alone, so most fields resolve without waiting. */
  accessTo(person: PersonIdentity): PersonAccess | Promise<PersonAccess> {
    let access = this.decided.get(person.id);
    if (access === undefined) {
      access = this.decide(person);
      this.decided.set(person.id, access);
    }
    return access;
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
