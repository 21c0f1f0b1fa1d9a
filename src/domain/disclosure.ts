import Decimal from 'decimal.js';

/**
 * The disclosure rule (README, "Derived figures"): no answer lets a viewer
 * learn a figure, holding or tie of a person they may not see in full —
 * directly, by the difference between two answers, or after adding prospects
 * or ties of their own.
 *
 * Figures over ties (churn, knock-on, cross-sell holders, an organization's
 * clients) count only the people the viewer sees: ties and employments are
 * the viewer's to add, so a prospect tied strongly to one hidden client and
 * faintly to four others would make a pool of five that is one person's AUM
 * rounded, and stepping a tie's strength would give it exactly.
 *
 * Figures over the referral forest grow only by conversions of people the
 * viewer sees in full, so they count the others too once at least `minPool`
 * of them stand behind one figure, rounded to two significant figures;
 * fewer than that and their part is left out. Either way the answer says
 * how many were left out.
 */
export interface DisclosureRule {
  /** The fewest hidden people whose contributions may be shown, pooled and rounded (K). */
  minPool: number;
}

export const DEFAULT_MIN_POOL = 5;

/** What a derived figure left out or pooled. */
export interface Disclosure {
  /** Hidden people whose contributions were left out (fewer than the pool size stood behind the figure). */
  withheld: number;
  /** Hidden people whose contributions are included, pooled and rounded. */
  pooled: number;
}

export const NOTHING_HIDDEN: Disclosure = { withheld: 0, pooled: 0 };

/** One person's part of a derived figure, and whether the viewer may see it. */
export interface Contribution {
  personId: string;
  amount: Decimal.Value;
  shown: boolean;
}

export interface DisclosedAmount {
  /** Shown parts exactly, plus the hidden part pooled and rounded when enough people stand behind it. */
  amount: Decimal;
  disclosure: Disclosure;
}

/** Two significant figures, half-up: 1,234,567.89 → 1,200,000. Enough to rank, too coarse to subtract. */
export function roundPooled(amount: Decimal.Value): Decimal {
  const value = new Decimal(amount);
  return value.isZero() ? value : value.toSignificantDigits(2, Decimal.ROUND_HALF_UP);
}

/**
 * Sums contributions under the rule. Each hidden person counts once however
 * many parts they have, so splitting one person's AUM cannot fill a pool.
 * @example discloseSum([{ personId: 'A', amount: 10, shown: true }, { personId: 'M', amount: 7, shown: false }], { minPool: 5 })
 * // { amount: 10, disclosure: { withheld: 1, pooled: 0 } }
 */
export function discloseSum(contributions: readonly Contribution[], rule: DisclosureRule): DisclosedAmount {
  let shown = new Decimal(0);
  let hidden = new Decimal(0);
  const hiddenPeople = new Set<string>();
  for (const { personId, amount, shown: isShown } of contributions) {
    if (isShown) {
      shown = shown.plus(amount);
    } else {
      hidden = hidden.plus(amount);
      hiddenPeople.add(personId);
    }
  }
  const disclosure = poolOf(hiddenPeople.size, rule);
  return { amount: disclosure.pooled > 0 ? shown.plus(roundPooled(hidden)) : shown, disclosure };
}

/** Whether `hiddenCount` hidden people may be pooled, as a Disclosure. */
export function poolOf(hiddenCount: number, rule: DisclosureRule): Disclosure {
  return hiddenCount >= rule.minPool ? { withheld: 0, pooled: hiddenCount } : { withheld: hiddenCount, pooled: 0 };
}

/** Several figures of one answer: people left out of any, and pooled in any. */
export function combineDisclosures(parts: readonly Disclosure[]): Disclosure {
  return parts.reduce((sum, part) => ({ withheld: sum.withheld + part.withheld, pooled: sum.pooled + part.pooled }), NOTHING_HIDDEN);
}

/**
 * Whether a path shows only ties the viewer may see: every step touches
 * someone whose ties they see (a tie between two hidden people is theirs alone).
 * @example pathShown(['A', 'M1', 'M2'], new Set(['A'])) // false: M1–M2 is hidden
 */
export function pathShown(ids: readonly string[], tiesShown: ReadonlySet<string>): boolean {
  return ids.every((id, i) => i === 0 || tiesShown.has(id) || tiesShown.has(ids[i - 1]));
}
