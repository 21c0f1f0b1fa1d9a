/**
 * How many rows expanding a set of persons (reading all their ties, see
 * neighbourhood-search.ts) is expected to return, so a bidirectional search
 * can expand the side that reads less. Persons differ most by their colleague
 * ties (tie-strength.ts): a key person of a 150-employee firm has 149, a clerk
 * there only the key persons. Those counts come free with the colleague ties a
 * search reads (people-ties-by-person-ids.cypher), so a person met as a
 * colleague is costed by what they have; anyone else by the bank's averages.
 *
 *   expected rows of p = OTHER_TIES + Σ over p's known employers of their colleagues there,
 *                        or OTHER_TIES + UNKNOWN_COLLEAGUES when no employer of p is known.
 *
 * Averages measured on the generated bank at 100,000 persons: 7 family,
 * acquaintance, household and referral ties a person; 42% employed, with
 * about 7 colleagues each.
 */
export const OTHER_TIES = 7;
export const UNKNOWN_COLLEAGUES = 3;

/** What a colleague tie read says about the person at its far end. */
export interface ColleagueCount {
  personId: string;
  organizationId: string;
  /** Their colleagues at that organization, by the rule of tie-strength.ts. */
  colleagues: number;
}

export class FanOut {
  private readonly known = new Map<string, Map<string, number>>();

  note(counts: Iterable<ColleagueCount>): void {
    for (const { personId, organizationId, colleagues } of counts) {
      let employers = this.known.get(personId);
      if (!employers) this.known.set(personId, (employers = new Map()));
      employers.set(organizationId, colleagues);
    }
  }

  /**
   * The formula above, summed over `ids`.
   * @example fanOut.expectedRows(['P1']) // 10 for a person never met as a colleague
   */
  expectedRows(ids: readonly string[]): number {
    let rows = 0;
    for (const id of ids) {
      const employers = this.known.get(id);
      rows += OTHER_TIES + (employers ? [...employers.values()].reduce((sum, n) => sum + n, 0) : UNKNOWN_COLLEAGUES);
    }
    return rows;
  }
}
