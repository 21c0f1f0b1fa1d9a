import { AcquaintanceKind, FamilyKind } from './model';
import { RawTie, SMALL_ORGANIZATION_EMPLOYEES, TieKind, tieStrength } from './tie-strength';

/**
 * One tie of the people graph (src/domain/tie-strength.ts) read from one
 * person (the subject) to a neighbour, with what the insight texts need.
 * `kind` is what the neighbour is to the subject (FAMILY, ACQUAINTANCE).
 */
export interface PersonTie extends RawTie {
  /** COLLEAGUE: the organization both work at. */
  organizationId: string | null;
  /** REFERRAL: true when the subject introduced the neighbour, false when the neighbour introduced the subject. */
  introduced: boolean | null;
}

/** A tie with its strength, as chosen for a neighbour. */
export interface WeighedTie {
  tie: PersonTie;
  strength: number;
}

/**
 * Closer kinds first when two ties are equally strong, so a neighbour who is
 * both sibling and colleague is shown as a sibling; also the order evidence of
 * equal weight is listed in.
 */
export const TIE_PREFERENCE: readonly TieKind[] = [
  TieKind.FAMILY,
  TieKind.HOUSEHOLD,
  TieKind.REFERRAL,
  TieKind.ACQUAINTANCE,
  TieKind.COLLEAGUE,
];

/**
 * The strongest of a neighbour's ties (docs/rules.md#ties: two people tied in several
 * ways count, for a path's score, with the strongest of their ties); equal strengths
 * go to the closer kind (TIE_PREFERENCE), then to the smaller organization id.
 * @example strongestTie([colleague 0.35, friend 0.5]) // { tie: friend, strength: 0.5 }
 */
export function strongestTie(ties: readonly PersonTie[]): WeighedTie {
  if (ties.length === 0) throw new Error('strongestTie: a neighbour has at least one tie');
  return ties
    .map((tie) => ({ tie, strength: tieStrength(tie) }))
    .reduce((best, next) => (compareWeighedTies(next, best) < 0 ? next : best));
}

function compareWeighedTies(a: WeighedTie, b: WeighedTie): number {
  return (
    b.strength - a.strength ||
    TIE_PREFERENCE.indexOf(a.tie.tie) - TIE_PREFERENCE.indexOf(b.tie.tie) ||
    byCodePoint(a.tie.organizationId ?? '', b.tie.organizationId ?? '')
  );
}

/**
 * The COLLEAGUE rule of src/domain/tie-strength.ts: two people working at the
 * same organization are colleagues when either is a key person there or the
 * organization has at most SMALL_ORGANIZATION_EMPLOYEES employees in the graph.
 */
export function areColleagues(keyPerson: boolean, otherKeyPerson: boolean, employeesInGraph: number): boolean {
  return keyPerson || otherKeyPerson || employeesInGraph <= SMALL_ORGANIZATION_EMPLOYEES;
}

const FAMILY_NOUN: Record<FamilyKind, string> = {
  [FamilyKind.SPOUSE]: 'spouse',
  [FamilyKind.PARENT]: 'parent',
  [FamilyKind.CHILD]: 'child',
  [FamilyKind.SIBLING]: 'sibling',
  [FamilyKind.RELATIVE]: 'relative',
};

const ACQUAINTANCE_NOUN: Record<AcquaintanceKind, string> = {
  [AcquaintanceKind.FRIEND]: 'friend',
  [AcquaintanceKind.ALUMNI]: 'schoolmate',
  [AcquaintanceKind.NEIGHBOUR]: 'neighbour',
  [AcquaintanceKind.BUSINESS]: 'business partner',
  [AcquaintanceKind.ELDER]: 'elder',
};

/**
 * What the neighbour is to the subject, as a noun for explanations.
 * @example tieNoun({ tie: TieKind.FAMILY, kind: 'SPOUSE', ... }) // 'spouse'
 */
export function tieNoun(tie: PersonTie): string {
  switch (tie.tie) {
    case TieKind.FAMILY:
      return FAMILY_NOUN[tie.kind as FamilyKind] ?? FAMILY_NOUN[FamilyKind.RELATIVE];
    case TieKind.ACQUAINTANCE:
      return ACQUAINTANCE_NOUN[tie.kind as AcquaintanceKind] ?? 'acquaintance';
    case TieKind.HOUSEHOLD:
      return 'household member';
    case TieKind.COLLEAGUE:
      return 'colleague';
    case TieKind.REFERRAL:
      return tie.introduced ? 'referee' : 'referrer';
    default: {
      const unexpected: never = tie.tie;
      throw new Error(`Unknown tie kind ${String(unexpected)}`);
    }
  }
}

/**
 * The ScoreFactor name of a tie: its kind where it has one, else its tie kind.
 * @example tieFactorName(spouse) // 'tie:SPOUSE'; tieFactorName(colleague) // 'tie:COLLEAGUE'
 */
export function tieFactorName(tie: PersonTie): string {
  const detailed = tie.tie === TieKind.FAMILY || tie.tie === TieKind.ACQUAINTANCE;
  return `tie:${detailed && tie.kind ? tie.kind : tie.tie}`;
}

/** Orders ids as Neo4j does (by code point), the same in every locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Scores are sums of strengths given to two decimals; four keep them exact to read and compare. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
