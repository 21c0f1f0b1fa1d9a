import type { DerivedFigures } from '../auth/derived-figures';
import { findCentralityRun } from '../db/centralities';
import type { Database } from '../db/database';
import { findInfluenceOfPersons, rankInfluence } from '../db/influence';
import { combineDisclosures, Disclosure } from '../domain/disclosure';
import type { ScoreFactor } from '../domain/explain';
import { InfluenceMetric, scoreInfluence } from '../domain/influence-centres';
import { byCodePoint } from '../domain/neighbour-ties';
import type { PersonRecord } from '../domain/records';
import { discloseInfluence } from './disclosed-influence';

export interface InfluenceEntryRecord {
  rank: number;
  person: PersonRecord;
  score: number;
  referralReach: number;
  referralValue: string;
  pagerank: number | null;
  betweenness: number | null;
  directReferrals: number;
  factors: ScoreFactor[];
}

export interface InfluenceCentresRecord {
  metric: InfluenceMetric;
  /** Ranked persons the viewer may not see (not listed), and descendants left out of or pooled into the figures. */
  disclosure: Disclosure;
  computedAt: Date | null;
  betweennessExact: boolean | null;
  betweennessSamples: number | null;
  entries: InfluenceEntryRecord[];
}

/**
 * influenceCentres (docs/rules.md#influence-centres): the database ranks (the referral forest
 * live, centralities from the last refresh), then each ranked person's
 * measures and explanation come from src/domain/influence-centres.ts.
 * Three statements whatever `first` is: ranking, run record, details (and,
 * for a viewer whose access depends on the person, one batched access lookup).
 * The figures count only descendants the viewer may see, hidden ones pooled
 * (src/domain/disclosure.ts); persons the viewer may not see are not listed,
 * and the entries are ranked again on what is shown.
 */
export async function findInfluenceCentres(
  db: Database,
  figures: DerivedFigures,
  metric: InfluenceMetric,
  first: number,
  branchId: string | null,
): Promise<InfluenceCentresRecord> {
  const [ids, run] = await Promise.all([rankInfluence(db, metric, first, branchId), findCentralityRun(db)]);
  const rows = ids.length > 0 ? await findInfluenceOfPersons(db, ids) : [];
  const rowById = new Map(rows.map((row) => [row.person.id, row]));
  // A person deleted between the two reads drops out; ranks stay consecutive.
  const found = ids.flatMap((id) => rowById.get(id) ?? []);
  const shownPersons = await figures.shown(found.map((row) => row.person.id), 'aum');
  const ranked = found.filter((row) => shownPersons.has(row.person.id));
  const forests = await discloseInfluence(figures, ranked);
  const scoredRows = ranked
    .map((row) => ({
      row,
      scored: scoreInfluence(metric, {
        levels: forests.get(row.person.id)!.levels,
        pagerank: row.pagerank,
        betweenness: row.betweenness,
        population: run?.persons ?? null,
      }),
    }))
    .sort((a, b) => b.scored.score - a.scored.score || byCodePoint(a.row.person.id, b.row.person.id));
  return {
    metric,
    computedAt: run?.computedAt ?? null,
    betweennessExact: run?.betweennessExact ?? null,
    betweennessSamples: run?.betweennessSamples ?? null,
    disclosure: combineDisclosures([
      { withheld: found.length - ranked.length, pooled: 0 },
      ...[...forests.values()].map((forest) => forest.disclosure),
    ]),
    entries: scoredRows.map(({ row, scored }, index) => ({
        rank: index + 1,
        person: row.person,
        score: scored.score,
        referralReach: scored.referralReach,
        referralValue: scored.referralValue,
        pagerank: row.pagerank,
        betweenness: row.betweenness,
        directReferrals: row.referralsMade,
        factors: scored.factors,
    })),
  };
}
