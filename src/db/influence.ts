import type { Node } from 'neo4j-driver';
import { InfluenceMetric } from '../domain/influence-centres';
import { fromCents } from '../domain/money';
import type { PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { toPerson } from './mappers';
import { int, toNullableNumber, toNumber } from './values';

/** What the ranking shows of one person: the forest below them, the referrals they made, their stored centralities. */
export interface InfluenceRow {
  person: PersonRecord;
  /** Everyone below them in the referral forest, with their generation and AUM. */
  descendants: { personId: string; depth: number; aum: string }[];
  referralsMade: number;
  pagerank: number | null;
  betweenness: number | null;
}

const anchors = {
  introducers: cypher('influence-match-introducers'),
  persons: cypher('persons-match-all'),
  branch: cypher('influence-match-branch-clients'),
};
const tails: Record<InfluenceMetric, string> = {
  [InfluenceMetric.REFERRAL_REACH]: cypher('influence-rank-referral-tail'),
  [InfluenceMetric.REFERRAL_VALUE]: cypher('influence-rank-referral-tail'),
  [InfluenceMetric.PAGERANK]: cypher('influence-rank-pagerank-tail'),
  [InfluenceMetric.BETWEENNESS]: cypher('influence-rank-betweenness-tail'),
};
const byIdsQuery = cypher('influence-by-person-ids');

export const isReferralMetric = (metric: InfluenceMetric): boolean =>
  metric === InfluenceMetric.REFERRAL_REACH || metric === InfluenceMetric.REFERRAL_VALUE;

/**
 * Ids of the `first` highest-scoring persons, best first (ties by id), so
 * the `first` highest are the start of the `first` + n highest. A
 * branch anchors on its staff's clients; the whole bank on the referral
 * forest (referral metrics) or on the centrality's range index.
 */
export function rankInfluence(db: Database, metric: InfluenceMetric, first: number, branchId: string | null): Promise<string[]> {
  const anchor = branchId ? anchors.branch : isReferralMetric(metric) ? anchors.introducers : anchors.persons;
  return db.read(`${anchor}\n${tails[metric]}`, { metric, branchId, limit: int(first) }, (r) => r.get('id') as string);
}

/** The influence of each given person that exists, in no particular order. */
export function findInfluenceOfPersons(db: Database, ids: readonly string[]): Promise<InfluenceRow[]> {
  return db.read(byIdsQuery, { ids }, (r) => ({
    person: toPerson(r.get('p') as Node),
    descendants: (r.get('descendants') as { depth: unknown; id: string; aumCents: unknown }[]).map((descendant) => ({
      personId: descendant.id,
      depth: toNumber(descendant.depth),
      aum: fromCents(descendant.aumCents as number),
    })),
    referralsMade: toNumber(r.get('referralsMade')),
    pagerank: toNullableNumber(r.get('pagerank')),
    betweenness: toNullableNumber(r.get('betweenness')),
  }));
}
