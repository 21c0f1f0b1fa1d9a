import { AcquaintanceKind, FamilyKind } from './model';

/**
 * The people graph (DESIGN.md §3): who is tied to whom, and how strongly.
 * One place for every default, so product owners can read and tune them.
 *
 * Kinds of tie between two persons:
 * - FAMILY: a FAMILY relationship; strength by kind (below).
 * - ACQUAINTANCE: a KNOWS relationship; its stored strength (0, 1].
 * - HOUSEHOLD: both are MEMBER_OF the same household.
 * - COLLEAGUE: both WORK_AT the same organization, and either one of them is
 *   a key person there or the organization has at most
 *   SMALL_ORGANIZATION_EMPLOYEES employees in the graph. (In a large firm a
 *   clerk does not know every other clerk; everyone knows the bosses. This
 *   also keeps a 10,000-employee client from adding 50 million ties.)
 * - REFERRAL: one introduced the other (an attributed referral, INTRODUCED).
 *
 * Two people tied in several ways have one tie in the centrality graph
 * (undirected, simple) and, for path scores, the strongest of their ties.
 */
export enum TieKind {
  FAMILY = 'FAMILY',
  ACQUAINTANCE = 'ACQUAINTANCE',
  HOUSEHOLD = 'HOUSEHOLD',
  COLLEAGUE = 'COLLEAGUE',
  REFERRAL = 'REFERRAL',
}

export const SMALL_ORGANIZATION_EMPLOYEES = 50;

/** How much a word passed along a family tie carries, by what the relative is. */
export const FAMILY_STRENGTH: Record<FamilyKind, number> = {
  [FamilyKind.SPOUSE]: 0.95,
  [FamilyKind.PARENT]: 0.9,
  [FamilyKind.CHILD]: 0.9,
  [FamilyKind.SIBLING]: 0.8,
  [FamilyKind.RELATIVE]: 0.6,
};

/** Used when a KNOWS tie was recorded without a strength. */
export const ACQUAINTANCE_DEFAULT_STRENGTH: Record<AcquaintanceKind, number> = {
  [AcquaintanceKind.FRIEND]: 0.6,
  [AcquaintanceKind.ALUMNI]: 0.45,
  [AcquaintanceKind.NEIGHBOUR]: 0.4,
  [AcquaintanceKind.BUSINESS]: 0.5,
  [AcquaintanceKind.ELDER]: 0.55,
};

export const HOUSEHOLD_STRENGTH = 0.85;
/** A key person's word counts more with colleagues than a peer's. */
export const COLLEAGUE_STRENGTH = { withKeyPerson: 0.5, peers: 0.35 };
/** Someone a person brought to the bank, or who brought them. */
export const REFERRAL_STRENGTH = 0.7;

/** One tie as read from the graph, before a strength is given to it. */
export interface RawTie {
  tie: TieKind;
  /** FamilyKind or AcquaintanceKind, seen from the person the tie is read from. */
  kind: string | null;
  /** Stored strength (KNOWS only). */
  strength: number | null;
  /** For COLLEAGUE: whether either end is a key person at the shared organization. */
  keyPerson: boolean | null;
}

/**
 * The strength of one tie in (0, 1].
 * @example tieStrength({ tie: TieKind.FAMILY, kind: 'SPOUSE', strength: null, keyPerson: null }) // 0.95
 */
export function tieStrength(raw: RawTie): number {
  switch (raw.tie) {
    case TieKind.FAMILY:
      return FAMILY_STRENGTH[raw.kind as FamilyKind] ?? FAMILY_STRENGTH[FamilyKind.RELATIVE];
    case TieKind.ACQUAINTANCE:
      return raw.strength ?? ACQUAINTANCE_DEFAULT_STRENGTH[raw.kind as AcquaintanceKind] ?? 0.4;
    case TieKind.HOUSEHOLD:
      return HOUSEHOLD_STRENGTH;
    case TieKind.COLLEAGUE:
      return raw.keyPerson ? COLLEAGUE_STRENGTH.withKeyPerson : COLLEAGUE_STRENGTH.peers;
    case TieKind.REFERRAL:
      return REFERRAL_STRENGTH;
    default: {
      const unexpected: never = raw.tie;
      throw new Error(`Unknown tie kind ${String(unexpected)}`);
    }
  }
}
