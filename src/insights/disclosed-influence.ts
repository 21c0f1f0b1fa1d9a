import type { DerivedFigures } from '../auth/derived-figures';
import type { InfluenceRow } from '../db/influence';
import { DisclosedLevels, disclosedLevels } from '../domain/referral-influence';

/**
 * The referral forest below each person as the viewer may learn it
 * (src/domain/disclosure.ts): one access decision for every descendant of
 * every row, then levels per person with the hidden ones pooled or left out.
 */
export async function discloseInfluence(figures: DerivedFigures, rows: readonly InfluenceRow[]): Promise<Map<string, DisclosedLevels>> {
  const shown = await figures.shown(
    rows.flatMap((row) => row.descendants.map((descendant) => descendant.personId)),
    'aum',
  );
  return new Map(
    rows.map((row) => {
      const disclosed = disclosedLevels(
        row.descendants.map((descendant) => ({ ...descendant, shown: shown.has(descendant.personId) })),
        figures.rule,
      );
      figures.contributed(disclosed.contributors);
      return [row.person.id, disclosed] as const;
    }),
  );
}
