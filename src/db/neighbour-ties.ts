import type { FamilyKind } from '../domain/model';
import type { PersonTie } from '../domain/neighbour-ties';
import { SMALL_ORGANIZATION_EMPLOYEES, TieKind } from '../domain/tie-strength';
import { inverseFamilyKind } from '../domain/ties';
import { cypher } from './cypher';
import { int, toNullableNumber } from './values';

/**
 * The one-hop people graph in Cypher, written once (cypher/queries/person-neighbours.cypher)
 * and spliced into the queries that need it where they write the marker line
 * below, so every insight reads the same ties the same way.
 */
const neighboursClause = cypher('person-neighbours');
const MARKER = 'CALL { /* person-neighbours */ }';

/** `query` with its marker replaced by the person-neighbours clause; fails at module load if the marker is not there once. */
export function withPersonNeighbours(query: string): string {
  const parts = query.split(MARKER);
  if (parts.length !== 2) throw new Error(`Expected the line "${MARKER}" once in a query using person-neighbours.`);
  return parts.join(neighboursClause);
}

/** Parameters of the person-neighbours clause; without colleague ties when the caller works them out itself. */
export function neighbourParams(colleagueTies: boolean): Record<string, unknown> {
  return { smallOrganization: int(SMALL_ORGANIZATION_EMPLOYEES), colleagueTies };
}

/** A `tie` map as person-neighbours.cypher returns it. */
export interface StoredTie {
  tie: TieKind;
  kind?: string | null;
  outgoing?: boolean | null;
  strength?: unknown;
  keyPerson?: boolean | null;
  organizationId?: string | null;
}

/** A `tie` map of person-neighbours, read from `person`: a stored family kind is turned to face the right way. */
export function toPersonTie(stored: StoredTie): PersonTie {
  const kind = stored.kind ?? null;
  return {
    tie: stored.tie,
    kind: stored.tie === TieKind.FAMILY && stored.outgoing === false ? inverseFamilyKind(kind as FamilyKind) : kind,
    strength: toNullableNumber(stored.strength),
    keyPerson: stored.keyPerson ?? null,
    organizationId: stored.organizationId ?? null,
    introduced: stored.tie === TieKind.REFERRAL ? stored.outgoing === true : null,
  };
}
