import type { FamilyKind, PersonStatus } from './model';
import type { WeighedTie } from './neighbour-ties';
import type { PersonRecord } from './records';
import { TieKind } from './tie-strength';
import { inverseFamilyKind } from './ties';

/**
 * The part of the people graph (src/domain/tie-strength.ts) a path search has
 * read so far: persons, and the ties of every person it has expanded. Pure:
 * the database layer fills it a frontier at a time. Persons are summaries, so
 * each round trip stays small; results read the full records of their persons.
 */

/**
 * The tie between two people, seen from one (`from`) towards the other (`to`):
 * the strongest of their ties (strongestTie), with the organization's name
 * when it is a COLLEAGUE tie, for explanations.
 */
export interface Tie extends WeighedTie {
  organizationName: string | null;
}

/** What a search reads of an ACTIVE client: what ranks them as an introducer, and their AUM. */
export interface ClientFacts {
  satisfaction: number | null;
  lastContactAt: Date | null;
  aum: string;
  /** Clients they brought to the bank: attributed INTRODUCED ties out of them. */
  referralsBrought: number;
}

/** What a search reads of every person it meets. */
export interface PathPerson {
  id: string;
  status: PersonStatus;
  introductionsOptOut: boolean;
  /** Read for ACTIVE persons only; null for others. */
  client: ClientFacts | null;
}

/** Where a search starts: a person already read. Never an introducer nor a client at risk, so no client facts. */
export function searchStart(person: PersonRecord): PathPerson {
  return { id: person.id, status: person.status, introductionsOptOut: person.introductionsOptOut, client: null };
}

/**
 * Which ties an expansion must return: all (null), or, in a search's last
 * round, only those reaching one of these person ids, or an ACTIVE client.
 */
export type TieFilter = null | ReadonlySet<string> | 'ACTIVE';

/** One row of an expansion: the tie of the expanded person `fromId` to `to`. */
export interface NeighbourRow {
  fromId: string;
  to: PathPerson;
  tie: Tie;
}

/**
 * The same tie seen from its other end: a PARENT becomes a CHILD, and a
 * referral's direction flips.
 * @example reverseTie(parentTie).tie.kind // 'CHILD'
 */
export function reverseTie(tie: Tie): Tie {
  const { kind, introduced } = tie.tie;
  return {
    ...tie,
    tie: {
      ...tie.tie,
      kind: tie.tie.tie === TieKind.FAMILY ? inverseFamilyKind(kind as FamilyKind) : kind,
      introduced: introduced === null ? null : !introduced,
    },
  };
}

export class Neighbourhood {
  private readonly people = new Map<string, PathPerson>();
  private readonly adjacency = new Map<string, Map<string, Tie>>();
  private readonly expandedIds = new Set<string>();

  addPerson(person: PathPerson): void {
    this.people.set(person.id, person);
  }

  /**
   * Records ties read for `ids`, in both directions; `complete` when they
   * are all of each one's ties (an unfiltered expansion).
   */
  addExpansion(ids: readonly string[], rows: readonly NeighbourRow[], complete = true): void {
    if (complete) for (const id of ids) this.expandedIds.add(id);
    for (const row of rows) {
      // The first reading of a person stands: an introducer read with their facts keeps them.
      if (!this.people.has(row.to.id)) this.addPerson(row.to);
      this.link(row.fromId, row.to.id, row.tie);
      this.link(row.to.id, row.fromId, reverseTie(row.tie));
    }
  }

  person(id: string): PathPerson {
    const person = this.people.get(id);
    if (!person) throw new Error(`Neighbourhood: person ${id} was never read`);
    return person;
  }

  /** Every person read so far. */
  persons(): IterableIterator<PathPerson> {
    return this.people.values();
  }

  /** The ties known from `id`: all of them once `id` is expanded (isExpanded). */
  ties(id: string): ReadonlyMap<string, Tie> {
    return this.adjacency.get(id) ?? new Map();
  }

  tie(fromId: string, toId: string): Tie {
    const tie = this.adjacency.get(fromId)?.get(toId);
    if (!tie) throw new Error(`Neighbourhood: no tie from ${fromId} to ${toId}`);
    return tie;
  }

  isExpanded(id: string): boolean {
    return this.expandedIds.has(id);
  }

  /** Both ends' expansions read the same ties, so the first reading of a pair stands. */
  private link(fromId: string, toId: string, tie: Tie): void {
    let ties = this.adjacency.get(fromId);
    if (!ties) this.adjacency.set(fromId, (ties = new Map()));
    if (!ties.has(toId)) ties.set(toId, tie);
  }
}
