import type { Database } from '../db/database';
import { findPeopleTies } from '../db/people-ties';
import { ChurnRoute, churnRoutes, ChurnTotals, churnTotals } from '../domain/churn-exposure';
import { exploreNeighbourhood } from '../domain/neighbourhood-search';
import { Neighbourhood, searchStart } from '../domain/people-neighbourhood';
import type { PersonRecord } from '../domain/records';

export interface ChurnImpactRecord extends ChurnTotals {
  person: PersonRecord;
  maxHops: number;
  /** True when a frontier was cut to FRONTIER_CAP persons: some clients may be missing. */
  truncated: boolean;
  /** The clients at risk, in order, to be explained (explainChurn) when asked for. */
  routes: ChurnRoute[];
  graph: Neighbourhood;
}

/**
 * churnImpact (DESIGN.md §3): reads the person's neighbourhood out to maxHops
 * ties (at most maxHops round trips, src/domain/neighbourhood-search.ts) and
 * scores the exposure of every ACTIVE client in it (src/domain/churn-exposure.ts).
 * Any person may carry the risk along a path, including those who opted out
 * of introductions: the opt-out is about being asked, not about being known.
 */
export async function findChurnImpact(db: Database, person: PersonRecord, maxHops: number): Promise<ChurnImpactRecord> {
  const { graph, capped } = await exploreNeighbourhood((ids, filter) => findPeopleTies(db, ids, filter, true), {
    start: searchStart(person),
    ends: null,
    maxHops,
    passable: () => true,
  });
  const routes = churnRoutes(graph, person.id, maxHops);
  return { person, maxHops, truncated: capped, routes, graph, ...churnTotals(routes) };
}
