import type { DerivedFigures } from '../auth/derived-figures';
import { findCentralityRun } from '../db/centralities';
import type { Database } from '../db/database';
import { findInfluenceOfPersons, isReferralMetric, rankInfluence } from '../db/influence';
import { combineDisclosures, Disclosure } from '../domain/disclosure';
import type { ScoreFactor } from '../domain/explain';
import { InfluenceMetric, scoreInfluence } from '../domain/influence-centres';
import { byCodePoint } from '../domain/neighbour-ties';
import type { PersonRecord, RankSlice } from '../domain/records';
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
  /** Ranked persons the viewer may not see (not listed), and descendants left out of or pooled into the figures of the entries listed. */
  disclosure: Disclosure;
  computedAt: Date | null;
  betweennessExact: boolean | null;
  betweennessSamples: number | null;
  /** The entries of the slice asked for, with their ranks in the whole ranking. */
  entries: InfluenceEntryRecord[];
  /** How many entries the whole ranking holds (at most MAX_INFLUENCE_RANK); read only when called. */
  countRanked: () => Promise<number>;
}

/** The most persons a ranking considers: the best by the full figures, before the viewer's view of them. */
export const MAX_INFLUENCE_RANK = 1000;

/**
 * influenceCentres (docs/rules.md#influence-centres): the database ranks (the referral forest
 * live, centralities from the last refresh), then each ranked person's
 * measures and explanation come from src/domain/influence-centres.ts.
 * The figures count only descendants the viewer may see, hidden ones pooled
 * (src/domain/disclosure.ts); persons the viewer may not see are not listed,
 * and the entries are ranked again on what is shown.
 *
 * The ranking is the MAX_INFLUENCE_RANK best by the full figures, those the
 * viewer may see, in the order of what they are shown: one order whatever
 * page is read, so each page continues the last. When the viewer's role
 * shows everyone's figures, that is the database's own order, so it ranks
 * only `slice.offset + slice.take` and the details of the slice alone are
 * read. Otherwise the database ranks all MAX_INFLUENCE_RANK and one batched
 * access lookup keeps those the viewer sees; under a centrality (which
 * nothing hides) their order stands and the slice's details are read, under
 * a referral metric the forests of them all, to rank them on what is shown.
 * Three statements (ranking, run record, details), plus batched access
 * lookups when access depends on the person; one more ranking statement
 * for the count, when asked and not read already.
 */
export async function findInfluenceCentres(
  db: Database,
  figures: DerivedFigures,
  metric: InfluenceMetric,
  slice: RankSlice,
  branchId: string | null,
): Promise<InfluenceCentresRecord> {
  const everyone = figures.showsEveryone('aum');
  const depth = everyone ? slice.offset + slice.take : MAX_INFLUENCE_RANK;
  const [ids, run] = await Promise.all([rankInfluence(db, metric, depth, branchId), findCentralityRun(db)]);
  const shown = everyone ? null : await figures.shown(ids, 'aum');
  const seen = shown ? ids.filter((id) => shown.has(id)) : ids;
  // Hidden descendants change only the referral figures, and only for a viewer who may not see everyone.
  const rerank = shown !== null && isReferralMetric(metric);
  const readIds = rerank ? seen : seen.slice(slice.offset, slice.offset + slice.take);
  const rows = readIds.length > 0 ? await findInfluenceOfPersons(db, readIds) : [];
  const rowById = new Map(rows.map((row) => [row.person.id, row]));
  // A person deleted between the two reads drops out.
  const found = readIds.flatMap((id) => rowById.get(id) ?? []);
  const forests = await discloseInfluence(figures, found);
  const scoredRows = found.map((row) => ({
    row,
    scored: scoreInfluence(metric, {
      levels: forests.get(row.person.id)!.levels,
      pagerank: row.pagerank,
      betweenness: row.betweenness,
      population: run?.persons ?? null,
    }),
  }));
  const listed = rerank
    ? scoredRows
        .sort((a, b) => b.scored.score - a.scored.score || byCodePoint(a.row.person.id, b.row.person.id))
        .slice(slice.offset, slice.offset + slice.take)
    : scoredRows;
  // The whole ranking was read: all MAX_INFLUENCE_RANK, or fewer persons than asked for.
  const whole = !everyone || ids.length < depth || depth === MAX_INFLUENCE_RANK;
  return {
    metric,
    computedAt: run?.computedAt ?? null,
    betweennessExact: run?.betweennessExact ?? null,
    betweennessSamples: run?.betweennessSamples ?? null,
    disclosure: combineDisclosures([
      { withheld: ids.length - seen.length, pooled: 0 },
      ...listed.map(({ row }) => forests.get(row.person.id)!.disclosure),
    ]),
    entries: listed.map(({ row, scored }, index) => ({
      rank: slice.offset + index + 1,
      person: row.person,
      score: scored.score,
      referralReach: scored.referralReach,
      referralValue: scored.referralValue,
      pagerank: row.pagerank,
      betweenness: row.betweenness,
      directReferrals: row.referralsMade,
      factors: scored.factors,
    })),
    countRanked: whole
      ? () => Promise.resolve(seen.length)
      : async () => (await rankInfluence(db, metric, MAX_INFLUENCE_RANK, branchId)).length,
  };
}
