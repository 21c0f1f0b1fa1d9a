import Decimal from 'decimal.js';
import type { ScoreFactor } from './explain';
import { PersonStatus } from './model';
import type { Neighbourhood } from './people-neighbourhood';
import type { PersonRecord } from './records';
import { pathTo, strongestReach } from './strongest-paths';
import { PathStep, pathSteps, PersonRecords } from './tie-path';

/**
 * Churn impact (docs/rules.md#churn-impact; docs/domain.md#retention-and-churn: "losing one may take a string of
 * others with them"): the ACTIVE clients within maxHops ties of a person,
 * each exposed by the product of tie strengths along the STRONGEST path to
 * them (the maximum product over paths of at most maxHops ties; fewest hops
 * among equals — strongest-paths.ts).
 *
 * aumAtRisk of a client = AUM × exposure, rounded half-up to fen; the total is
 * the sum of those rounded amounts, so the parts add up to it exactly. Clients
 * are listed by AUM × exposure descending, then fewer hops, then id. The person
 * is never listed; persons who are not ACTIVE may carry a path but are not listed.
 *
 * Two steps: churnRoutes scores on the search's summaries (and churnTotals
 * sums them); explainChurn tells the routes in words from the full records of
 * their persons, read only when a client asks for them.
 */

/** A client at risk, before the path is explained. */
export interface ChurnRoute {
  clientId: string;
  /** Product of tie strengths along the strongest path, in (0, 1]. */
  exposure: number;
  aum: string;
  /** aum × exposure, rounded to fen. */
  aumAtRisk: string;
  hops: number;
  /** Person ids from the person to the client. */
  ids: string[];
}

export interface ClientExposure extends Omit<ChurnRoute, 'clientId' | 'ids'> {
  client: PersonRecord;
  /** From the person to the client. */
  steps: PathStep[];
  /** One factor per step. */
  explanation: ScoreFactor[];
}

export interface ChurnTotals {
  /** Σ aumAtRisk over the clients. */
  aumAtRisk: string;
  count: number;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ACTIVE clients a person's departure puts at risk, with their strongest
 * paths, in the order above.
 * @example churnRoutes(graph, 'P1', 2)[0] // { clientId: 'P7', exposure: 0.85, aumAtRisk: '850000.00', hops: 1, … }
 */
export function churnRoutes(graph: Neighbourhood, personId: string, maxHops: number): ChurnRoute[] {
  const rounds = strongestReach(graph, new Map([[personId, 1]]), maxHops);
  return [...rounds[rounds.length - 1].entries()]
    .flatMap(([id, reach]) => {
      const { status, client } = graph.person(id);
      if (id === personId || status !== PersonStatus.ACTIVE || !client) return [];
      const atRisk = new Decimal(client.aum).times(reach.product);
      return [{ atRisk, route: { clientId: id, exposure: reach.product, aum: client.aum, hops: reach.hops, ids: pathTo(rounds, id) } }];
    })
    .sort((a, b) => b.atRisk.comparedTo(a.atRisk) || a.route.hops - b.route.hops || compareIds(a.route.clientId, b.route.clientId))
    .map(({ atRisk, route }) => ({ ...route, aumAtRisk: atRisk.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) }));
}

export function churnTotals(routes: readonly ChurnRoute[]): ChurnTotals {
  const total = routes.reduce((sum, route) => sum.plus(route.aumAtRisk), new Decimal(0));
  return { aumAtRisk: total.toFixed(2), count: routes.length };
}

/** The routes told in words, from their persons' records. */
export function explainChurn(graph: Neighbourhood, routes: readonly ChurnRoute[], records: PersonRecords): ClientExposure[] {
  return routes.map(({ clientId, ids, ...measures }) => {
    const steps = pathSteps(graph, ids, records, (person) => person.name);
    return { client: steps[steps.length - 1].to, ...measures, steps, explanation: steps.map((step) => step.factor) };
  });
}
