import Decimal from 'decimal.js';
import type { ScoreFactor } from './explain';
import { compactAmount } from './influence-centres';
import { ClientTier } from './model';
import { DepthLevel, referralInfluence } from './referral-influence';

/**
 * The attention list (docs/rules.md#attention-list; docs/domain.md#retention-and-churn): which of a
 * manager's clients most need a call now. Two thirds of the clients who
 * leave do so because "nobody kept in touch", and one lost client takes the
 * people they brought, so a client ranks by the value that leaves with them
 * times how urgently they need the call:
 *
 *   score = valueAtRisk × connectedness × urgency, where
 *   - valueAtRisk = own AUM + knock-on AUM at risk (churnImpact's Σ AUM ×
 *     exposure over ACTIVE clients within KNOCK_ON_HOPS ties) + referral value (REFERRAL_VALUE:
 *     the AUM of the clients they brought, halved per generation). The clients
 *     they brought count twice on purpose: once as money that may follow them
 *     out, once as the referrals they would stop bringing.
 *   - connectedness = 1 + CENTRALITY_WEIGHT × min(CENTRALITY_CAP, r − 1) when
 *     r, the stored PageRank × persons (1 = the average person), is above 1;
 *     else 1. A well-connected client's word travels (影响力中心).
 *   - urgency = overdue × satisfaction, where overdue = min(MAX_OVERDUE,
 *     days since last contact ÷ the tier's contact rhythm), NEVER_CONTACTED_OVERDUE
 *     when never contacted; satisfaction = 1 + FALL_WEIGHT × points fallen
 *     (newest assessment vs the one before) + LOW_WEIGHT × points below
 *     LOW_SATISFACTION_BELOW.
 *
 * A client is listed only when a call is due: contact overdue or never made,
 * or satisfaction falling or low — and the score is above 0 (a client
 * contacted today scores 0: the call was just made). Order: score descending,
 * then the longest without contact (never first), then id.
 */

/**
 * Days between contacts each tier expects (our default; docs/domain.md#contact-plans). DIAMOND clients are few
 * and served one-to-one, PLATINUM the top of the core of deposits: monthly.
 * GOLD, the broad core served one-to-many: every two months. STANDARD
 * (counter service) and RESTRICTED: quarterly, as is a client not yet tiered.
 */
export const CONTACT_RHYTHM_DAYS: Record<ClientTier, number> = {
  [ClientTier.DIAMOND]: 30,
  [ClientTier.PLATINUM]: 30,
  [ClientTier.GOLD]: 60,
  [ClientTier.STANDARD]: 90,
  [ClientTier.RESTRICTED]: 90,
};
export const UNTIERED_RHYTHM_DAYS = 90;
/**
 * Knock-on AUM counts the clients tied directly to the client: family, household,
 * acquaintances, close colleagues, those they brought or who brought them — the
 * people they would take with them. On the demo bank two ties reach ten times as
 * many clients (64 on average against 6.6), mostly colleagues of colleagues at
 * exposures of 0.35 × 0.5, which lets any hub outrank a neglected client, and
 * cost 3–15 times the time; churnImpact(maxHops: 2) is there for the deeper look.
 */
export const KNOCK_ON_HOPS = 1;
/** Overdue counts up to three rhythms: beyond that a client is simply lost touch with. */
export const MAX_OVERDUE = 3;
/** Never contacted is as overdue as it gets. */
export const NEVER_CONTACTED_OVERDUE = MAX_OVERDUE;
/** Each point satisfaction fell adds 15% urgency (9 → 6: × 1.45). */
export const FALL_WEIGHT = 0.15;
/** Satisfaction below 6/10 is low; each point below adds 10% urgency (4 → × 1.2). */
export const LOW_SATISFACTION_BELOW = 6;
export const LOW_WEIGHT = 0.1;
/** Each PageRank multiple above the average person's adds 5% value, up to + 50%. */
export const CENTRALITY_WEIGHT = 0.05;
export const CENTRALITY_CAP = 10;
/** A WELL_CONNECTED reason from twice the average person's PageRank. */
export const WELL_CONNECTED_FROM = 2;

export enum AttentionReasonKind {
  NEVER_CONTACTED = 'NEVER_CONTACTED',
  OVERDUE_CONTACT = 'OVERDUE_CONTACT',
  SATISFACTION_FALLING = 'SATISFACTION_FALLING',
  LOW_SATISFACTION = 'LOW_SATISFACTION',
  INFLUENTIAL_REFERRER = 'INFLUENTIAL_REFERRER',
  WELL_CONNECTED = 'WELL_CONNECTED',
  KNOCK_ON_RISK = 'KNOCK_ON_RISK',
}

