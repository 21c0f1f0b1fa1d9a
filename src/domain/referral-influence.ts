import Decimal from 'decimal.js';
import { combineDisclosures, Disclosure, discloseSum, DisclosureRule } from './disclosure';

/**
 * Arithmetic of the referral forest (docs/rules.md#attribution): the attributed referrals
 * below someone, summed by generation, and the two influence scores made
 * from them. Depth 1 is a person introduced directly, 2 a person they
 * introduced, and so on. Money is a decimal string (docs/rules.md#money).
 */

/** The deepest generation a tree or an influence score follows: 0.5^20 ≈ 1e-6 of a client, so nothing below matters. */
export const MAX_REFERRAL_DEPTH = 20;

/** Someone reached through attributed referrals, `depth` generations down, holding `aum`. */
export interface Descendant {
  depth: number;
  aum: string;
}

/** Everyone reached at one depth: how many, and their AUM summed. */
export interface DisclosedLevels {
  levels: DepthLevel[];
  disclosure: Disclosure;
  /** The descendants counted in the levels, for the audit trail. */
  contributors: string[];
}

/** A descendant as a viewer meets them: whether they may see the person's figures. */
export interface SeenDescendant extends Descendant {
  personId: string;
  shown: boolean;
}

export interface DepthLevel {
  depth: number;
  count: number;
  aum: string;
}

export interface TreeTotals {
  /** Everyone reached, at any depth. */
  size: number;
  /** Σ of their AUM. */
  totalAum: string;
  /** One level per depth that has anyone, shallowest first. */
  byDepth: DepthLevel[];
}

export interface ReferralInfluence {
  /** REFERRAL_REACH = Σ over descendants of 0.5^(depth−1). */
  reach: number;
  /** REFERRAL_VALUE = Σ over descendants of 0.5^(depth−1) × AUM, rounded to the fen. */
  value: string;
}

/**
 * The levels a viewer may learn (src/domain/disclosure.ts): at each depth the
 * descendants they see, plus the others only when enough of them are pooled
 * there (counted, their AUM rounded); a depth with nobody to show is left out.
 * @example disclosedLevels([{ personId: 'A', depth: 1, aum: '10', shown: true }, { personId: 'M', depth: 1, aum: '7', shown: false }], { minPool: 5 })
 * // { levels: [{ depth: 1, count: 1, aum: '10.00' }], disclosure: { withheld: 1, pooled: 0 }, contributors: ['A'] }
 */
export function disclosedLevels(descendants: readonly SeenDescendant[], rule: DisclosureRule): DisclosedLevels {
  const byDepth = new Map<number, SeenDescendant[]>();
  for (const descendant of descendants) byDepth.set(descendant.depth, [...(byDepth.get(descendant.depth) ?? []), descendant]);
  const disclosures: Disclosure[] = [];
  const levels: DepthLevel[] = [];
  const contributors: string[] = [];
  for (const [depth, members] of [...byDepth.entries()].sort(([a], [b]) => a - b)) {
    const { amount, disclosure } = discloseSum(members.map(({ personId, aum, shown }) => ({ personId, amount: aum, shown })), rule);
    disclosures.push(disclosure);
    const counted = members.filter((member) => member.shown || disclosure.pooled > 0);
    contributors.push(...counted.map((member) => member.personId));
    if (counted.length > 0) levels.push({ depth, count: counted.length, aum: amount.toFixed(2) });
  }
  return { levels, disclosure: combineDisclosures(disclosures), contributors };
}

/** Size, total AUM and the per-depth breakdown of a referral tree, from its levels. */
export function treeTotals(byDepth: readonly DepthLevel[]): TreeTotals {
  return {
    size: byDepth.reduce((sum, level) => sum + level.count, 0),
    totalAum: byDepth.reduce((sum, level) => sum.plus(level.aum), new Decimal(0)).toFixed(2),
    byDepth: [...byDepth],
  };
}

/**
 * Reach and value from the levels below a person: a client brought directly
 * counts 1, one their introducee brought ½, the next generation ¼ (REFERRAL_REACH
 * and REFERRAL_VALUE, docs/rules.md#influence-centres).
 * @example referralInfluence([{ depth: 1, count: 2, aum: '300' }, { depth: 2, count: 1, aum: '100' }])
 * // { reach: 2.5, value: '350.00' }
 */
export function referralInfluence(levels: readonly DepthLevel[]): ReferralInfluence {
  let reach = 0;
  let value = new Decimal(0);
  for (const { depth, count, aum } of levels) {
    const halvings = Decimal.pow(2, depth - 1);
    reach += count / halvings.toNumber();
    value = value.plus(new Decimal(aum).dividedBy(halvings));
  }
  return { reach, value: value.toFixed(2) };
}

/** Converted ÷ made; null when nothing was made, since a rate of nothing is not 0. */
export function conversionRate(converted: number, made: number): number | null {
  return made === 0 ? null : converted / made;
}
