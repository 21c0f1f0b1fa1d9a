import Decimal from 'decimal.js';
import type { ScoreFactor } from './explain';
import { DepthLevel, referralInfluence } from './referral-influence';

/**
 * Centres of influence (docs/domain.md#centres-of-influence: 影响力中心, "whose word brings
 * others"; docs/rules.md#influence-centres): what a person is ranked by, and the parts that explain it.
 */
export enum InfluenceMetric {
  /** Σ over converted descendants of 0.5^(depth−1). */
  REFERRAL_REACH = 'REFERRAL_REACH',
  /** Σ over converted descendants of 0.5^(depth−1) × AUM. */
  REFERRAL_VALUE = 'REFERRAL_VALUE',
  /** PageRank (damping 0.85) over the people graph, as last refreshed. */
  PAGERANK = 'PAGERANK',
  /** Normalised betweenness over the people graph, as last refreshed. */
  BETWEENNESS = 'BETWEENNESS',
}

/** What is known of one person's influence: the forest below them and their stored centralities. */
export interface InfluenceFacts {
  levels: readonly DepthLevel[];
  pagerank: number | null;
  betweenness: number | null;
  /** People in the graph the centralities were computed over; null if never computed. */
  population: number | null;
}

export interface InfluenceScore {
  score: number;
  referralReach: number;
  referralValue: string;
  factors: ScoreFactor[];
}

/**
 * The person's score under `metric`, every other measure beside it, and the
 * factors that explain it, the metric's own first, e.g. for REFERRAL_REACH
 * with 2 clients brought directly and 1 below them holding 4.2M in all:
 * reach 2.5, "brought 2 clients directly", "3 in all, down 2 generations",
 * "who hold 4.2M".
 */
export function scoreInfluence(metric: InfluenceMetric, facts: InfluenceFacts): InfluenceScore {
  const { reach, value } = referralInfluence(facts.levels);
  const own = metricFactor(metric, facts, reach, value);
  return { score: own.value, referralReach: reach, referralValue: value, factors: [own, ...forestFactors(facts.levels)] };
}

function metricFactor(metric: InfluenceMetric, facts: InfluenceFacts, reach: number, value: string): ScoreFactor {
  switch (metric) {
    case InfluenceMetric.REFERRAL_REACH:
      return {
        name: 'referralReach',
        value: reach,
        explanation: `reach ${round(reach)}: 1 per client brought directly, ½ per client they brought, ¼ the next generation, and so on`,
      };
    case InfluenceMetric.REFERRAL_VALUE:
      return {
        name: 'referralValue',
        value: Number(value),
        explanation: `value ${compactAmount(value)}: the AUM of the clients brought, halved for each generation below the first`,
      };
    case InfluenceMetric.PAGERANK: {
      const pagerank = facts.pagerank ?? 0;
      const comparison = facts.population ? `, ${round(pagerank * facts.population)}× the average person's` : '';
      return { name: 'pagerank', value: pagerank, explanation: `PageRank ${pagerank.toPrecision(3)}${comparison}` };
    }
    case InfluenceMetric.BETWEENNESS: {
      const betweenness = facts.betweenness ?? 0;
      return {
        name: 'betweenness',
        value: betweenness,
        explanation: `on ${round(betweenness * 100)}% of the shortest paths between two other people`,
      };
    }
    default: {
      const unexpected: never = metric;
      throw new Error(`Unknown influence metric ${String(unexpected)}`);
    }
  }
}

/** "brought 6 clients directly", "14 in all, down 3 generations", "who hold 4.2M". */
function forestFactors(levels: readonly DepthLevel[]): ScoreFactor[] {
  const direct = levels.find((level) => level.depth === 1)?.count ?? 0;
  const all = levels.reduce((sum, level) => sum + level.count, 0);
  const aum = levels.reduce((sum, level) => sum.plus(level.aum), new Decimal(0));
  const generations = levels.length === 0 ? 0 : Math.max(...levels.map((level) => level.depth));
  return [
    { name: 'introduced:direct', value: direct, explanation: `brought ${direct} ${direct === 1 ? 'client' : 'clients'} directly` },
    { name: 'introduced:all', value: all, explanation: `${all} in all, down ${generations} ${generations === 1 ? 'generation' : 'generations'}` },
    { name: 'introduced:aum', value: aum.toNumber(), explanation: `who hold ${compactAmount(aum.toFixed(2))}` },
  ];
}

/** 4200000 → "4.2M", 350000 → "350K", 12.5 → "12.5": for sentences, never for sums. */
export function compactAmount(amount: string): string {
  const value = new Decimal(amount);
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) {
    if (value.abs().gte(size)) return `${Number(value.dividedBy(size).toFixed(1))}${unit}`;
  }
  return String(Number(value.toFixed(2)));
}

function round(value: number): number {
  return Number(value.toFixed(2));
}