/** Reasons that make a call due; the others only raise the stakes. */
const NEEDS_CALL = new Set([
  AttentionReasonKind.NEVER_CONTACTED,
  AttentionReasonKind.OVERDUE_CONTACT,
  AttentionReasonKind.SATISFACTION_FALLING,
  AttentionReasonKind.LOW_SATISFACTION,
]);

/** A figure behind a reason, e.g. `{ name: 'days', value: 97 }`. */
export interface AttentionFigure {
  name: string;
  value: number;
}

export interface AttentionReason {
  kind: AttentionReasonKind;
  /** Ready to show, e.g. "not contacted for 97 days (GOLD clients every 60)". */
  message: string;
  figures: AttentionFigure[];
  /** The money behind the reason, when it is about money. */
  amount: string | null;
}

/** What is known of one client when the list is made. */
export interface AttentionFacts {
  id: string;
  tier: ClientTier | null;
  aum: string;
  /** Whole days since the last contact; null when never contacted. */
  daysSinceContact: number | null;
  /** Satisfaction as last assessed (Person.satisfaction). */
  satisfaction: number | null;
  /** The interaction assessments, newest first (at most the two newest are used). */
  assessed: readonly number[];
  /** The attributed-referral forest below the client, by depth. */
  referrals: readonly DepthLevel[];
  /** Stored PageRank × persons in the graph (1 = average); null if never computed. */
  relativePagerank: number | null;
  /** churnImpact of the client: Σ AUM × exposure of connected ACTIVE clients, and how many. */
  knockOn: { aumAtRisk: string; count: number };
}

export interface AttentionScore {
  id: string;
  score: number;
  daysSinceContact: number | null;
  expectedContactDays: number;
  /** Own AUM + knock-on AUM at risk. */
  aumAtRisk: string;
  /** aumAtRisk + referral value. */
  valueAtRisk: string;
  reasons: AttentionReason[];
  factors: ScoreFactor[];
}

export const expectedContactDays = (tier: ClientTier | null): number => (tier ? CONTACT_RHYTHM_DAYS[tier] : UNTIERED_RHYTHM_DAYS);

const round = (value: number, places = 2): number => Number(value.toFixed(places));
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * Scores one client.
 * @example scoreAttention({ id: 'P1', tier: 'GOLD', aum: '1000000.00', daysSinceContact: 90, satisfaction: 8,
 *   assessed: [8], referrals: [], relativePagerank: null, knockOn: { aumAtRisk: '0.00', count: 0 } }).score // 1500000
 */
