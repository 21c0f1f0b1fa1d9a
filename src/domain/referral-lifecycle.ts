import { PersonStatus, ReferralStatus } from './model';

/**
 * The referral lifecycle (docs/rules.md#referral-lifecycle): NEW → CONTACTED → QUALIFIED →
 * CONVERTED, and from any open state to DECLINED or EXPIRED. CONVERTED,
 * DECLINED and EXPIRED are final.
 */
const nextSteps: Record<ReferralStatus, readonly ReferralStatus[]> = {
  [ReferralStatus.NEW]: [ReferralStatus.CONTACTED, ReferralStatus.DECLINED, ReferralStatus.EXPIRED],
  [ReferralStatus.CONTACTED]: [ReferralStatus.QUALIFIED, ReferralStatus.DECLINED, ReferralStatus.EXPIRED],
  [ReferralStatus.QUALIFIED]: [ReferralStatus.CONVERTED, ReferralStatus.DECLINED, ReferralStatus.EXPIRED],
  [ReferralStatus.CONVERTED]: [],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.EXPIRED]: [],
};

export function allowedTransitions(from: ReferralStatus): readonly ReferralStatus[] {
  return nextSteps[from];
}

export function isOpen(status: ReferralStatus): boolean {
  return nextSteps[status].length > 0;
}

/**
 * Why a transition is refused, or null when it is allowed.
 * @example transitionRefusal(ReferralStatus.NEW, ReferralStatus.CONVERTED)
 *   // "A NEW referral can move to CONTACTED, DECLINED or EXPIRED, not to CONVERTED."
 */
export function transitionRefusal(from: ReferralStatus, to: ReferralStatus): string | null {
  const allowed = nextSteps[from];
  if (allowed.includes(to)) return null;
  if (allowed.length === 0) return `A ${from} referral is closed; it cannot move to ${to}.`;
  return `A ${from} referral can move to ${joinOr(allowed)}, not to ${to}.`;
}

/** Converting a referral wins the referee: prospects and lapsed clients become ACTIVE. */
export function statusAfterConversion(current: PersonStatus): PersonStatus {
  switch (current) {
    case PersonStatus.PROSPECT:
    case PersonStatus.DORMANT:
    case PersonStatus.CHURNED:
    case PersonStatus.ACTIVE:
      return PersonStatus.ACTIVE;
    default: {
      const unexpected: never = current;
      throw new Error(`Unknown person status ${String(unexpected)}`);
    }
  }
}

/** The timestamp property a status records when it is entered. */
export function timestampFieldFor(status: ReferralStatus): 'contactedAt' | 'qualifiedAt' | 'convertedAt' | 'closedAt' | null {
  switch (status) {
    case ReferralStatus.NEW:
      return null;
    case ReferralStatus.CONTACTED:
      return 'contactedAt';
    case ReferralStatus.QUALIFIED:
      return 'qualifiedAt';
    case ReferralStatus.CONVERTED:
      return 'convertedAt';
    case ReferralStatus.DECLINED:
    case ReferralStatus.EXPIRED:
      return 'closedAt';
    default: {
      const unexpected: never = status;
      throw new Error(`Unknown referral status ${String(unexpected)}`);
    }
  }
}

function joinOr(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
