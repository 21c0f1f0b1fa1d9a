import type { AcquaintanceKind, FamilyKind } from '../domain/model';
import { UserErrorCode } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { PersonRecord } from '../domain/records';
import { canonicalPair, inverseFamilyKind, storedFamilyKind } from '../domain/ties';
import { cypher } from './cypher';
import type { Database } from './database';
import { missingReferences } from './lookups';
import { toPerson } from './mappers';

/** A tie seen from `personId`. */
export interface FamilyRow {
  personId: string;
  relative: PersonRecord;
  kind: FamilyKind;
}

export interface AcquaintanceRow {
  personId: string;
  acquaintance: PersonRecord;
  kind: AcquaintanceKind;
  strength: number;
}

export interface TiedPair {
  person: PersonRecord;
  other: PersonRecord;
}

const queries = {
  relateFamily: cypher('family-relate'),
  removeFamily: cypher('family-remove'),
  familyByPersonIds: cypher('family-by-person-ids'),
  relateAcquaintance: cypher('acquaintance-relate'),
  removeAcquaintance: cypher('acquaintance-remove'),
  acquaintancesByPersonIds: cypher('acquaintances-by-person-ids'),
};

/**
 * Writes one undirected tie between two people, stored once per pair in
 * canonical direction, so repeating it (either way round) changes nothing.
 * A removal's query answers `removed: false` when there was no tie of its
 * kind, which is refused as NOT_PRESENT on `otherField`.
 */
async function writeTie(
  db: Database,
  query: string,
  personId: string,
  otherId: string,
  otherField: string,
  params: (swapped: boolean) => Record<string, unknown>,
): Promise<Outcome<TiedPair>> {
  if (personId === otherId) {
    return failure(otherField, UserErrorCode.SELF_RELATION, 'A person cannot be tied to themselves.');
  }
  const pair = canonicalPair(personId, otherId);
  return db.write(async (tx) => {
    const [row] = await tx.run(query, { fromId: pair.fromId, toId: pair.toId, ...params(pair.swapped) }, (r) => ({
      a: toPerson(r.get('a')),
      b: toPerson(r.get('b')),
      present: r.has('removed') ? (r.get('removed') as boolean) : true,
    }));
    if (row && !row.present) {
      return failure(otherField, UserErrorCode.NOT_PRESENT, `"${personId}" and "${otherId}" have no such tie to remove; nothing was changed.`);
    }
    if (row) return success(pair.swapped ? { person: row.b, other: row.a } : { person: row.a, other: row.b });
    return missingReferences(tx, [
      { field: 'personId', kind: 'person', id: personId },
      { field: otherField, kind: 'person', id: otherId },
    ]);
  });
}

/** Records that `relativeId` is `kind` of `personId` (e.g. PARENT: the relative is the person's parent). */
export function relateFamily(db: Database, personId: string, relativeId: string, kind: FamilyKind): Promise<Outcome<TiedPair>> {
  return writeTie(db, queries.relateFamily, personId, relativeId, 'relativeId', (swapped) => ({
    kind: storedFamilyKind(kind, swapped),
  }));
}

/** Ends the family tie between two people, whatever its kind (NOT_PRESENT when they have none). */
export function removeFamilyTie(db: Database, personId: string, relativeId: string): Promise<Outcome<TiedPair>> {
  return writeTie(db, queries.removeFamily, personId, relativeId, 'relativeId', () => ({}));
}

export function relateAcquaintance(
  db: Database,
  personId: string,
  acquaintanceId: string,
  kind: AcquaintanceKind,
  strength: number,
): Promise<Outcome<TiedPair>> {
  return writeTie(db, queries.relateAcquaintance, personId, acquaintanceId, 'acquaintanceId', () => ({ kind, strength }));
}

/** Ends the acquaintance tie between two people (NOT_PRESENT when they have none). */
export function removeAcquaintance(db: Database, personId: string, acquaintanceId: string): Promise<Outcome<TiedPair>> {
  return writeTie(db, queries.removeAcquaintance, personId, acquaintanceId, 'acquaintanceId', () => ({}));
}

export function findFamilyOfPersons(db: Database, ids: readonly string[]): Promise<FamilyRow[]> {
  return db.read(queries.familyByPersonIds, { ids }, (r) => {
    const stored = r.get('kind') as FamilyKind;
    return {
      personId: r.get('personId'),
      relative: toPerson(r.get('relative')),
      kind: r.get('outgoing') ? stored : inverseFamilyKind(stored),
    };
  });
}

export function findAcquaintancesOfPersons(db: Database, ids: readonly string[]): Promise<AcquaintanceRow[]> {
  return db.read(queries.acquaintancesByPersonIds, { ids }, (r) => ({
    personId: r.get('personId'),
    acquaintance: toPerson(r.get('other')),
    kind: r.get('kind'),
    strength: Number(r.get('strength')),
  }));
}
