/**
 * A part of a score, so a front end can show why (docs/rules.md#scores-and-explanations:
 * every score comes with the parts it was made of), e.g.
 * `{ name: 'satisfaction', value: 0.9, explanation: 'satisfied 9/10' }`.
 */
export interface ScoreFactor {
  /** Stable machine name, e.g. "satisfaction", "tie:SPOUSE". */
  name: string;
  /** The factor's value as it entered the score. */
  value: number;
  /** A sentence for people, e.g. "spouse of your client 王军". */
  explanation: string;
}
