import type { ScoreFactor } from './explain';
import { AcquaintanceKind, FamilyKind, PersonStatus } from './model';
import { roundProduct } from './score';

/**
 * The people graph (docs/rules.md#people-graph): who is tied to whom, and how strongly.
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

// ------------------------------------------------------------ introducer warmth

/** What introducer warmth is computed from: facts on the introducer's Person node. */
export interface WarmthInputs {
  status: PersonStatus;
  /** Last assessed satisfaction 0–10; null when never assessed. */
  satisfaction: number | null;
  /** Whole days since a member of staff last contacted them; null when never. */
  daysSinceContact: number | null;
  /** Clients they brought to the bank before: attributed INTRODUCED ties out of them. */
  referralsBrought: number;
}

/** Warmth in (0, 1] and the factors it is the product of, for explanations. */
export interface Warmth {
  value: number;
  factors: ScoreFactor[];
}

/** A client's word carries most; a lapsed one's less; a non-client's little. */
export const WARMTH_OF_STATUS: Record<PersonStatus, number> = {
  [PersonStatus.ACTIVE]: 1,
  [PersonStatus.DORMANT]: 0.6,
  [PersonStatus.PROSPECT]: 0.3,
  [PersonStatus.CHURNED]: 0.3,
};
/** Satisfaction never assessed counts a little below a middling 5/10 (0.65). */
export const WARMTH_OF_UNKNOWN_SATISFACTION = 0.6;
/** Contact recency, as [at most this many days ago, factor]; older contact gets the last factor. */
export const WARMTH_OF_RECENCY: readonly (readonly [number, number])[] = [
  [30, 1],
  [90, 0.9],
  [180, 0.8],
  [365, 0.7],
  [Infinity, 0.6],
];
export const WARMTH_OF_NO_CONTACT = 0.5;

/**
 * How readily a person opens a door for the bank (docs/rules.md#warm-introductions).
 * docs/domain.md#first-contacts-and-warm-introductions ranks first contacts: a satisfied existing client
 * > a personal relationship > being introduced > a stranger, and notes that
 * clients refer when satisfied and asked. A path's score is this warmth times
 * the tie strengths above, so the warmest door is a satisfied, recently
 * contacted client who has referred before:
 *
 *   warmth = status × satisfaction × recency × referrals, where
 *   - status: WARMTH_OF_STATUS (ACTIVE 1, DORMANT 0.6, PROSPECT or CHURNED 0.3);
 *   - satisfaction s of 10: (30 + 7s) / 100 (10 → 1, 9 → 0.93, 5 → 0.65, 0 → 0.3); unknown → 0.6;
 *   - recency: contacted within 30 days → 1, 90 → 0.9, 180 → 0.8, 365 → 0.7, longer ago → 0.6; never → 0.5;
 *   - referrals n brought before: min(1, 0.8 + 0.1n) (0 → 0.8, 1 → 0.9, 2 or more → 1).
 *
 * The least warm person still scores 0.3 × 0.3 × 0.5 × 0.8 = 0.036 > 0.
 * @example introducerWarmth({ status: 'ACTIVE', satisfaction: 9, daysSinceContact: 12, referralsBrought: 2 }).value // 0.93
 */
export function introducerWarmth(inputs: WarmthInputs): Warmth {
  const { status, satisfaction, daysSinceContact, referralsBrought } = inputs;
  const factors: ScoreFactor[] = [
    {
      name: 'status',
      value: WARMTH_OF_STATUS[status],
      explanation: status === PersonStatus.ACTIVE ? 'existing client' : `${status.toLowerCase()} (not an active client)`,
    },
    satisfaction === null
      ? { name: 'satisfaction', value: WARMTH_OF_UNKNOWN_SATISFACTION, explanation: 'satisfaction not assessed' }
      : { name: 'satisfaction', value: (30 + 7 * satisfaction) / 100, explanation: `satisfied ${satisfaction}/10` },
    daysSinceContact === null
      ? { name: 'recency', value: WARMTH_OF_NO_CONTACT, explanation: 'never contacted' }
      : {
          name: 'recency',
          value: WARMTH_OF_RECENCY.find(([days]) => daysSinceContact <= days)![1],
          explanation: `contacted ${daysSinceContact === 1 ? '1 day' : `${daysSinceContact} days`} ago`,
        },
    {
      name: 'referrals',
      value: Math.min(10, 8 + referralsBrought) / 10,
      explanation:
        referralsBrought === 0
          ? 'has not brought a client before'
          : `brought ${referralsBrought === 1 ? '1 client' : `${referralsBrought} clients`} before`,
    },
  ];
  return { value: roundProduct(factors.reduce((product, factor) => product * factor.value, 1)), factors };
}
