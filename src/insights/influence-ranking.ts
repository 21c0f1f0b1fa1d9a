import { findCentralityRun } from '../db/centralities';
import type { Database } from '../db/database';
import { findInfluenceOfPersons, rankInfluence } from '../db/influence';
import type { ScoreFactor } from '../domain/explain';
import { InfluenceMetric, scoreInfluence } from '../domain/influence-centres';
import type { PersonRecord } from '../domain/records';

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
  computedAt: Date | null;
  betweennessExact: boolean | null;
  betweennessSamples: number | null;
  entries: InfluenceEntryRecord[];
}

/**
 * influenceCentres (DESIGN.md §3): the database ranks (the referral forest
 * live, centralities from the last refresh), then each ranked person's
 * measures and explanation come from src/domain/influence-centres.ts.
 * Three statements whatever `first` is: ranking, run record, details.
 */
export async function findInfluenceCentres(
  db: Database,
  metric: InfluenceMetric,
  first: number,
  branchId: string | null,
): Promise<InfluenceCentresRecord> {
  const [ids, run] = await Promise.all([rankInfluence(db, metric, first, branchId), findCentralityRun(db)]);
  const rows = ids.length > 0 ? await findInfluenceOfPersons(db, ids) : [];
  const rowById = new Map(rows.map((row) => [row.person.id, row]));
  // A person deleted between the two reads drops out; ranks stay consecutive.
  const ranked = ids.flatMap((id) => rowById.get(id) ?? []);
  return {
    metric,
    computedAt: run?.computedAt ?? null,
    betweennessExact: run?.betweennessExact ?? null,
    betweennessSamples: run?.betweennessSamples ?? null,
    entries: ranked.map((row, index) => {
      const scored = scoreInfluence(metric, {
        levels: row.levels,
        pagerank: row.pagerank,
        betweenness: row.betweenness,
        population: run?.persons ?? null,
      });
      return {
        rank: index + 1,
        person: row.person,
        score: scored.score,
        referralReach: scored.referralReach,
        referralValue: scored.referralValue,
        pagerank: row.pagerank,
        betweenness: row.betweenness,
        directReferrals: row.referralsMade,
        factors: scored.factors,
      };
    }),
  };
}