export function scoreAttention(facts: AttentionFacts): AttentionScore {
  const rhythm = expectedContactDays(facts.tier);
  const tierName = facts.tier ?? 'untiered';
  const reasons: AttentionReason[] = [];

  const overdue = facts.daysSinceContact === null ? NEVER_CONTACTED_OVERDUE : Math.min(MAX_OVERDUE, facts.daysSinceContact / rhythm);
  if (facts.daysSinceContact === null) {
    reasons.push(reason(AttentionReasonKind.NEVER_CONTACTED, `never contacted (${tierName} clients every ${rhythm} days)`, { expectedDays: rhythm }));
  } else if (facts.daysSinceContact >= rhythm) {
    reasons.push(
      reason(AttentionReasonKind.OVERDUE_CONTACT, `not contacted for ${plural(facts.daysSinceContact, 'day', 'days')} (${tierName} clients every ${rhythm})`, {
        days: facts.daysSinceContact,
        expectedDays: rhythm,
      }),
    );
  }

  const [newest, previous] = facts.assessed;
  const fall = newest !== undefined && previous !== undefined ? Math.max(0, previous - newest) : 0;
  if (fall > 0) {
    reasons.push(reason(AttentionReasonKind.SATISFACTION_FALLING, `satisfaction fell from ${previous} to ${newest}`, { from: previous, to: newest }));
  }
  const below = facts.satisfaction === null ? 0 : Math.max(0, LOW_SATISFACTION_BELOW - facts.satisfaction);
  if (below > 0) {
    reasons.push(reason(AttentionReasonKind.LOW_SATISFACTION, `satisfaction only ${facts.satisfaction}/10`, { satisfaction: facts.satisfaction! }));
  }
  const satisfactionFactor = 1 + FALL_WEIGHT * fall + LOW_WEIGHT * below;

  const { reach, value: referralValue } = referralInfluence(facts.referrals);
  const brought = facts.referrals.reduce((sum, level) => sum + level.count, 0);
  if (brought > 0) {
    const broughtAum = facts.referrals.reduce((sum, level) => sum.plus(level.aum), new Decimal(0)).toFixed(2);
    reasons.push(
      reason(
        AttentionReasonKind.INFLUENTIAL_REFERRER,
        `brought ${plural(brought, 'client', 'clients')} holding ${compactAmount(broughtAum)}`,
        { clients: brought, reach: round(reach) },
        broughtAum,
      ),
    );
  }
  const relative = facts.relativePagerank ?? 0;
  const connectedness = relative > 1 ? 1 + CENTRALITY_WEIGHT * Math.min(CENTRALITY_CAP, relative - 1) : 1;
  if (relative >= WELL_CONNECTED_FROM) {
    reasons.push(
      reason(AttentionReasonKind.WELL_CONNECTED, `PageRank ${round(relative, 1)}× the average person's`, { relativePagerank: round(relative) }),
    );
  }
  if (facts.knockOn.count > 0 && new Decimal(facts.knockOn.aumAtRisk).gt(0)) {
    reasons.push(
      reason(
        AttentionReasonKind.KNOCK_ON_RISK,
        `${plural(facts.knockOn.count, 'connected client', 'connected clients')} may follow, ${compactAmount(facts.knockOn.aumAtRisk)} at risk`,
        { clients: facts.knockOn.count },
        facts.knockOn.aumAtRisk,
      ),
    );
  }

  const aumAtRisk = new Decimal(facts.aum).plus(facts.knockOn.aumAtRisk);
  const valueAtRisk = aumAtRisk.plus(referralValue);
  const urgency = overdue * satisfactionFactor;
  const score = round(valueAtRisk.times(connectedness).times(urgency).toNumber());
  const factors: ScoreFactor[] = [
    { name: 'aum', value: Number(facts.aum), explanation: `holds ${compactAmount(facts.aum)}` },
    { name: 'knockOnAum', value: Number(facts.knockOn.aumAtRisk), explanation: `${compactAmount(facts.knockOn.aumAtRisk)} of connected clients' AUM at risk` },
    { name: 'referralValue', value: Number(referralValue), explanation: `referral value ${compactAmount(referralValue)}` },
    { name: 'connectedness', value: round(connectedness, 4), explanation: relative > 1 ? `PageRank ${round(relative, 1)}× average` : 'no more connected than average' },
    {
      name: 'overdue',
      value: round(overdue, 4),
      explanation: facts.daysSinceContact === null ? 'never contacted' : `${facts.daysSinceContact} of ${rhythm} days`,
    },
    { name: 'satisfaction', value: round(satisfactionFactor, 4), explanation: satisfactionExplanation(fall, facts.satisfaction) },
  ];
  return {
    id: facts.id,
    score,
    daysSinceContact: facts.daysSinceContact,
    expectedContactDays: rhythm,
    aumAtRisk: aumAtRisk.toFixed(2),
    valueAtRisk: valueAtRisk.toFixed(2),
    reasons,
    factors,
  };
}

function satisfactionExplanation(fall: number, satisfaction: number | null): string {
  if (satisfaction === null) return 'satisfaction not assessed';
  return fall > 0 ? `fell ${plural(fall, 'point', 'points')} to ${satisfaction}/10` : `${satisfaction}/10, not falling`;
}

function reason(kind: AttentionReasonKind, message: string, figures: Record<string, number>, amount: string | null = null): AttentionReason {
  return { kind, message, figures: Object.entries(figures).map(([name, value]) => ({ name, value })), amount };
}

/** Whether the client needs a call now (module doc). */
export function needsCall(scored: AttentionScore): boolean {
  return scored.score > 0 && scored.reasons.some((r) => NEEDS_CALL.has(r.kind));
}

/**
 * The clients who need a call, best first; every client scored, so the
 * order is total (ties by id) and any page of it is a slice.
 * @example rankAttention(facts).map((s) => s.id) // ['P7', 'P2', …]
 */
export function rankAttention(clients: readonly AttentionFacts[]): AttentionScore[] {
  const never = (days: number | null): number => (days === null ? Infinity : days);
  return clients
    .map(scoreAttention)
    .filter(needsCall)
    .sort((a, b) => b.score - a.score || never(b.daysSinceContact) - never(a.daysSinceContact) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const DAY_MS = 86_400_000;

/** Whole days from `lastContactAt` to `asOf` (a contact stamped later counts as today); null when never. */
export function daysSince(lastContactAt: Date | null, asOf: Date): number | null {
  return lastContactAt === null ? null : Math.max(0, Math.floor((asOf.getTime() - lastContactAt.getTime()) / DAY_MS));
}
