/**
 * Scores here are products of factors in (0, 1]. Rounded to 9 decimals, the
 * same factors multiplied in another order give the same score, so ties
 * (e.g. "fewer hops break ties", docs/rules.md#scores-and-explanations) are real ties, and a score
 * prints as people compute it by hand: 0.9 × 0.95 → 0.855.
 * @example roundProduct(0.1 * 0.2 * 0.3) // 0.006
 */
export function roundProduct(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
